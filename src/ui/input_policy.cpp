#include "ui/input_policy.hpp"

#include "imgui_internal.h"

namespace vitrine {

namespace {

bool is_tab_stop(const DrawnItem& item) {
    return item.id != 0 && (item.flags & (ImGuiItemFlags_NoTabStop | ImGuiItemFlags_NoNav | ImGuiItemFlags_Disabled)) == 0;
}

}  // namespace

bool tab_leaves(const std::vector<DrawnItem>& items, bool backwards) {
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    if (g.NavId == 0 || g.NavWindow == nullptr) return false;  // Tab first goes to a control inside
    const ImGuiID scope = g.NavWindow->RootWindowForNav->ID;
    ImGuiID first = 0, last = 0;
    bool on_a_stop = false;
    for (const DrawnItem& item : items) {
        if (item.nav_scope != scope || !is_tab_stop(item)) continue;
        if (first == 0) first = item.id;
        last = item.id;
        on_a_stop = on_a_stop || item.id == g.NavId;
    }
    // The focus was on a control of a view that is gone (Enter on a link opened another): Tab
    // starts again among the controls drawn now.
    if (!on_a_stop) return false;
    return g.NavId == (backwards ? first : last);
}

bool wheel_would_scroll(ImVec2 pos, float wheel_x, float wheel_y) {
    ImGuiWindow* hovered = nullptr;
    ImGuiWindow* under_moving = nullptr;
    ImGui::FindHoveredWindowEx(pos, false, &hovered, &under_moving);
    const float wheel[2] = {wheel_x, wheel_y};
    // ImGui scrolls the innermost window that has something to scroll on that axis.
    for (ImGuiWindow* window = hovered; window != nullptr;
         window = (window->Flags & ImGuiWindowFlags_ChildWindow) != 0 ? window->ParentWindow : nullptr) {
        if ((window->Flags & ImGuiWindowFlags_NoScrollWithMouse) != 0) continue;
        for (int axis = 0; axis < 2; ++axis) {
            if (wheel[axis] == 0.0f || window->ScrollMax[axis] <= 0.0f) continue;
            return wheel[axis] > 0.0f ? window->Scroll[axis] > 0.5f : window->Scroll[axis] < window->ScrollMax[axis] - 0.5f;
        }
    }
    return false;
}

}  // namespace vitrine
