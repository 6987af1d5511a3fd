// One viewer on one canvas: its GL context, its ImGui context and its App. Frames are drawn on
// demand: after input, while something moves or loads, and never while the viewer is off screen.
#pragma once

#include <emscripten/html5.h>

#include <set>
#include <string>

#include "imgui.h"
#include "ui/app.hpp"
#include "ui/fonts.hpp"
#include "ui/touch_scroll.hpp"

namespace vitrine::web {

class WebViewer {
public:
    WebViewer(int id, std::string canvas_selector);
    ~WebViewer();
    WebViewer(const WebViewer&) = delete;
    WebViewer& operator=(const WebViewer&) = delete;

    bool start(const FontFiles& fonts);  // false when WebGL 2 is unavailable; the page then shows why
    int id() const { return id_; }
    App& app() { return app_; }
    void make_current() const;

    // Something changed: draw the next animation frame, and the frames just after it, in which
    // ImGui settles hover, focus and tooltips.
    void request_frame();
    void set_visible(bool visible);
    // Text size over the base 16 px: the whole UI scales with it, as the page's text would.
    void set_ui_scale(float scale);
    // The page's look: accent and radius (CSS custom properties), and the system's colours
    // when the reader asks for high contrast.
    void set_look(ImU32 accent, float radius);
    void set_system_colours(bool high_contrast, const SystemColours& colours);
    // prefers-reduced-motion: a flicked list stops where the finger lifts instead of gliding on.
    void set_reduced_motion(bool reduced) { reduced_motion_ = reduced; }

    // Input from the page's event handlers (web_input.cpp). Each returns whether the viewer acts
    // on it; what it does not act on is left to the page.
    // `text_by_input`: the key comes from the text agent, whose input events bring the text
    // (typed, composed, dictated, pasted), so the key itself adds no character.
    bool key(bool down, const char* key, const char* code, int modifiers, bool text_by_input);
    void insert_text(const char* text);
    // The text an input method is composing (empty when done): shown underlined at the caret
    // until it is committed through insert_text().
    void set_composition(const char* text);
    void pointer(int type, float x, float y, int button);
    bool wheel(float x, float y, float wheel_x, float wheel_y);
    bool touch(int type, int touches, float x, float y, double time_ms);
    void focus(bool focused);
    // A node of the page's semantic mirror was activated (by a screen reader, say): the viewer
    // does what a click on it would.
    void activate(const std::string& key);
    // A select of the mirror changed: do what its option at `index` does.
    void choose(const std::string& key, int index);

private:
    static EM_BOOL on_animation_frame(double time_ms, void* self);
    void frame();
    void fit_canvas_to_css_size();
    void scroll_by_pixels(float pixels);
    void announce_changes();
    void draw_composition();
    void tell_text_agent();
    static void set_ime_data(ImGuiContext* context, ImGuiViewport* viewport, ImGuiPlatformImeData* data);

    enum class TouchOwner { none, undecided, viewer, page };

    int id_;
    std::string canvas_;
    App app_;
    TouchScroll touch_;
    TouchOwner touch_owner_ = TouchOwner::none;
    std::set<ImGuiKey> keys_kept_;  // keys whose keydown the viewer kept, so it keeps their keyup
    ImGuiContext* imgui_ = nullptr;
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl_ = 0;
    double css_width_ = 0, css_height_ = 0, pixel_ratio_ = 1;
    float ui_scale_ = 1;  // ImGui works in CSS pixels divided by this
    double last_frame_ms_ = 0;
    double busy_until_ms_ = 0;  // frames go on until then
    long animation_frame_ = 0;  // the requested animation frame, 0 when none
    bool visible_ = true;
    bool focused_ = false;
    bool reduced_motion_ = false;
    LookOverrides look_;  // a focused viewer draws even scrolled out of view: it has the keys
    int cursor_ = -2;  // the ImGuiMouseCursor last shown; -2 = none yet
    ImGuiPlatformImeData ime_;     // where the text field's caret is, as ImGui reported it
    ImGuiPlatformImeData told_;    // what the text agent was last told
    std::string composition_;
    std::string announced_query_;
    std::size_t announced_total_ = static_cast<std::size_t>(-1);
    std::string announced_product_;
};

}  // namespace vitrine::web
