// The semantic mirror's model: what a frame drew, as a screen reader, find-in-page and a
// browser's translation should find it (ARIA roles, names, states, and where each was drawn).
// Controls with a visible label describe themselves through ImGui's item hooks; the views
// describe the rest (headings, prices, rows, reviews) as they draw them, so the mirror cannot
// drift from the picture. The web platform turns it into hidden DOM nodes, patching only what
// changed from one frame to the next.
#pragma once

#include <array>
#include <string>
#include <vector>

namespace vitrine {

enum class MirrorRole { heading, text, button, link, checkbox, radio, select, list, listitem, article, table, row, rowheader, cell };

// A choice of a select: what it says, and what choosing it does (an App::activate action).
struct MirrorOption {
    std::string label;
    std::string action;  // "route:HASH"
    bool operator==(const MirrorOption&) const = default;
};

struct MirrorNode {
    std::string key;     // stable from frame to frame
    MirrorRole role = MirrorRole::text;
    std::string name;
    std::string parent;  // the key of the list, table or row a node belongs to, or empty
    int level = 0;       // of a heading
    int checked = -1;    // of a checkbox or radio button: 0 or 1
    int position = 0;    // of a list item, from 1
    int set_size = 0;    // of the list it is in
    std::array<float, 4> rect{};  // x, y, width, height where it was drawn
    std::string action;  // "click" (at its rectangle), "open:ID", or empty for text
    std::vector<MirrorOption> options;  // of a select
    int selected = -1;                  // of a select: the index of its current option
    bool operator==(const MirrorNode&) const = default;
};

const char* mirror_role_name(MirrorRole role);

// The nodes as JSON for the page's script: [{key, role, name, ...}, ...].
std::string mirror_json(const std::vector<MirrorNode>& nodes);

}  // namespace vitrine
