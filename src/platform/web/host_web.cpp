// The browser host. JavaScript lives in EM_JS bodies; Module.vitrineViewers holds what the page's
// script (web/vitrine.js) keeps for each viewer: its routing, its file picker.
#include <emscripten/emscripten.h>

#include <cstdlib>
#include <string>

#include "platform/host.hpp"
#include "platform/web/viewers.hpp"

namespace {

int g_current_viewer = 0;

EM_JS(void, js_open_url, (const char* url), {
    window.open(UTF8ToString(url), '_blank', 'noopener,noreferrer');
});

EM_JS(void, js_set_location_hash, (const char* hash, int push), {
    const target = '#' + UTF8ToString(hash);
    if (window.location.hash === target) return;
    if (push) history.pushState(null, "", target);
    else history.replaceState(null, "", target);
});

// The returned string is malloc'ed here and freed by the caller.
EM_JS(char*, js_shareable_link, (const char* hash), {
    const link = new URL('#' + UTF8ToString(hash), window.location.href).href;
    const size = lengthBytesUTF8(link) + 1;
    const pointer = _malloc(size);
    stringToUTF8(link, pointer, size);
    return pointer;
});

// Embedded viewers (routing 'none') leave the host page's address alone.
EM_JS(int, js_owns_address, (int viewer), {
    const v = Module.vitrineViewers[viewer];
    return v && v.routing === 'hash' ? 1 : 0;
});

EM_JS(void, js_pick_catalogue_files, (int viewer), {
    const v = Module.vitrineViewers[viewer];
    if (v && v.pickFiles) v.pickFiles();
});

}  // namespace

namespace vitrine::web {

int current_viewer() { return g_current_viewer; }
void set_current_viewer(int id) { g_current_viewer = id; }

}  // namespace vitrine::web

namespace vitrine::host {

void pick_catalogue_files() { js_pick_catalogue_files(web::current_viewer()); }

void open_url(const std::string& url) { js_open_url(url.c_str()); }

void set_location_hash(const std::string& hash, bool push) {
    if (owns_address()) js_set_location_hash(hash.c_str(), push ? 1 : 0);
}

std::string shareable_link(const std::string& hash) {
    char* link = js_shareable_link(hash.c_str());
    std::string result(link);
    std::free(link);
    return result;
}

bool owns_address() { return js_owns_address(web::current_viewer()) != 0; }

double now_ms() { return emscripten_get_now(); }

}  // namespace vitrine::host
