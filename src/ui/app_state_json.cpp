// window.vitrine.state(): the JS API's view of the viewer, for embedders and end-to-end tests.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <numeric>

#include "imgui_internal.h"
#include "ui/app.hpp"

namespace vitrine {

namespace {

// state() is called often by tests and embedders; the full list stays in the viewer. (The
// viewer orders matches as they are scrolled to, so fewer may be reported while more match.)
constexpr std::size_t kResultIdsReported = 1000;

}  // namespace

std::string App::state_json() const {
    nlohmann::json state;
    state["ready"] = loaded_;
    state["view"] = view_name(route_.view);
    state["query"] = route_.query;
    state["total"] = result_.total;
    nlohmann::json ids = nlohmann::json::array();
    const std::size_t shown = std::min(result_.hits.size(), kResultIdsReported);
    for (std::size_t i = 0; i < shown; ++i) ids.push_back(catalogue_.products[result_.hits[i].product].id);
    state["results"] = std::move(ids);
    state["selected"] = selected_row_;
    state["resultsScroll"] = results_scroll_;
    state["productId"] = route_.view == View::search ? nlohmann::json(nullptr) : nlohmann::json(route_.product_id);
    state["products"] = catalogue_.products.size();
    if (route_.view == View::reviews) {
        if (const Product* product = find_product(route_.product_id)) {
            const ReviewRequest request{route_.review_query, route_.review_stars, route_.review_sort};
            // Before the view has drawn the route's reviews, they are searched here.
            const std::size_t matching = reviews_.holds(*product, request) ? reviews_.result().hits.size()
                                                                          : search_reviews(*product, request).hits.size();
            state["reviews"] = {{"stars", route_.review_stars}, {"shown", matching}, {"sort", to_string(route_.review_sort)},
                                {"drawn", reviews_.drawn}};  // positions in the product's list, top first
        }
    }

    nlohmann::json errors = nlohmann::json::array();
    for (const std::string& message : load_errors_) errors.push_back(message);
    for (const Diagnostic& d : catalogue_.diagnostics) {
        if (d.severity == Severity::error) errors.push_back(format_diagnostic(d));
    }
    state["errors"] = std::move(errors);
    // The control the keyboard is on, by the name the mirror gives it (null when none is).
    state["focus"] = nullptr;
    if (ImGui::GetCurrentContext() != nullptr) {
        const std::string key = mirror_key(ImGui::GetCurrentContext()->NavId);
        for (const MirrorNode& node : mirror()) {
            if (node.key == key) state["focus"] = node.name;
        }
    }
    state["diagnostics"] = catalogue_.diagnostics.size();

    nlohmann::json layout = nlohmann::json::object();
    for (const auto& [name, rect] : layout_) layout[name] = rect;
    state["layout"] = std::move(layout);
    state["theme"] = look_.high_contrast ? "high-contrast" : dark() ? "dark" : "light";

    const double total_ms = std::accumulate(frame_ms_.begin(), frame_ms_.end(), 0.0);
    const std::size_t recent = std::min<std::size_t>(frame_ms_.size(), 10);
    state["frameMs"] = {
        {"recent", std::vector<double>(frame_ms_.end() - static_cast<std::ptrdiff_t>(recent), frame_ms_.end())},
        {"last", frame_ms_.empty() ? 0.0 : frame_ms_.back()},
        {"count", frames_drawn_},
        {"mean", frame_ms_.empty() ? 0.0 : total_ms / static_cast<double>(frame_ms_.size())},
        {"max", frame_ms_.empty() ? 0.0 : *std::max_element(frame_ms_.begin(), frame_ms_.end())},
    };
    return state.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);  // whatever a message holds, state() is JSON
}

}  // namespace vitrine
