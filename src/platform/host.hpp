// What the views need from the machine they run on. One implementation per platform
// (src/platform/web, src/platform/native), chosen by CMake.
#pragma once

#include <cstdint>
#include <string>

namespace vitrine::host {

// Opens an http(s) URL in a new browser tab; other schemes are refused by the caller.
void open_url(const std::string& url);

// Replaces the address bar's location hash, adding a history entry when push is true,
// so that the browser's back and forward buttons walk the user's steps.
void set_location_hash(const std::string& hash, bool push);

// What "Copy link" puts on the clipboard for a route's hash (such as "/product/ID"): something a
// person can paste into a message or another browser and land on the same view. In a browser
// that is the page's full address with this hash, keeping its ?data= catalogue.
std::string shareable_link(const std::string& hash);
// False for a viewer embedded in another page (routing 'none'): the address is the host page's,
// so a link to a product inside the viewer would not open it.
bool owns_address();

// Asks the person for catalogue files (.json, .md); what they choose arrives through App::load_file.
void pick_catalogue_files();

// A picture for the views: asked for by URL, loaded in the background into a GPU texture.
struct ImageTexture {
    enum class Status { loading, ready, failed };
    Status status = Status::loading;
    std::uint64_t texture = 0;  // an ImTextureID once ready
    int width = 0;
    int height = 0;
};

// The first call starts loading; later calls report progress. Never blocks.
const ImageTexture& image(const std::string& url);

// Milliseconds from an arbitrary origin, for frame timing and animations.
double now_ms();

}  // namespace vitrine::host
