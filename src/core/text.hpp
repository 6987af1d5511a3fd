// Small string helpers the parsers share.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vitrine {

struct TextPosition {
    int line = 1;    // 1-based
    int column = 1;  // 1-based, in bytes
};

TextPosition position_of(std::string_view text, std::size_t offset);

// Positions of many offsets, given in ascending order, in one pass over the text.
std::vector<TextPosition> positions_of(std::string_view text, const std::vector<std::size_t>& ascending_offsets);

std::string_view trim(std::string_view text);
bool starts_with(std::string_view text, std::string_view prefix);
bool iequals_ascii(std::string_view a, std::string_view b);
std::string to_lower_ascii(std::string_view text);
// The value of a hexadecimal digit, or -1.
int hex_digit(char c);
// Collapses runs of whitespace (including newlines) into single spaces and trims.
std::string collapse_spaces(std::string_view text);

}  // namespace vitrine
