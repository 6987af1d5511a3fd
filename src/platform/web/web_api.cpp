// The C functions the page's JavaScript calls (web/vitrine.js wraps them for each viewer). Every
// call names its viewer by the number vitrine.js gave it in vitrine_create().
#include <emscripten/emscripten.h>

#include <cstdlib>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/binary/catalogue_binary.hpp"
#include "imgui.h"
#include "platform/web/memory_budget.hpp"
#include "platform/web/viewers.hpp"
#include "platform/web/web_viewer.hpp"
#include "ui/fonts.hpp"

namespace vitrine::web {

namespace {

std::map<int, std::unique_ptr<WebViewer>> g_viewers;

// Font bytes stay for the page's lifetime, for the viewers made later (each viewer's ImGui atlas
// holds its own copy: ImGui 1.92 copies what it is given).
struct ArrivedFont {
    std::string name;
    std::unique_ptr<unsigned char, decltype(&std::free)> bytes{nullptr, &std::free};
    std::size_t size = 0;
};
std::vector<ArrivedFont> g_fonts;
std::set<std::string> g_fonts_asked;

// vitrine.js fetches the font (once per page) and hands it to vitrine_font_arrived().
EM_JS(void, js_request_font, (const char* name), {
    if (Module.vitrineRequestFont) Module.vitrineRequestFont(UTF8ToString(name));
});

// Runs `change` on viewer `id`'s App with its contexts current, then draws what it changed.
template <class Change>
void change_app(int id, Change change) {
    WebViewer* viewer = find_viewer(id);
    if (viewer == nullptr) return;
    viewer->make_current();
    change(viewer->app());
    viewer->request_frame();
}

FontSource source_of(const ArrivedFont& font) { return {{}, {font.bytes.get(), font.size}, font.name == kWholeFontName}; }

// Asks for the fallback fonts a catalogue's text needs (the page fetched only the Latin ones).
void ask_for_fonts(std::string_view text) {
    for (const std::string& name : fallback_fonts_for(text)) {
        if (g_fonts_asked.insert(name).second) js_request_font(name.c_str());
    }
}

// A catalogue.vitrine's text (its string pool) is read for fonts after the file has opened, a
// slice per task, between frames: read first, it kept 100,000 products off the screen for most
// of a second. The file's bytes are held until read, should the catalogue be replaced meanwhile.
constexpr std::size_t kFontScanSlice = std::size_t{8} << 20;
struct FontScan {
    HeldBytes file;         // holds the bytes `text` views
    std::string_view text;  // the file's string pool
};
std::vector<FontScan> g_font_scans;  // the first one is being read
std::size_t g_font_scan_at = 0;

EM_JS(void, js_scan_fonts_later, (), { setTimeout(() => Module['_vitrine_scan_fonts'](), 0); });

void scan_fonts_later(const HeldBytes& file) {
    g_font_scans.push_back({file, catalogue_binary_text(file.bytes)});
    if (g_font_scans.size() == 1) js_scan_fonts_later();
}

}  // namespace

WebViewer* find_viewer(int id) {
    const auto it = g_viewers.find(id);
    return it == g_viewers.end() ? nullptr : it->second.get();
}

bool make_viewer_current(int id) {
    WebViewer* viewer = find_viewer(id);
    if (viewer != nullptr) viewer->make_current();
    return viewer != nullptr;
}

FontFiles arrived_fonts() {
    FontFiles files;
    for (const ArrivedFont& font : g_fonts) {
        if (font.name == "regular") {
            files.regular = source_of(font);
        } else if (font.name == "bold") {
            files.bold = source_of(font);
        } else {
            files.fallbacks.push_back(source_of(font));
        }
    }
    return files;
}

}  // namespace vitrine::web

using vitrine::web::find_viewer;
using vitrine::web::WebViewer;

int main() { return 0; }  // viewers come with vitrine_create()

extern "C" {

// Starts a viewer on the canvas `selector` names; 0 when WebGL 2 is unavailable there.
EMSCRIPTEN_KEEPALIVE int vitrine_create(int id, const char* selector) {
    auto viewer = std::make_unique<WebViewer>(id, selector);
    if (!viewer->start(vitrine::web::arrived_fonts())) return 0;
    vitrine::web::g_viewers[id] = std::move(viewer);
    return 1;
}

// Frees the viewer: its catalogue, index, ImGui context and WebGL context.
EMSCRIPTEN_KEEPALIVE void vitrine_destroy(int id) { vitrine::web::g_viewers.erase(id); }

// A font's bytes, malloc'ed by vitrine.js: fetched once per page, kept for viewers made later.
// "bold" replaces the regular face standing in for it; other names are fallbacks for more scripts.
EMSCRIPTEN_KEEPALIVE void vitrine_font_arrived(const char* name, unsigned char* bytes, int size) {
    using vitrine::web::g_fonts;
    g_fonts.push_back({name, {bytes, &std::free}, static_cast<std::size_t>(size)});
    const vitrine::FontSource source = vitrine::web::source_of(g_fonts.back());
    for (auto& [id, viewer] : vitrine::web::g_viewers) {
        viewer->make_current();
        if (std::string_view(name) == "bold") {
            vitrine::set_bold_font(source);
        } else if (std::string_view(name) != "regular") {
            vitrine::add_fallback_font(source);
        }
        viewer->request_frame();
    }
}

// `replace` (1) starts a new catalogue; 0 adds the file to the current one (several files dropped).
// Gives 1 when the file was read, 0 when it was refused (and the catalogue shown left as it was).
// Takes `bytes` (malloc'd by the caller) and frees them when nothing views them: a JSON's once
// read, before the products are indexed; a catalogue.vitrine's, whose products view them, with
// the catalogue.
EMSCRIPTEN_KEEPALIVE int vitrine_load_file(int id, char* bytes, int length, const char* name, int replace) {
    vitrine::HeldBytes input{std::shared_ptr<const void>(bytes, std::free), std::string_view(bytes, static_cast<std::size_t>(length))};
    if (const auto refusal = vitrine::web::memory_refusal(input.bytes, name)) {
        input = {};
        vitrine::web::change_app(id, [&](vitrine::App& app) { app.report_load_error(*refusal); });
        return 0;
    }
    if (find_viewer(id) == nullptr) return 1;
    if (vitrine::is_catalogue_binary(input.bytes)) vitrine::web::scan_fonts_later(input);
    else vitrine::web::ask_for_fonts(input.bytes);  // a JSON's bytes go once read: read them for fonts now
    vitrine::web::change_app(id, [&](vitrine::App& app) { app.load_file(std::move(input), name, replace != 0); });
    return 1;
}

// Reads the next slice of a catalogue.vitrine's text for the fonts it needs (scan_fonts_later).
EMSCRIPTEN_KEEPALIVE void vitrine_scan_fonts() {
    using vitrine::web::g_font_scan_at;
    using vitrine::web::g_font_scans;
    if (g_font_scans.empty()) return;
    const std::string_view text = g_font_scans.front().text;
    std::size_t end = std::min(text.size(), g_font_scan_at + vitrine::web::kFontScanSlice);
    while (end < text.size() && text[end - 1] != ' ') ++end;  // a slice ends after a space: never inside a character
    vitrine::web::ask_for_fonts(text.substr(g_font_scan_at, end - g_font_scan_at));
    g_font_scan_at = end;
    if (end == text.size()) {
        g_font_scans.erase(g_font_scans.begin());
        g_font_scan_at = 0;
    }
    if (!g_font_scans.empty()) vitrine::web::js_scan_fonts_later();
}

// "light", "dark" or "system".
EMSCRIPTEN_KEEPALIVE void vitrine_set_theme(int id, const char* choice) {
    const std::string_view c(choice);
    using Choice = vitrine::App::ThemeChoice;
    const Choice chosen = c == "light" ? Choice::light : c == "dark" ? Choice::dark : Choice::system;
    vitrine::web::change_app(id, [&](vitrine::App& app) { app.set_theme(chosen); });
}

EMSCRIPTEN_KEEPALIVE void vitrine_set_system_dark(int id, int dark) {
    vitrine::web::change_app(id, [&](vitrine::App& app) { app.set_system_dark(dark != 0); });
}

EMSCRIPTEN_KEEPALIVE void vitrine_begin_load(int id) {
    vitrine::web::change_app(id, [](vitrine::App& app) { app.begin_load(); });
}

EMSCRIPTEN_KEEPALIVE void vitrine_report_load_error(int id, const char* message) {
    vitrine::web::change_app(id, [&](vitrine::App& app) { app.report_load_error(message); });
}

EMSCRIPTEN_KEEPALIVE void vitrine_search(int id, const char* text) {
    vitrine::web::change_app(id, [&](vitrine::App& app) { app.search(text); });
}

EMSCRIPTEN_KEEPALIVE void vitrine_open(int id, const char* product) {
    vitrine::web::change_app(id, [&](vitrine::App& app) { app.open(product); });
}

EMSCRIPTEN_KEEPALIVE void vitrine_apply_location_hash(int id, const char* hash) {
    vitrine::web::change_app(id, [&](vitrine::App& app) { app.apply_location_hash(hash); });
}

// The page's look for the viewer: text size over 16 px, accent as 0xAABBGGRR (0: the theme's
// own), corner radius in CSS pixels (below 0: the theme's own).
EMSCRIPTEN_KEEPALIVE void vitrine_set_look(int id, float text_scale, unsigned accent, float radius) {
    WebViewer* viewer = find_viewer(id);
    if (viewer == nullptr) return;
    viewer->set_look(accent, radius);
    viewer->set_ui_scale(text_scale);
}

// forced-colors: active or prefers-contrast: more, with the system's colours as 0xAABBGGRR.
EMSCRIPTEN_KEEPALIVE void vitrine_set_system_colours(int id, int high_contrast, unsigned canvas, unsigned text, unsigned link,
                                                     unsigned highlight, unsigned highlight_text, unsigned button_face,
                                                     unsigned button_text) {
    WebViewer* viewer = find_viewer(id);
    if (viewer == nullptr) return;
    viewer->set_system_colours(high_contrast != 0, {canvas, text, link, highlight, highlight_text, button_face, button_text});
}

EMSCRIPTEN_KEEPALIVE void vitrine_set_reduced_motion(int id, int reduced) {
    if (WebViewer* viewer = find_viewer(id)) viewer->set_reduced_motion(reduced != 0);
}

// Off screen or in a hidden tab, a viewer draws nothing.
EMSCRIPTEN_KEEPALIVE void vitrine_set_visible(int id, int visible) {
    if (WebViewer* viewer = find_viewer(id)) viewer->set_visible(visible != 0);
}

// The element was resized, or the page's zoom changed.
EMSCRIPTEN_KEEPALIVE void vitrine_request_frame(int id) {
    if (WebViewer* viewer = find_viewer(id)) viewer->request_frame();
}

// The returned text lives until the next call.
EMSCRIPTEN_KEEPALIVE const char* vitrine_state_json(int id) {
    static std::string state;
    WebViewer* viewer = find_viewer(id);
    if (viewer != nullptr) viewer->make_current();
    state = viewer != nullptr ? viewer->app().state_json() : std::string("{\"ready\":false,\"errors\":[]}");
    return state.c_str();
}

}  // extern "C"
