// Input from the page: web/vitrine.js listens on the viewer's canvas and passes each event here.
// What the viewer acts on, it keeps (the script then stops the event at the viewer, so no
// shortcut of the host page fires while the reader types in the viewer); everything else goes
// on to the page: keys the viewer has no use for, Tab past its last control, the wheel and
// swipes where nothing in the viewer can scroll that way.
#include <emscripten/emscripten.h>

#include <cfloat>
#include <cstring>

#include "imgui.h"
#include "platform/web/viewers.hpp"
#include "platform/web/web_viewer.hpp"
#include "ui/input_policy.hpp"

namespace vitrine::web {

namespace {

constexpr int kCtrl = 1, kShift = 2, kAlt = 4, kMeta = 8;  // the `modifiers` bits vitrine.js sends

struct KeyName {
    const char* key;  // KeyboardEvent.key
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

ImGuiKey imgui_key(const char* key, const char* code) {
    for (const KeyName& k : kNamedKeys) {
        if (std::strcmp(key, k.key) == 0) return k.imgui;
    }
    // Shortcut letters by physical position, so Ctrl+C works on any keyboard layout.
    if (std::strncmp(code, "Key", 3) == 0 && code[3] >= 'A' && code[3] <= 'Z' && code[4] == '\0') {
        return static_cast<ImGuiKey>(ImGuiKey_A + (code[3] - 'A'));
    }
    return ImGuiKey_None;
}

bool is_printable(const char* key) {
    // One character (named keys like "Enter" are longer); UTF-8 of one code point is <= 4 bytes.
    const std::size_t length = std::strlen(key);
    if (length == 0 || length > 4) return false;
    const auto first = static_cast<unsigned char>(key[0]);
    const std::size_t expected = first < 0x80 ? 1 : first < 0xE0 ? 2 : first < 0xF0 ? 3 : 4;
    return length == expected;
}

// Browser shortcuts (reload, new tab, devtools, zoom, paste) stay with the browser.
bool belongs_to_browser(const char* key, ImGuiKey imgui, int modifiers) {
    if (key[0] == 'F' && key[1] >= '0' && key[1] <= '9') return true;
    if ((modifiers & (kCtrl | kMeta)) == 0) return false;
    switch (imgui) {
        case ImGuiKey_A: case ImGuiKey_C: case ImGuiKey_X: case ImGuiKey_Z: case ImGuiKey_Y:
        case ImGuiKey_LeftArrow: case ImGuiKey_RightArrow: case ImGuiKey_Backspace: case ImGuiKey_Delete:
        case ImGuiKey_Home: case ImGuiKey_End:
            return false;
        default:
            return true;  // includes Ctrl+V: the browser's paste event brings the text
    }
}

// Keys the views act on while no text field has the keyboard: moving, opening, going back.
bool is_viewer_key(ImGuiKey key) {
    switch (key) {
        case ImGuiKey_LeftArrow: case ImGuiKey_RightArrow: case ImGuiKey_UpArrow: case ImGuiKey_DownArrow:
        case ImGuiKey_PageUp: case ImGuiKey_PageDown: case ImGuiKey_Home: case ImGuiKey_End:
        case ImGuiKey_Enter: case ImGuiKey_Escape: case ImGuiKey_Space: case ImGuiKey_Slash:
            return true;
        default:
            return false;
    }
}

void add_modifiers(ImGuiIO& io, int modifiers) {
    io.AddKeyEvent(ImGuiMod_Ctrl, (modifiers & kCtrl) != 0);
    io.AddKeyEvent(ImGuiMod_Shift, (modifiers & kShift) != 0);
    io.AddKeyEvent(ImGuiMod_Alt, (modifiers & kAlt) != 0);
    io.AddKeyEvent(ImGuiMod_Super, (modifiers & kMeta) != 0);
}

}  // namespace

bool WebViewer::key(bool down, const char* key, const char* code, int modifiers, bool text_by_input) {
    make_current();
    ImGuiIO& io = ImGui::GetIO();
    const ImGuiKey imgui = imgui_key(key, code);
    if (!down) {
        // The key-up of a kept key-down is kept too; ImGui hears every release, so no key sticks.
        if (imgui != ImGuiKey_None) io.AddKeyEvent(imgui, false);
        add_modifiers(io, modifiers);
        request_frame();
        return keys_kept_.erase(imgui) > 0;
    }
    if (belongs_to_browser(key, imgui, modifiers)) return false;
    const bool typing = io.WantTextInput;
    bool kept = false;
    if (imgui == ImGuiKey_Tab) {
        kept = !tab_leaves(app_.drawn_items(), (modifiers & kShift) != 0);
    } else {
        kept = typing || is_viewer_key(imgui);
    }
    if (!kept) return false;
    // A character key in the text agent is text, which its input event brings: sent as a key
    // too, it would make ImGui spread each typed character over frames of its own.
    if (text_by_input && typing && is_printable(key) && (modifiers & (kCtrl | kMeta)) == 0) return true;
    add_modifiers(io, modifiers);
    if (imgui != ImGuiKey_None) {
        io.AddKeyEvent(imgui, true);
        keys_kept_.insert(imgui);
    }
    if (typing && !text_by_input && is_printable(key) && (modifiers & (kCtrl | kMeta)) == 0) io.AddInputCharactersUTF8(key);
    request_frame();
    return true;
}

void WebViewer::pointer(int type, float x, float y, int button) {
    x /= ui_scale_;
    y /= ui_scale_;
    enum { pointer_move, pointer_press, pointer_release, pointer_leave };  // as vitrine.js sends them
    make_current();
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
    if (type == pointer_leave) {
        io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    } else {
        io.AddMousePosEvent(x, y);
    }
    const int imgui_button = button == 2 ? 1 : button == 1 ? 2 : button;  // DOM: 1 = middle, 2 = right
    if (type == pointer_press) io.AddMouseButtonEvent(imgui_button, true);
    if (type == pointer_release) io.AddMouseButtonEvent(imgui_button, false);
    request_frame();
}

bool WebViewer::wheel(float x, float y, float wheel_x, float wheel_y) {
    x /= ui_scale_;
    y /= ui_scale_;
    make_current();
    if (!wheel_would_scroll(ImVec2(x, y), wheel_x, wheel_y)) return false;
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
    io.AddMousePosEvent(x, y);
    io.AddMouseWheelEvent(wheel_x, wheel_y);
    request_frame();
    return true;
}

// One finger scrolls the list under it and taps; when that list cannot move the way the finger
// goes, the whole swipe is the page's. Two fingers are the browser's pinch zoom.
bool WebViewer::touch(int type, int touches, float x, float y, double time_ms) {
    x /= ui_scale_;
    y /= ui_scale_;
    enum { touch_start, touch_move, touch_end, touch_cancel };  // as vitrine.js sends them
    make_current();
    request_frame();
    if (touches > 1) {
        touch_.cancel();
        touch_owner_ = TouchOwner::page;
        return false;
    }
    if (type == touch_start) {
        touch_.begin(x, y, time_ms);
        touch_owner_ = TouchOwner::undecided;
        return false;  // cancelling the start would stop the page from ever scrolling
    }
    if (touch_owner_ == TouchOwner::page || touch_owner_ == TouchOwner::none) return false;
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    io.AddMousePosEvent(x, y);
    if (type == touch_move) {
        const float pixels = touch_.move(x, y, time_ms);
        if (pixels == 0) return touch_owner_ == TouchOwner::viewer;
        if (touch_owner_ == TouchOwner::undecided) {
            touch_owner_ = wheel_would_scroll(ImVec2(x, y), 0, pixels > 0 ? 1.0f : -1.0f) ? TouchOwner::viewer : TouchOwner::page;
            if (touch_owner_ == TouchOwner::page) {
                touch_.cancel();
                return false;
            }
        }
        scroll_by_pixels(pixels);
        return true;
    }
    const bool tap = type == touch_end && touch_.end(time_ms);
    if (type == touch_cancel) touch_.cancel();
    if (tap) {
        io.AddMouseButtonEvent(0, true);
        io.AddMouseButtonEvent(0, false);
    }
    touch_owner_ = TouchOwner::none;
    return true;  // a tap or the end of the viewer's own drag: no emulated mouse click follows
}

void WebViewer::focus(bool focused) {
    make_current();
    focused_ = focused;
    ImGui::GetIO().AddFocusEvent(focused);
    request_frame();
}

}  // namespace vitrine::web

using vitrine::web::find_viewer;

extern "C" {

// Each returns 1 when the viewer acts on the event: vitrine.js then stops it at the viewer.
EMSCRIPTEN_KEEPALIVE int vitrine_key(int viewer, int down, const char* key, const char* code, int modifiers, int text_by_input) {
    auto* v = find_viewer(viewer);
    return v != nullptr && v->key(down != 0, key, code, modifiers, text_by_input != 0) ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE void vitrine_pointer(int viewer, int type, float x, float y, int button) {
    if (auto* v = find_viewer(viewer)) v->pointer(type, x, y, button);
}

// wheel_x, wheel_y in ImGui's units (a notch is 1; positive y moves the content down).
EMSCRIPTEN_KEEPALIVE int vitrine_wheel(int viewer, float x, float y, float wheel_x, float wheel_y) {
    auto* v = find_viewer(viewer);
    return v != nullptr && v->wheel(x, y, wheel_x, wheel_y) ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE int vitrine_touch(int viewer, int type, int touches, float x, float y, double time_ms) {
    auto* v = find_viewer(viewer);
    return v != nullptr && v->touch(type, touches, x, y, time_ms) ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE void vitrine_focus(int viewer, int focused) {
    if (auto* v = find_viewer(viewer)) v->focus(focused != 0);
}

// Text for the active field: typed, composed, dictated or pasted.
EMSCRIPTEN_KEEPALIVE void vitrine_insert_text(int viewer, const char* text) {
    if (auto* v = find_viewer(viewer)) v->insert_text(text);
}

EMSCRIPTEN_KEEPALIVE void vitrine_activate(int viewer, const char* key) {
    if (auto* v = find_viewer(viewer)) v->activate(key);
}

EMSCRIPTEN_KEEPALIVE void vitrine_choose(int viewer, const char* key, int index) {
    if (auto* v = find_viewer(viewer)) v->choose(key, index);
}

EMSCRIPTEN_KEEPALIVE void vitrine_composition(int viewer, const char* text) {
    if (auto* v = find_viewer(viewer)) v->set_composition(text);
}

}  // extern "C"
