// The native host: no browser around it. The CLI and the headless UI tests run on it.
#include <chrono>
#include <cstdio>

#include "platform/host.hpp"
#include "platform/native/native_host_log.hpp"

namespace vitrine::host {

void open_url(const std::string& url) { native_host_log().opened_urls.push_back(url); }

void set_location_hash(const std::string& hash, bool push) {
    auto& log = native_host_log();
    if (push || log.hashes.empty()) {
        log.hashes.push_back(hash);
    } else {
        log.hashes.back() = hash;
    }
}

// No page address natively: the hash alone is what the web build would add to one.
std::string shareable_link(const std::string& hash) { return "#" + hash; }

bool owns_address() { return true; }

void pick_catalogue_files() { ++native_host_log().file_pickers_opened; }

// No network or GPU natively: every picture shows its placeholder.
const ImageTexture& image(const std::string&) {
    static const ImageTexture failed{ImageTexture::Status::failed, 0, 0, 0};
    return failed;
}

double now_ms() {
    using clock = std::chrono::steady_clock;
    return std::chrono::duration<double, std::milli>(clock::now().time_since_epoch()).count();
}

}  // namespace vitrine::host
