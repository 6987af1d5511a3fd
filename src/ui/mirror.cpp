#include "ui/mirror.hpp"

#include <nlohmann/json.hpp>

namespace vitrine {

const char* mirror_role_name(MirrorRole role) {
    switch (role) {
        case MirrorRole::heading: return "heading";
        case MirrorRole::text: return "text";
        case MirrorRole::button: return "button";
        case MirrorRole::link: return "link";
        case MirrorRole::checkbox: return "checkbox";
        case MirrorRole::radio: return "radio";
        case MirrorRole::select: return "select";
        case MirrorRole::list: return "list";
        case MirrorRole::listitem: return "listitem";
        case MirrorRole::article: return "article";
        case MirrorRole::table: return "table";
        case MirrorRole::row: return "row";
        case MirrorRole::rowheader: return "rowheader";
        case MirrorRole::cell: return "cell";
    }
    return "text";
}

std::string mirror_json(const std::vector<MirrorNode>& nodes) {
    nlohmann::json out = nlohmann::json::array();
    for (const MirrorNode& node : nodes) {
        nlohmann::json n = {{"key", node.key}, {"role", mirror_role_name(node.role)}, {"name", node.name}, {"rect", node.rect}};
        if (!node.parent.empty()) n["parent"] = node.parent;
        if (node.level > 0) n["level"] = node.level;
        if (node.checked >= 0) n["checked"] = node.checked == 1;
        if (node.position > 0) {
            n["position"] = node.position;
            n["setSize"] = node.set_size;
        }
        if (!node.action.empty()) n["action"] = node.action;
        if (!node.options.empty()) {
            nlohmann::json options = nlohmann::json::array();
            for (const MirrorOption& option : node.options) options.push_back(option.label);
            n["options"] = std::move(options);
            n["selected"] = node.selected;
        }
        out.push_back(std::move(n));
    }
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace vitrine
