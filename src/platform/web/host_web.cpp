// The browser host. JavaScript lives in EM_JS bodies: Module is this viewer's own instance
// (the build is MODULARIZE), so two viewers on one page each read their own options.
#include <emscripten/emscripten.h>

#include <cstdlib>
#include <string>

#include "platform/host.hpp"

namespace {

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

// Embedded viewers (Module.vitrineRouting === 'none') leave the host page's address alone.
EM_JS(int, js_owns_address, (), {
    return Module.vitrineRouting === 'none' ? 0 : 1;
});

// The page's script (web/vitrine.js) owns the <input type=file> and reads what is chosen.
EM_JS(void, js_pick_catalogue_files, (), {
    if (Module.vitrinePickFiles) Module.vitrinePickFiles();
});

}  // namespace

namespace vitrine::host {

void pick_catalogue_files() { js_pick_catalogue_files(); }

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

bool owns_address() { return js_owns_address() != 0; }

double now_ms() { return emscripten_get_now(); }

}  // namespace vitrine::host
