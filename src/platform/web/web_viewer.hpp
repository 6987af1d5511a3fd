// One viewer on one canvas: its GL context, its ImGui context and its App. Everything the
// web platform keeps lives in this instance, not in globals, so a page may hold several.
#pragma once

#include <emscripten/html5.h>

#include <string>

#include "ui/app.hpp"
#include "ui/touch_scroll.hpp"

struct ImGuiContext;

namespace vitrine::web {

class WebViewer {
public:
    explicit WebViewer(std::string canvas_selector);
    ~WebViewer();
    WebViewer(const WebViewer&) = delete;
    WebViewer& operator=(const WebViewer&) = delete;

    bool start();  // false when WebGL 2 is unavailable; the page then shows why
    App& app() { return app_; }
    const std::string& canvas() const { return canvas_; }
    void make_current() const;
    TouchScroll& touch() { return touch_; }
    // Scrolls what is under the pointer by `pixels` (positive: content moves down).
    void scroll_by_pixels(float pixels);

private:
    static EM_BOOL on_animation_frame(double time_ms, void* self);
    void frame();
    void fit_canvas_to_css_size();
    void install_input_callbacks();

    std::string canvas_;
    App app_;
    TouchScroll touch_;
    ImGuiContext* imgui_ = nullptr;
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl_ = 0;
    double css_width_ = 0, css_height_ = 0, pixel_ratio_ = 1;
    double last_frame_ms_ = 0;
    int cursor_ = -2;  // the ImGuiMouseCursor last shown; -2 = none yet
};

}  // namespace vitrine::web
