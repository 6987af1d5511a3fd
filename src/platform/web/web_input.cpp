#include "platform/web/web_input.hpp"

#include <emscripten/html5.h>

#include <cstring>
#include <string_view>

#include "imgui.h"
#include "platform/web/web_viewer.hpp"

namespace vitrine::web {

namespace {

struct KeyName {
    const char* key;  // KeyboardEvent.key for named keys, KeyboardEvent.code for letters
    ImGuiKey imgui;
};

constexpr KeyName kNamedKeys[] = {
    {"Tab", ImGuiKey_Tab},           {"ArrowLeft", ImGuiKey_LeftArrow}, {"ArrowRight", ImGuiKey_RightArrow},
    {"ArrowUp", ImGuiKey_UpArrow},   {"ArrowDown", ImGuiKey_DownArrow}, {"PageUp", ImGuiKey_PageUp},
    {"PageDown", ImGuiKey_PageDown}, {"Home", ImGuiKey_Home},           {"End", ImGuiKey_End},
    {"Insert", ImGuiKey_Insert},     {"Delete", ImGuiKey_Delete},       {"Backspace", ImGuiKey_Backspace},
    {"Enter", ImGuiKey_Enter},       {"Escape", ImGuiKey_Escape},       {" ", ImGuiKey_Space},
    {"/", ImGuiKey_Slash},
};

ImGuiKey imgui_key(const EmscriptenKeyboardEvent& e) {
    for (const KeyName& k : kNamedKeys) {
        if (std::strcmp(e.key, k.key) == 0) return k.imgui;
    }
    // Shortcut letters by physical position, so Ctrl+C works on any keyboard layout.
    if (std::strncmp(e.code, "Key", 3) == 0 && e.code[3] >= 'A' && e.code[3] <= 'Z' && e.code[4] == '\0') {
        return static_cast<ImGuiKey>(ImGuiKey_A + (e.code[3] - 'A'));
    }
    return ImGuiKey_None;
}

bool is_printable(const EmscriptenKeyboardEvent& e) {
    // One character (named keys like "Enter" are longer); UTF-8 of one code point is <= 4 bytes.
    const std::size_t length = std::strlen(e.key);
    if (length == 0 || length > 4) return false;
    const auto first = static_cast<unsigned char>(e.key[0]);
    const std::size_t expected = first < 0x80 ? 1 : first < 0xE0 ? 2 : first < 0xF0 ? 3 : 4;
    return length == expected;
}

// Browser shortcuts (reload, new tab, devtools, zoom) stay with the browser.
bool belongs_to_browser(const EmscriptenKeyboardEvent& e, ImGuiKey key) {
    if (std::strncmp(e.key, "F", 1) == 0 && std::strlen(e.key) > 1 && e.key[1] >= '0' && e.key[1] <= '9') return true;
    if (!(e.ctrlKey || e.metaKey)) return false;
    switch (key) {
        case ImGuiKey_A: case ImGuiKey_C: case ImGuiKey_X: case ImGuiKey_Z: case ImGuiKey_Y:
        case ImGuiKey_LeftArrow: case ImGuiKey_RightArrow: case ImGuiKey_Backspace: case ImGuiKey_Delete:
        case ImGuiKey_Home: case ImGuiKey_End:
            return false;
        default:
            return true;  // includes Ctrl+V: the browser's paste event brings the text (see web_api)
    }
}

void add_modifiers(ImGuiIO& io, const EmscriptenKeyboardEvent& e) {
    io.AddKeyEvent(ImGuiMod_Ctrl, e.ctrlKey);
    io.AddKeyEvent(ImGuiMod_Shift, e.shiftKey);
    io.AddKeyEvent(ImGuiMod_Alt, e.altKey);
    io.AddKeyEvent(ImGuiMod_Super, e.metaKey);
}

EM_BOOL on_key(int type, const EmscriptenKeyboardEvent* e, void* user) {
    static_cast<WebViewer*>(user)->make_current();
    ImGuiIO& io = ImGui::GetIO();
    const ImGuiKey key = imgui_key(*e);
    if (belongs_to_browser(*e, key)) return EM_FALSE;
    add_modifiers(io, *e);
    const bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
    if (key != ImGuiKey_None) io.AddKeyEvent(key, down);
    if (down && is_printable(*e) && !e->ctrlKey && !e->metaKey) io.AddInputCharactersUTF8(e->key);
    return EM_TRUE;
}

EM_BOOL on_mouse(int type, const EmscriptenMouseEvent* e, void* user) {
    static_cast<WebViewer*>(user)->make_current();
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
    io.AddMousePosEvent(static_cast<float>(e->targetX), static_cast<float>(e->targetY));
    const int button = e->button == 2 ? 1 : e->button == 1 ? 2 : e->button;  // DOM: 1 = middle, 2 = right
    if (type == EMSCRIPTEN_EVENT_MOUSEDOWN) io.AddMouseButtonEvent(button, true);
    if (type == EMSCRIPTEN_EVENT_MOUSEUP) io.AddMouseButtonEvent(button, false);
    if (type == EMSCRIPTEN_EVENT_MOUSELEAVE) io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    return type == EMSCRIPTEN_EVENT_MOUSEDOWN ? EM_FALSE : EM_TRUE;  // mousedown's default focuses the canvas
}

EM_BOOL on_wheel(int, const EmscriptenWheelEvent* e, void* user) {
    static_cast<WebViewer*>(user)->make_current();
    // deltaMode 0 is pixels; ImGui counts wheel "lines", about 100 pixels in browsers.
    const double unit = e->deltaMode == DOM_DELTA_PIXEL ? 100.0 : e->deltaMode == DOM_DELTA_LINE ? 3.0 : 1.0;
    ImGui::GetIO().AddMouseWheelEvent(static_cast<float>(-e->deltaX / unit), static_cast<float>(-e->deltaY / unit));
    return EM_TRUE;
}

EM_BOOL on_focus(int type, const EmscriptenFocusEvent*, void* user) {
    static_cast<WebViewer*>(user)->make_current();
    ImGui::GetIO().AddFocusEvent(type == EMSCRIPTEN_EVENT_FOCUS);
    return EM_FALSE;
}

EM_BOOL on_touch(int type, const EmscriptenTouchEvent* e, void* user) {
    auto* viewer = static_cast<WebViewer*>(user);
    viewer->make_current();
    if (e->numTouches < 1) return EM_FALSE;
    // One finger scrolls and taps. Two are a pinch, left to the browser to zoom (the canvas has
    // touch-action: pinch-zoom).
    if (e->numTouches > 1) {
        viewer->touch().cancel();
        return EM_FALSE;
    }
    const EmscriptenTouchPoint& t = e->touches[0];
    const auto x = static_cast<float>(t.targetX), y = static_cast<float>(t.targetY);
    const double now = e->timestamp;
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMousePosEvent(x, y);
    TouchScroll& touch = viewer->touch();
    switch (type) {
        case EMSCRIPTEN_EVENT_TOUCHSTART: touch.begin(x, y, now); break;
        case EMSCRIPTEN_EVENT_TOUCHMOVE: viewer->scroll_by_pixels(touch.move(x, y, now)); break;
        case EMSCRIPTEN_EVENT_TOUCHEND:
            if (touch.end(now)) {
                io.AddMouseButtonEvent(0, true);
                io.AddMouseButtonEvent(0, false);
            }
            break;
        default: touch.end(now); break;
    }
    // One finger's events are the viewer's: left to the browser, a drag would start its own scroll
    // and a tap would be followed by an emulated mouse click.
    return EM_TRUE;
}

}  // namespace

void install_input_callbacks(const char* canvas, WebViewer* viewer) {
    emscripten_set_keydown_callback(canvas, viewer, EM_FALSE, on_key);
    emscripten_set_keyup_callback(canvas, viewer, EM_FALSE, on_key);
    emscripten_set_mousedown_callback(canvas, viewer, EM_FALSE, on_mouse);
    emscripten_set_mouseup_callback(canvas, viewer, EM_FALSE, on_mouse);
    emscripten_set_mousemove_callback(canvas, viewer, EM_FALSE, on_mouse);
    emscripten_set_mouseleave_callback(canvas, viewer, EM_FALSE, on_mouse);
    emscripten_set_wheel_callback(canvas, viewer, EM_FALSE, on_wheel);
    emscripten_set_touchstart_callback(canvas, viewer, EM_FALSE, on_touch);
    emscripten_set_touchmove_callback(canvas, viewer, EM_FALSE, on_touch);
    emscripten_set_touchend_callback(canvas, viewer, EM_FALSE, on_touch);
    emscripten_set_touchcancel_callback(canvas, viewer, EM_FALSE, on_touch);
    emscripten_set_focus_callback(canvas, viewer, EM_FALSE, on_focus);
    emscripten_set_blur_callback(canvas, viewer, EM_FALSE, on_focus);
}

}  // namespace vitrine::web
