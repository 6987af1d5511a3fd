// The C functions the page's JavaScript calls (web/vitrine.js wraps them as window.vitrine).
// Each module instance runs one viewer, created by main() on the canvas the page names.
#include <emscripten/emscripten.h>

#include <memory>
#include <string>

#include "imgui.h"
#include "platform/web/web_viewer.hpp"

namespace {

std::unique_ptr<vitrine::web::WebViewer> g_viewer;

EM_JS(void, js_report_fatal, (const char* message), {
    if (Module.vitrineOnFatal) Module.vitrineOnFatal(UTF8ToString(message));
});

}  // namespace

int main(int argc, char** argv) {
    g_viewer = std::make_unique<vitrine::web::WebViewer>(argc > 1 ? argv[1] : "#vitrine");
    if (!g_viewer->start()) {
        js_report_fatal("This browser cannot draw the viewer: WebGL 2 is not available.");
        g_viewer.reset();
    }
    return 0;
}

extern "C" {

EMSCRIPTEN_KEEPALIVE void vitrine_load_catalogue(const char* bytes, int length, const char* name) {
    if (g_viewer) g_viewer->app().load_catalogue_json(std::string_view(bytes, static_cast<std::size_t>(length)), name);
}

EMSCRIPTEN_KEEPALIVE void vitrine_report_load_error(const char* message) {
    if (g_viewer) g_viewer->app().report_load_error(message);
}

EMSCRIPTEN_KEEPALIVE void vitrine_search(const char* text) {
    if (g_viewer) g_viewer->app().search(text);
}

EMSCRIPTEN_KEEPALIVE void vitrine_open(const char* id) {
    if (g_viewer) g_viewer->app().open(id);
}

EMSCRIPTEN_KEEPALIVE void vitrine_apply_location_hash(const char* hash) {
    if (g_viewer) g_viewer->app().apply_location_hash(hash);
}

EMSCRIPTEN_KEEPALIVE void vitrine_paste(const char* text) {
    if (!g_viewer) return;
    g_viewer->make_current();
    ImGui::GetIO().AddInputCharactersUTF8(text);
}

// The returned text lives until the next call.
EMSCRIPTEN_KEEPALIVE const char* vitrine_state_json() {
    static std::string state;
    state = g_viewer ? g_viewer->app().state_json() : std::string("{\"ready\":false}");
    return state.c_str();
}

}  // extern "C"
