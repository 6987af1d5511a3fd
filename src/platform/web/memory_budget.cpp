#include "platform/web/memory_budget.hpp"

#include <emscripten/heap.h>
#include <malloc.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>

#include "core/binary/catalogue_binary.hpp"

namespace vitrine::web {

namespace {

// What opening a catalogue takes of the module's memory beyond what it held before, the copy of
// its bytes included: a share of the bytes, a cost per product that small products make the
// larger part, and one step of the memory's growth. Measured with dist/vitrine-core-module.cjs,
// what load() added: 511 MB for the 310 MB of JSON of 100,000 generated products, 93 MB for the
// 31 MB of 10,000, 653 MB for 1,000,000 products of 46 bytes each, 157 MB for 150,000 of 93
// bytes (measured while search still indexed reviews, which took more). These figures are above
// every one of those, and leave room for the products' terms search makes when first needed
// (4 bytes a posting): refusing a catalogue that would have fitted is the lesser harm, but still one.
constexpr double kBytesPerInputByte = 2.2;
constexpr double kBytesPerProduct = 1200.0;
constexpr double kFixedBytes = 16.0 * 1024 * 1024;

// Products in a JSON catalogue each have an "id"; a page is one product. Counting the key
// over-counts a little (a review could hold the word), which errs on the safe side.
double products_in(std::string_view input) {
    std::size_t count = 0;
    for (std::size_t at = input.find("\"id\""); at != std::string_view::npos; at = input.find("\"id\"", at + 4)) ++count;
    return static_cast<double>(std::max<std::size_t>(count, 1));
}

// A catalogue.vitrine's products view its bytes, which stay; its index is decoded and its typo
// table made: 335 MB for the 204 MB file of 100,000 generated products, 54 MB for the 21 MB one
// of 10,000 (measured as above).
constexpr double kBytesPerBinaryByte = 1.4;

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

std::optional<std::string> memory_refusal(std::string_view input, const std::string& name) {
    const double input_bytes = static_cast<double>(input.size());
    const bool binary = is_catalogue_binary(input);
    const double needed = binary ? input_bytes * kBytesPerBinaryByte + static_cast<double>(std::max<std::uint64_t>(announced_product_count(input), 1)) * kBytesPerProduct + kFixedBytes
                                 : input_bytes * kBytesPerInputByte + products_in(input) * kBytesPerProduct + kFixedBytes;
    // What the module may still take: up to its maximum, past the top of its heap, plus the free
    // blocks inside the heap.
    const auto top = reinterpret_cast<std::uintptr_t>(sbrk(0));
    // (Emscripten declares mallinfo's fields int; dlmalloc fills them as 32-bit sizes.)
    const double available = heap_max() - static_cast<double>(top) + static_cast<double>(static_cast<std::uint32_t>(mallinfo().fordblks));
    if (needed <= available) return std::nullopt;
    return name + " (" + megabytes(input_bytes) + ") needs about " + megabytes(needed) +
           " of memory to open, and only " + megabytes(std::max(available, 0.0)) + " of the " +
           megabytes(heap_max()) + " WebAssembly may use are left; the catalogue shown is unchanged";
}

void set_memory_maximum(double bytes) { g_maximum = bytes; }

}  // namespace vitrine::web
