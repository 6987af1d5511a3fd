// What the native host was asked to do, kept so headless tests can assert it.
#pragma once

#include <string>
#include <vector>

namespace vitrine::host {

struct NativeHostLog {
    std::vector<std::string> opened_urls;
    std::vector<std::string> hashes;  // the history stack of location hashes
    int file_pickers_opened = 0;
};

inline NativeHostLog& native_host_log() {
    static NativeHostLog log;
    return log;
}

}  // namespace vitrine::host
