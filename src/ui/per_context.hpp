// State that belongs to one ImGui context, found from the current one. Each viewer on a page has
// its own context (and WebGL context), so fonts and theme cannot be process-wide; an entry is
// dropped when its context is destroyed.
#pragma once

#include <unordered_map>

#include "imgui.h"
#include "imgui_internal.h"

namespace vitrine {

template <class T>
class PerContext {
public:
    T& current() {
        ImGuiContext* context = ImGui::GetCurrentContext();
        auto [it, inserted] = values_.try_emplace(context);
        if (inserted) {
            ImGuiContextHook hook;
            hook.Type = ImGuiContextHookType_Shutdown;
            hook.Callback = &PerContext::forget;
            hook.UserData = this;
            ImGui::AddContextHook(context, &hook);
        }
        return it->second;
    }

private:
    static void forget(ImGuiContext* context, ImGuiContextHook* hook) {
        static_cast<PerContext*>(hook->UserData)->values_.erase(context);
    }

    std::unordered_map<ImGuiContext*, T> values_;
};

}  // namespace vitrine
