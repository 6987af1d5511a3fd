#include "ui/drawn_items.hpp"

#include <utility>

namespace vitrine {

namespace {

// The list being filled: frames of different contexts never interleave (one thread, and each
// viewer draws its frame whole), so one pointer is enough.
DrawnItems* g_filling = nullptr;

}  // namespace

void DrawnItems::begin_frame() {
    ImGui::GetCurrentContext()->TestEngineHookItems = true;
    building_.clear();
    g_filling = this;
}

void DrawnItems::end_frame() {
    g_filling = nullptr;
    std::swap(building_, last_);
}

void DrawnItems::add(ImGuiID id, ImGuiID nav_scope, const ImRect& rect, ImGuiItemFlags flags) {
    building_.push_back({id, nav_scope, rect, flags, 0, {}});
}

void DrawnItems::describe(ImGuiID id, const char* label, ImGuiItemStatusFlags status) {
    for (auto it = building_.rbegin(); it != building_.rend(); ++it) {
        if (it->id != id) continue;
        it->status = status;
        if (label != nullptr) it->label.assign(label, ImGui::FindRenderedTextEnd(label));
        return;
    }
}

}  // namespace vitrine

// The hooks ImGui calls when built with IMGUI_ENABLE_TEST_ENGINE (cmake/ImGui.cmake).
void ImGuiTestEngineHook_ItemAdd(ImGuiContext* context, ImGuiID id, const ImRect& rect, const ImGuiLastItemData* item) {
    if (vitrine::g_filling == nullptr || item == nullptr) return;  // no item data: a window, not a control
    const ImGuiWindow* window = context->CurrentWindow;
    const ImGuiID scope = window != nullptr && window->RootWindowForNav != nullptr ? window->RootWindowForNav->ID : 0;
    vitrine::g_filling->add(id, scope, rect, item->ItemFlags);
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags status) {
    if (vitrine::g_filling != nullptr) vitrine::g_filling->describe(id, label, status);
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
