// Where things are in a JSON text, for diagnostics that name a line: nlohmann's DOM forgets
// positions, so the starts of a top-level array's elements are found by a light scan.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace vitrine {

// Byte offsets where the elements of the array under top-level key `key` begin.
std::vector<std::size_t> array_element_offsets(std::string_view json_text, std::string_view key);

struct JsonSyntaxError {
    std::size_t offset = 0;  // byte where the parser gave up
    std::string message;     // nlohmann's description of what it expected
};

// Where and why a text is not JSON (call it only for a text that failed to parse). Uses
// nlohmann's SAX interface, which reports errors without exceptions: the WebAssembly build has none.
JsonSyntaxError find_syntax_error(std::string_view json_text);

}  // namespace vitrine
