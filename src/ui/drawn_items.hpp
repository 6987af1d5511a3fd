// What the views drew in a frame, item by item and in the order they were submitted, as Dear
// ImGui reports it through the item hooks its test engine uses (IMGUI_ENABLE_TEST_ENGINE).
// Coming from the drawing itself, it cannot drift from the picture: the keyboard policy reads
// the tab order from it, and a DOM mirror of the canvas can read names and states from it.
#pragma once

#include <string>
#include <vector>

#include "imgui.h"
#include "imgui_internal.h"
#include "ui/mirror.hpp"

namespace vitrine {

struct DrawnItem {
    ImGuiID id = 0;
    ImGuiID nav_scope = 0;  // the window Tab moves within (ImGui's RootWindowForNav)
    ImRect rect;
    ImGuiItemFlags flags = 0;
    ImGuiItemStatusFlags status = 0;
    std::string label;
};

// The mirror's key of an ImGui item.
std::string mirror_key(ImGuiID id);

class DrawnItems {
public:
    // Between these two calls (around a frame's drawing) ImGui's hooks fill this list.
    void begin_frame();
    void end_frame();
    // The items of the last complete frame.
    const std::vector<DrawnItem>& items() const { return last_; }
    // What the last complete frame showed, for the semantic mirror.
    const std::vector<MirrorNode>& mirror() const { return mirror_last_; }
    // Whether the mirror differs from the frame before (the page then patches its DOM).
    bool mirror_changed() const { return mirror_changed_; }

    // The views' own descriptions: of the item just drawn (replacing what its label said), or
    // of something that is not a control (a heading, a price, a review).
    void describe_last_item(MirrorNode node);
    void describe(MirrorNode node);

    // Called by ImGui's hooks: an item was added, and what its label and state are.
    void record_item(ImGuiID id, ImGuiID nav_scope, const ImRect& rect, ImGuiItemFlags flags);
    void record_info(ImGuiID id, const char* label, ImGuiItemStatusFlags status);

private:
    std::vector<DrawnItem> building_;
    std::vector<DrawnItem> last_;
    std::vector<MirrorNode> mirror_building_;
    std::vector<MirrorNode> mirror_last_;
    bool mirror_changed_ = false;
};

}  // namespace vitrine
