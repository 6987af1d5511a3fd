// Where things are in a JSON text, for diagnostics that name a line: nlohmann's DOM forgets
// positions, so they are found by light scans of the text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace vitrine {

// Byte offsets where the elements of the array under top-level key `key` begin.
std::vector<std::size_t> array_element_offsets(std::string_view json_text, std::string_view key);

struct RepeatedKey {
    std::string key;          // with its escapes resolved
    std::size_t offset = 0;   // where it is given again
    std::size_t first = 0;    // where the same object first gave it
    bool top_level = false;   // a key of the document's own object
};

// Keys an object gives more than once, in text order. nlohmann keeps the last value without a
// word; the reader says so.
std::vector<RepeatedKey> repeated_keys(std::string_view json_text);

}  // namespace vitrine
