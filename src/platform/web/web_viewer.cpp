#include "platform/web/web_viewer.hpp"

#include <GLES3/gl3.h>
#include <emscripten/emscripten.h>

#include <cmath>
#include <filesystem>
#include <string>

#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "platform/host.hpp"
#include "platform/web/web_input.hpp"
#include "ui/fonts.hpp"

namespace vitrine::web {

namespace {

// The build preloads the fonts of cmake/Fonts.cmake under these names, the fallbacks numbered.
FontFiles preloaded_fonts() {
    FontFiles files{{"/fonts/regular.ttf", {}}, {"/fonts/bold.ttf", {}}, {}};
    for (int number = 0;; ++number) {
        std::string path = "/fonts/fallback-" + std::to_string(number) + ".ttf";
        if (!std::filesystem::exists(path)) break;
        files.fallbacks.push_back({std::move(path), {}});
    }
    return files;
}

EM_JS(int, js_prefers_dark, (), {
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 1 : 0;
});

// Copy goes to the system clipboard. Paste arrives as the browser's paste event (web_api.cpp).
EM_JS(void, js_write_clipboard, (const char* text), {
    if (navigator.clipboard) navigator.clipboard.writeText(UTF8ToString(text)).catch(() => {});
});

void set_clipboard_text(ImGuiContext*, const char* text) { js_write_clipboard(text); }

EM_JS(int, js_is_apple, (), { return /Mac|iPhone|iPad/.test(navigator.platform || "") ? 1 : 0; });

EM_JS(void, js_set_cursor, (const char* canvas, const char* cursor), {
    const el = document.querySelector(UTF8ToString(canvas));
    if (el) el.style.cursor = UTF8ToString(cursor);
});

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

WebViewer::WebViewer(std::string canvas_selector) : canvas_(std::move(canvas_selector)) {}

WebViewer::~WebViewer() {
    if (imgui_ != nullptr) {
        make_current();
        ImGui_ImplOpenGL3_Shutdown();
        ImGui::DestroyContext(imgui_);
    }
    if (gl_ != 0) emscripten_webgl_destroy_context(gl_);
}

void WebViewer::make_current() const {
    ImGui::SetCurrentContext(imgui_);
    emscripten_webgl_make_context_current(gl_);
}

bool WebViewer::start() {
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
    ImGui::GetPlatformIO().Platform_SetClipboardTextFn = set_clipboard_text;
    ImGui_ImplOpenGL3_Init("#version 300 es");

    load_fonts(preloaded_fonts());
    app_.set_system_dark(js_prefers_dark() != 0);

    install_input_callbacks();
    last_frame_ms_ = host::now_ms();
    emscripten_request_animation_frame_loop(&WebViewer::on_animation_frame, this);
    return true;
}

EM_BOOL WebViewer::on_animation_frame(double, void* self) {
    static_cast<WebViewer*>(self)->frame();
    return EM_TRUE;
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
    io.DisplaySize = ImVec2(static_cast<float>(css_width_), static_cast<float>(css_height_));
    io.DisplayFramebufferScale = ImVec2(static_cast<float>(pixel_ratio_), static_cast<float>(pixel_ratio_));
    const double now = host::now_ms();
    io.DeltaTime = static_cast<float>(std::max(now - last_frame_ms_, 1.0) / 1000.0);
    last_frame_ms_ = now;

    scroll_by_pixels(touch_.glide(io.DeltaTime * 1000.0));
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    app_.frame();
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
}

// ImGui scrolls 5 lines of text per wheel notch; a touch drag moves by pixels.
void WebViewer::scroll_by_pixels(float pixels) {
    if (pixels == 0) return;
    const float pixels_per_notch = 5.0f * ImGui::GetStyle().FontSizeBase;
    ImGui::GetIO().AddMouseWheelEvent(0.0f, pixels / pixels_per_notch);
}

void WebViewer::install_input_callbacks() { web::install_input_callbacks(canvas_.c_str(), this); }

}  // namespace vitrine::web
