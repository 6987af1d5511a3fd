#include "ui/drawn_items.hpp"

#include <cstdio>
#include <utility>

namespace vitrine {

namespace {

// The list being filled: frames of different contexts never interleave (one thread, and each
// viewer draws its frame whole), so one pointer is enough.
DrawnItems* g_filling = nullptr;

std::array<float, 4> rect_of(const ImRect& r) { return {r.Min.x, r.Min.y, r.GetWidth(), r.GetHeight()}; }

}  // namespace

std::string mirror_key(ImGuiID id) {
    char key[16];
    std::snprintf(key, sizeof key, "i%08x", id);
    return key;
}

void DrawnItems::begin_frame() {
    ImGui::GetCurrentContext()->TestEngineHookItems = true;
    building_.clear();
    mirror_building_.clear();
    g_filling = this;
}

void DrawnItems::end_frame() {
    g_filling = nullptr;
    std::swap(building_, last_);
    mirror_changed_ = mirror_building_ != mirror_last_;
    std::swap(mirror_building_, mirror_last_);
}

void DrawnItems::describe_last_item(MirrorNode node) {
    const ImGuiID id = ImGui::GetItemID();
    node.key = mirror_key(id);
    node.rect = rect_of(ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()));
    if (node.action.empty()) node.action = "click";
    for (MirrorNode& existing : mirror_building_) {
        if (existing.key == node.key) {
            existing = std::move(node);
            return;
        }
    }
    mirror_building_.push_back(std::move(node));
}

void DrawnItems::describe(MirrorNode node) {
    if (node.rect == std::array<float, 4>{}) node.rect = rect_of(ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()));
    mirror_building_.push_back(std::move(node));
}

void DrawnItems::record_item(ImGuiID id, ImGuiID nav_scope, const ImRect& rect, ImGuiItemFlags flags) {
    building_.push_back({id, nav_scope, rect, flags, 0, {}});
}

void DrawnItems::record_info(ImGuiID id, const char* label, ImGuiItemStatusFlags status) {
    for (auto it = building_.rbegin(); it != building_.rend(); ++it) {
        if (it->id != id) continue;
        it->status = status;
        if (label != nullptr) it->label.assign(label, ImGui::FindRenderedTextEnd(label));
        // A control with a visible label describes itself in the mirror (text fields excepted:
        // the page's text agent is the real one).
        if (!it->label.empty() && (status & ImGuiItemStatusFlags_Inputable) == 0) {
            MirrorNode node;
            node.key = mirror_key(id);
            node.role = (status & ImGuiItemStatusFlags_Checkable) != 0 ? MirrorRole::checkbox : MirrorRole::button;
            node.name = it->label;
            if ((status & ImGuiItemStatusFlags_Checkable) != 0) node.checked = (status & ImGuiItemStatusFlags_Checked) != 0 ? 1 : 0;
            node.rect = rect_of(it->rect);
            node.action = "click";
            mirror_building_.push_back(std::move(node));
        }
        return;
    }
}

}  // namespace vitrine

// The hooks ImGui calls when built with IMGUI_ENABLE_TEST_ENGINE (cmake/ImGui.cmake).
void ImGuiTestEngineHook_ItemAdd(ImGuiContext* context, ImGuiID id, const ImRect& rect, const ImGuiLastItemData* item) {
    if (vitrine::g_filling == nullptr || item == nullptr) return;  // no item data: a window, not a control
    const ImGuiWindow* window = context->CurrentWindow;
    const ImGuiID scope = window != nullptr && window->RootWindowForNav != nullptr ? window->RootWindowForNav->ID : 0;
    vitrine::g_filling->record_item(id, scope, rect, item->ItemFlags);
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags status) {
    if (vitrine::g_filling != nullptr) vitrine::g_filling->record_info(id, label, status);
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
