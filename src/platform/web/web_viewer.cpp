#include "platform/web/web_viewer.hpp"

#include <GLES3/gl3.h>
#include <nlohmann/json.hpp>
#include <emscripten/emscripten.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "imgui_impl_opengl3.h"
#include "platform/host.hpp"
#include "platform/web/viewers.hpp"
#include "platform/web/web_images.hpp"
#include "ui/fonts.hpp"
#include "ui/mirror.hpp"
#include "ui/text_shaper.hpp"

namespace vitrine::web {

namespace {

// After a change, frames go on this long: ImGui shows hover states, tooltips (after 0.4 s) and
// focus moves over the frames that follow an event. Then nothing is drawn until the next one.
constexpr double kSettleMs = 1000;

EM_JS(int, js_prefers_dark, (), {
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 1 : 0;
});

// Copy goes to the system clipboard. Paste arrives as the browser's paste event (web_input.cpp).
EM_JS(void, js_write_clipboard, (const char* text), {
    if (navigator.clipboard) navigator.clipboard.writeText(UTF8ToString(text)).catch(() => {});
});

void set_clipboard_text(ImGuiContext*, const char* text) { js_write_clipboard(text); }

EM_JS(int, js_is_apple, (), { return /Mac|iPhone|iPad/.test(navigator.platform || "") ? 1 : 0; });

EM_JS(void, js_set_cursor, (const char* canvas, const char* cursor), {
    const el = document.querySelector(UTF8ToString(canvas));
    if (el) el.style.cursor = UTF8ToString(cursor);
});

// The page's hidden text field (web/vitrine.js) follows the caret and takes the focus while a
// text field of the viewer has the keyboard, so input methods and phone keyboards work.
EM_JS(void, js_text_agent, (int viewer, int wanted, float x, float y, float height), {
    const v = Module.vitrineViewers[viewer];
    if (v && v.textAgent) v.textAgent(wanted !== 0, x, y, height);
});

// What the canvas shows, for the page's semantic mirror (web/vitrine.js patches its DOM).
EM_JS(void, js_mirror, (int viewer, const char* nodes_json), {
    const v = Module.vitrineViewers[viewer];
    if (v && v.mirror) v.mirror(JSON.parse(UTF8ToString(nodes_json)));
});

// What the page's element tells its listeners (vitrine-search, vitrine-open).
EM_JS(void, js_announce, (int viewer, const char* event, const char* detail_json), {
    const v = Module.vitrineViewers[viewer];
    if (v && v.announce) v.announce(UTF8ToString(event), JSON.parse(UTF8ToString(detail_json)));
});

std::string announcement(const nlohmann::json& detail) {
    return detail.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

const char* css_cursor(ImGuiMouseCursor cursor) {
    switch (cursor) {
        case ImGuiMouseCursor_TextInput: return "text";
        case ImGuiMouseCursor_Hand: return "pointer";
        case ImGuiMouseCursor_ResizeEW: return "ew-resize";
        case ImGuiMouseCursor_ResizeNS: return "ns-resize";
        case ImGuiMouseCursor_ResizeAll: return "move";
        case ImGuiMouseCursor_NotAllowed: return "not-allowed";
        case ImGuiMouseCursor_None: return "none";
        default: return "default";
    }
}

}  // namespace

WebViewer::WebViewer(int id, std::string canvas_selector) : id_(id), canvas_(std::move(canvas_selector)) {}

WebViewer::~WebViewer() {
    if (animation_frame_ != 0) emscripten_cancel_animation_frame(animation_frame_);
    if (imgui_ != nullptr) {
        make_current();
        forget_images(id_);
        ImGui_ImplOpenGL3_Shutdown();
        ImGui::DestroyContext(imgui_);
    }
    if (gl_ > 0) emscripten_webgl_destroy_context(gl_);
}

void WebViewer::make_current() const {
    set_current_viewer(id_);
    ImGui::SetCurrentContext(imgui_);
    emscripten_webgl_make_context_current(gl_);
}

bool WebViewer::start(const FontFiles& fonts) {
    EmscriptenWebGLContextAttributes attributes;
    emscripten_webgl_init_context_attributes(&attributes);
    attributes.majorVersion = 2;
    attributes.minorVersion = 0;
    attributes.alpha = false;
    attributes.antialias = false;  // ImGui anti-aliases its own shapes
    attributes.depth = false;
    attributes.stencil = false;
    gl_ = emscripten_webgl_create_context(canvas_.c_str(), &attributes);
    if (gl_ <= 0) return false;

    imgui_ = ImGui::CreateContext();
    make_current();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // layout comes from the route, not from a file
    io.BackendPlatformName = "vitrine_web";
    io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigMacOSXBehaviors = js_is_apple() != 0;
    // Frames stop when nothing changes, so a blinking caret would freeze half the time.
    io.ConfigInputTextCursorBlink = false;
    ImGui::GetPlatformIO().Platform_SetClipboardTextFn = set_clipboard_text;
    ImGui::GetPlatformIO().Platform_SetImeDataFn = &WebViewer::set_ime_data;
    io.UserData = this;
    ImGui_ImplOpenGL3_Init("#version 300 es");

    load_fonts(fonts);
    app_.set_system_dark(js_prefers_dark() != 0);
    last_frame_ms_ = host::now_ms();
    request_frame();
    return true;
}

void WebViewer::request_frame() {
    busy_until_ms_ = std::max(busy_until_ms_, host::now_ms() + kSettleMs);
    if (animation_frame_ == 0 && (visible_ || focused_) && imgui_ != nullptr) {
        animation_frame_ = emscripten_request_animation_frame(&WebViewer::on_animation_frame, this);
    }
}

void WebViewer::set_ui_scale(float scale) {
    ui_scale_ = std::clamp(scale, 0.5f, 3.0f);
    request_frame();
}

void WebViewer::set_look(ImU32 accent, float radius) {
    look_.accent = accent;
    look_.radius = radius;
    make_current();
    app_.set_look(look_);
    request_frame();
}

void WebViewer::set_system_colours(bool high_contrast, const SystemColours& colours) {
    look_.high_contrast = high_contrast;
    look_.system = colours;
    make_current();
    app_.set_look(look_);
    request_frame();
}

void WebViewer::set_visible(bool visible) {
    visible_ = visible;
    if (visible) request_frame();
}

EM_BOOL WebViewer::on_animation_frame(double, void* self) {
    auto* viewer = static_cast<WebViewer*>(self);
    viewer->animation_frame_ = 0;
    viewer->frame();
    return EM_FALSE;
}

// The backing store follows the CSS size times devicePixelRatio, so text stays sharp on
// high-density screens and under browser zoom; ImGui works in CSS pixels.
void WebViewer::fit_canvas_to_css_size() {
    double width = 0, height = 0;
    emscripten_get_element_css_size(canvas_.c_str(), &width, &height);
    const double ratio = emscripten_get_device_pixel_ratio();
    if (width == css_width_ && height == css_height_ && ratio == pixel_ratio_) return;
    css_width_ = width;
    css_height_ = height;
    pixel_ratio_ = ratio;
    emscripten_set_canvas_element_size(canvas_.c_str(), static_cast<int>(std::lround(width * ratio)),
                                       static_cast<int>(std::lround(height * ratio)));
}

void WebViewer::frame() {
    make_current();
    fit_canvas_to_css_size();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(css_width_) / ui_scale_, static_cast<float>(css_height_) / ui_scale_);
    const float density = static_cast<float>(pixel_ratio_) * ui_scale_;
    io.DisplayFramebufferScale = ImVec2(density, density);
    const double now = host::now_ms();
    // A frame after a pause is one step on, not a jump: ImGui's timers count from the last one.
    io.DeltaTime = static_cast<float>(std::clamp(now - last_frame_ms_, 1.0, 100.0) / 1000.0);
    last_frame_ms_ = now;

    const float glide = reduced_motion_ ? 0.0f : touch_.glide(io.DeltaTime * 1000.0);
    scroll_by_pixels(glide);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    app_.frame();
    draw_composition();
    ImGui::Render();
    app_.record_frame_time(host::now_ms() - now);

    int fb_width = 0, fb_height = 0;
    emscripten_get_canvas_element_size(canvas_.c_str(), &fb_width, &fb_height);
    glViewport(0, 0, fb_width, fb_height);
    const ImVec4 clear = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(clear.x, clear.y, clear.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    const ImGuiMouseCursor cursor = ImGui::GetMouseCursor();
    if (cursor != cursor_) {
        cursor_ = cursor;
        js_set_cursor(canvas_.c_str(), css_cursor(cursor));
    }
    announce_changes();
    tell_text_agent();
    if (app_.mirror_changed()) js_mirror(id_, mirror_json(app_.mirror()).c_str());
    if (glide != 0 || app_.wants_frames()) busy_until_ms_ = std::max(busy_until_ms_, now + 100);
    if (now < busy_until_ms_ && (visible_ || focused_) && animation_frame_ == 0) {
        animation_frame_ = emscripten_request_animation_frame(&WebViewer::on_animation_frame, this);
    }
}

// The element's vitrine-search and vitrine-open events, once per change.
void WebViewer::announce_changes() {
    const Route& route = app_.route();
    const std::size_t total = app_.result().total;
    if (route.view == View::search && (route.query != announced_query_ || total != announced_total_)) {
        announced_query_ = route.query;
        announced_total_ = total;
        js_announce(id_, "search", announcement({{"query", route.query}, {"total", total}}).c_str());
    }
    const std::string product = route.view == View::search ? std::string() : route.product_id;
    if (product != announced_product_) {
        announced_product_ = product;
        if (!product.empty()) js_announce(id_, "open", announcement({{"id", product}}).c_str());
    }
}

void WebViewer::set_ime_data(ImGuiContext*, ImGuiViewport*, ImGuiPlatformImeData* data) {
    static_cast<WebViewer*>(ImGui::GetIO().UserData)->ime_ = *data;
}

void WebViewer::tell_text_agent() {
    const bool changed = ime_.WantTextInput != told_.WantTextInput || ime_.InputPos.x != told_.InputPos.x ||
                         ime_.InputPos.y != told_.InputPos.y || ime_.InputLineHeight != told_.InputLineHeight;
    if (!changed) return;
    told_ = ime_;
    js_text_agent(id_, ime_.WantTextInput ? 1 : 0, ime_.InputPos.x * ui_scale_, ime_.InputPos.y * ui_scale_,
                  ime_.InputLineHeight * ui_scale_);
}

// The composing text over the field at the caret, underlined as input methods show it.
void WebViewer::draw_composition() {
    if (composition_.empty() || !ime_.WantTextInput) return;
    ImDrawList* draw = ImGui::GetForegroundDrawList();
    const ImVec2 at = ime_.InputPos;
    // Text an input method composes in a script that joins or stacks (a Hindi transliterator's) is shaped.
    const ShapedLine* shaped = needs_shaping(composition_) ? &shaped_block(composition_, 0).lines.front().shaped : nullptr;
    const ImVec2 size = shaped != nullptr ? ImVec2(shaped->width, ImGui::GetTextLineHeight()) : ImGui::CalcTextSize(composition_.c_str());
    const float height = std::max(ime_.InputLineHeight, size.y);
    const ImGuiStyle& style = ImGui::GetStyle();
    draw->AddRectFilled(ImVec2(at.x - 1, at.y), ImVec2(at.x + size.x + 1, at.y + height), ImGui::GetColorU32(style.Colors[ImGuiCol_FrameBg]) | IM_COL32_A_MASK);
    if (shaped != nullptr) {
        draw_shaped_line(draw, *shaped, at, ImGui::GetColorU32(ImGuiCol_Text));
    } else {
        draw->AddText(at, ImGui::GetColorU32(ImGuiCol_Text), composition_.c_str());
    }
    draw->AddLine(ImVec2(at.x, at.y + height - 1), ImVec2(at.x + size.x, at.y + height - 1), ImGui::GetColorU32(ImGuiCol_Text), 1.5f);
}

void WebViewer::activate(const std::string& key) {
    make_current();
    for (const MirrorNode& node : app_.mirror()) {
        if (node.key != key) continue;
        if (!app_.activate(node.action)) {
            // A click in the middle of where it was drawn, as a pointer would make it.
            ImGuiIO& io = ImGui::GetIO();
            io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
            io.AddMousePosEvent(node.rect[0] + node.rect[2] / 2, node.rect[1] + node.rect[3] / 2);
            io.AddMouseButtonEvent(0, true);
            io.AddMouseButtonEvent(0, false);
        }
        break;
    }
    request_frame();
}

void WebViewer::choose(const std::string& key, int index) {
    make_current();
    for (const MirrorNode& node : app_.mirror()) {
        if (node.key != key) continue;
        if (index >= 0 && static_cast<std::size_t>(index) < node.options.size()) app_.activate(node.options[static_cast<std::size_t>(index)].action);
        break;
    }
    request_frame();
}

void WebViewer::insert_text(const char* text) {
    make_current();
    ImGui::GetIO().AddInputCharactersUTF8(text);
    request_frame();
}

void WebViewer::set_composition(const char* text) {
    composition_ = text;
    request_frame();
}

// ImGui scrolls 5 lines of text per wheel notch; a touch drag moves by pixels.
void WebViewer::scroll_by_pixels(float pixels) {
    if (pixels == 0) return;
    const float pixels_per_notch = 5.0f * ImGui::GetStyle().FontSizeBase;
    ImGui::GetIO().AddMouseWheelEvent(0.0f, pixels / pixels_per_notch);
}

}  // namespace vitrine::web
