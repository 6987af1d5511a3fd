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

// `replace` (1) starts a new catalogue; 0 adds the file to the current one (several files dropped).
EMSCRIPTEN_KEEPALIVE void vitrine_load_file(const char* bytes, int length, const char* name, int replace) {
    if (g_viewer) g_viewer->app().load_file(std::string_view(bytes, static_cast<std::size_t>(length)), name, replace != 0);
}

// "light", "dark" or "system".
EMSCRIPTEN_KEEPALIVE void vitrine_set_theme(const char* choice) {
    if (!g_viewer) return;
    g_viewer->make_current();
    const std::string_view c(choice);
    using Choice = vitrine::App::ThemeChoice;
    g_viewer->app().set_theme(c == "light" ? Choice::light : c == "dark" ? Choice::dark : Choice::system);
}

EMSCRIPTEN_KEEPALIVE void vitrine_set_system_dark(int dark) {
    if (!g_viewer) return;
    g_viewer->make_current();
    g_viewer->app().set_system_dark(dark != 0);
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
