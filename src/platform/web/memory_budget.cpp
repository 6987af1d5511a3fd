#include "platform/web/memory_budget.hpp"

#include <emscripten/heap.h>
#include <malloc.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>

namespace vitrine::web {

namespace {

// Products, strings, reviews and the search index take this many times the bytes of the text
// they were read from (measured on generated and real-looking catalogues; see make bench).
constexpr double kBytesPerInputByte = 6.0;
constexpr double kFixedBytes = 8.0 * 1024 * 1024;

double g_maximum = 0;  // 0: what emscripten_get_heap_max() says

double heap_max() {
    const auto linked = static_cast<double>(emscripten_get_heap_max());
    return g_maximum > 0 && g_maximum < linked ? g_maximum : linked;
}

std::string megabytes(double bytes) {
    char text[32];
    std::snprintf(text, sizeof text, "%.0f MB", bytes / (1024.0 * 1024.0));
    return text;
}

}  // namespace

std::optional<std::string> memory_refusal(std::size_t input_bytes, const std::string& name) {
    const double needed = static_cast<double>(input_bytes) * kBytesPerInputByte + kFixedBytes;
    // What the module may still take: up to its maximum, past the top of its heap, plus the free
    // blocks inside the heap.
    const auto top = reinterpret_cast<std::uintptr_t>(sbrk(0));
    const double available = heap_max() - static_cast<double>(top) + static_cast<double>(mallinfo().fordblks);
    if (needed <= available) return std::nullopt;
    return name + " (" + megabytes(static_cast<double>(input_bytes)) + ") needs about " + megabytes(needed) +
           " of memory to open, and only " + megabytes(std::max(available, 0.0)) + " of the " +
           megabytes(heap_max()) + " WebAssembly may use are left; the catalogue shown is unchanged";
}

void set_memory_maximum(double bytes) { g_maximum = bytes; }

}  // namespace vitrine::web
