// Pictures for the views, fetched and decoded by the browser, uploaded as WebGL textures of the
// viewer that asked for them (two viewers showing one picture each hold a texture of it).
#include "platform/web/web_images.hpp"

#include <GLES3/gl3.h>
#include <emscripten/emscripten.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "platform/host.hpp"
#include "platform/web/viewers.hpp"
#include "platform/web/web_viewer.hpp"

namespace {

using Key = std::pair<int, std::string>;  // viewer, URL

// Element addresses stay valid as the map grows (std::map nodes are stable).
std::map<Key, vitrine::host::ImageTexture> g_images;
std::vector<Key> g_keys_by_request;

// Decodes through an <img>, scaled to at most 512 px, and hands RGBA pixels back to C++.
// Pictures from servers without CORS headers cannot be read back and count as failed.
EM_JS(void, js_fetch_image, (const char* url, int request), {
    const image = new Image();
    image.crossOrigin = 'anonymous';
    image.onload = () => {
        try {
            const scale = Math.min(1, 512 / Math.max(image.naturalWidth, image.naturalHeight));
            const w = Math.max(1, Math.round(image.naturalWidth * scale));
            const h = Math.max(1, Math.round(image.naturalHeight * scale));
            const canvas = new OffscreenCanvas(w, h);
            const context = canvas.getContext('2d');
            context.drawImage(image, 0, 0, w, h);
            const pixels = context.getImageData(0, 0, w, h).data;
            const pointer = _malloc(pixels.length) >>> 0;  // pointers come back as signed numbers
            if (pointer === 0) throw new Error('out of memory');
            HEAPU8.set(pixels, pointer);
            Module._vitrine_image_loaded(request, pointer, w, h);
            _free(pointer);
        } catch (error) {
            Module._vitrine_image_failed(request);
        }
    };
    image.onerror = () => Module._vitrine_image_failed(request);
    image.src = UTF8ToString(url);
});

vitrine::host::ImageTexture* image_for_request(int request) {
    if (request < 0 || static_cast<std::size_t>(request) >= g_keys_by_request.size()) return nullptr;
    const auto it = g_images.find(g_keys_by_request[static_cast<std::size_t>(request)]);
    return it == g_images.end() ? nullptr : &it->second;
}

int viewer_of_request(int request) { return g_keys_by_request[static_cast<std::size_t>(request)].first; }

}  // namespace

namespace vitrine::host {

const ImageTexture& image(const std::string& url) {
    auto [it, inserted] = g_images.try_emplace(Key{web::current_viewer(), url});
    if (inserted) {
        g_keys_by_request.push_back(it->first);
        js_fetch_image(url.c_str(), static_cast<int>(g_keys_by_request.size() - 1));
    }
    return it->second;
}

}  // namespace vitrine::host

namespace vitrine::web {

void forget_images(int viewer) {
    for (auto it = g_images.begin(); it != g_images.end();) {
        it = it->first.first == viewer ? g_images.erase(it) : std::next(it);
    }
}

}  // namespace vitrine::web

extern "C" {

EMSCRIPTEN_KEEPALIVE void vitrine_image_loaded(int request, const unsigned char* rgba, int width, int height) {
    vitrine::host::ImageTexture* image = image_for_request(request);
    if (image == nullptr || !vitrine::web::make_viewer_current(viewer_of_request(request))) return;
    GLuint texture = 0;
    glGenTextures(1, &texture);
    glBindTexture(GL_TEXTURE_2D, texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, rgba);
    *image = {vitrine::host::ImageTexture::Status::ready, texture, width, height};
    vitrine::web::find_viewer(viewer_of_request(request))->request_frame();
}

EMSCRIPTEN_KEEPALIVE void vitrine_image_failed(int request) {
    vitrine::host::ImageTexture* image = image_for_request(request);
    if (image == nullptr) return;
    image->status = vitrine::host::ImageTexture::Status::failed;
    if (auto* viewer = vitrine::web::find_viewer(viewer_of_request(request))) viewer->request_frame();
}

}  // extern "C"
