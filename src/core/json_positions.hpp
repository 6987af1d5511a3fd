// Where things are in a JSON text, for diagnostics that name a line: nlohmann's DOM forgets
// positions, so the starts of a top-level array's elements are found by a light scan.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace vitrine {

// Byte offsets where the elements of the array under top-level key `key` begin.
std::vector<std::size_t> array_element_offsets(std::string_view json_text, std::string_view key);

}  // namespace vitrine
