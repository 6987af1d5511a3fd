// A backend-less ImGui context (as in ImGui's examples/example_null) that runs the real views
// frame by frame and feeds them keys and text, so view behaviour is tested natively.
#pragma once

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "imgui.h"
#include "platform/native/native_host_log.hpp"
#include "ui/app.hpp"
#include "ui/fonts.hpp"
#include "ui/theme.hpp"

namespace vitrine::testing {

// The fonts the web build ships (cmake/Fonts.cmake), so views are tested with what people see.
// `fallbacks` picks the fallback fonts by name ("cjk", "hangul"); empty means all of them.
inline FontFiles shipped_fonts(const std::vector<std::string>& fallbacks = {}) {
    FontFiles files{{VITRINE_FONT_REGULAR, {}}, {VITRINE_FONT_BOLD, {}}, {}};
    const std::string entries = VITRINE_FONT_FALLBACKS;  // name=path|name=path
    for (std::size_t start = 0; start < entries.size();) {
        const std::size_t end = std::min(entries.find('|', start), entries.size());
        const std::string entry = entries.substr(start, end - start);
        const std::string name = entry.substr(0, entry.find('='));
        if (fallbacks.empty() || std::find(fallbacks.begin(), fallbacks.end(), name) != fallbacks.end()) {
            files.fallbacks.push_back({entry.substr(entry.find('=') + 1), {}, name == kWholeFontName});
        }
        start = end + 1;
    }
    return files;
}

// Where a marked item is, as state().layout gives it: x, y, width, height.
inline std::array<float, 4> layout_rect(const App& app, const std::string& name) {
    return nlohmann::json::parse(app.state_json())["layout"].at(name).get<std::array<float, 4>>();
}

class HeadlessUi {
public:
    explicit HeadlessUi(const FontFiles& fonts = shipped_fonts()) : context_(ImGui::CreateContext()) {
        make_current();  // CreateContext() keeps an existing context current
        host::native_host_log() = {};  // each test sees only what its own viewer asked of the host
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.BackendFlags |= ImGuiBackendFlags_RendererHasTextures;
        io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
        load_fonts(fonts);
        apply_theme(Theme::light);
    }
    ~HeadlessUi() { ImGui::DestroyContext(context_); }
    HeadlessUi(const HeadlessUi&) = delete;
    void make_current() { ImGui::SetCurrentContext(context_); }
    HeadlessUi& operator=(const HeadlessUi&) = delete;

    void frame(App& app, int count = 1) {
        for (int i = 0; i < count; ++i) {
            ImGuiIO& io = ImGui::GetIO();
            io.DisplaySize = display_size;
            io.DeltaTime = 1.0f / 60.0f;
            ImGui::NewFrame();
            app.frame();
            ImGui::Render();
        }
    }

    // A key press and release, each seen by the views in its own frame.
    void press(App& app, ImGuiKey key) {
        ImGui::GetIO().AddKeyEvent(key, true);
        frame(app);
        ImGui::GetIO().AddKeyEvent(key, false);
        frame(app);
    }

    // A mouse click at (x, y): move, press, release, each in its own frame.
    void click(App& app, float x, float y) {
        ImGui::GetIO().AddMousePosEvent(x, y);
        frame(app);
        ImGui::GetIO().AddMouseButtonEvent(0, true);
        frame(app);
        ImGui::GetIO().AddMouseButtonEvent(0, false);
        frame(app);
    }

    // A click in the middle of an item the views marked for state().layout.
    void click_item(App& app, const std::string& name) {
        const std::array<float, 4> rect = layout_rect(app, name);
        click(app, rect[0] + rect[2] / 2, rect[1] + rect[3] / 2);
    }

    void type(App& app, const std::string& text) {
        ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
        frame(app);
    }

    ImVec2 display_size{1280, 800};  // the canvas, in CSS pixels

private:
    ImGuiContext* context_;
};

}  // namespace vitrine::testing
