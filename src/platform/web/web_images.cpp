// Pictures for the views, fetched and decoded by the browser, uploaded as WebGL textures.
#include <GLES3/gl3.h>
#include <emscripten/emscripten.h>

#include <string>
#include <unordered_map>
#include <vector>

#include "platform/host.hpp"

namespace {

// Keyed by URL; element addresses stay valid as the map grows (unordered_map nodes are stable).
std::unordered_map<std::string, vitrine::host::ImageTexture> g_images;
std::vector<std::string> g_urls_by_request;

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
            const pointer = _malloc(pixels.length);
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
    if (request < 0 || static_cast<std::size_t>(request) >= g_urls_by_request.size()) return nullptr;
    return &g_images[g_urls_by_request[static_cast<std::size_t>(request)]];
}

}  // namespace

namespace vitrine::host {

const ImageTexture& image(const std::string& url) {
    auto [it, inserted] = g_images.try_emplace(url);
    if (inserted) {
        g_urls_by_request.push_back(url);
        js_fetch_image(url.c_str(), static_cast<int>(g_urls_by_request.size() - 1));
    }
    return it->second;
}

}  // namespace vitrine::host

extern "C" {

EMSCRIPTEN_KEEPALIVE void vitrine_image_loaded(int request, const unsigned char* rgba, int width, int height) {
    vitrine::host::ImageTexture* image = image_for_request(request);
    if (image == nullptr) return;
    GLuint texture = 0;
    glGenTextures(1, &texture);
    glBindTexture(GL_TEXTURE_2D, texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, rgba);
    *image = {vitrine::host::ImageTexture::Status::ready, texture, width, height};
}

EMSCRIPTEN_KEEPALIVE void vitrine_image_failed(int request) {
    vitrine::host::ImageTexture* image = image_for_request(request);
    if (image != nullptr) image->status = vitrine::host::ImageTexture::Status::failed;
}

}  // extern "C"
