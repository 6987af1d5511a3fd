// UTF-8 validity: bad bytes are reported by offset and replaced, never passed on.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace vitrine {

struct Utf8Repair {
    std::string text;                       // valid UTF-8, each bad sequence replaced by U+FFFD
    std::vector<std::size_t> bad_offsets;   // byte offsets of the bad sequences in the input
};

Utf8Repair repair_utf8(std::string_view input);

// Whether `text` is valid UTF-8 throughout: a reader that finds it so reads the bytes it was given
// instead of a repaired copy (for a 200 MB catalogue, a 200 MB copy saved).
bool is_valid_utf8(std::string_view text);

// Length of the valid UTF-8 sequence starting at text[i], or 0 when it is not valid.
std::size_t utf8_sequence_length(std::string_view text, std::size_t i);

// The code point of the valid sequence of `length` bytes (utf8_sequence_length) at text[i].
char32_t decode_utf8(std::string_view text, std::size_t i, std::size_t length);

// How many characters (code points) valid UTF-8 `text` holds.
std::size_t utf8_length(std::string_view text);

// The longest prefix of `text` of at most `max_bytes` that ends on a character boundary.
std::string_view utf8_prefix(std::string_view text, std::size_t max_bytes);

// Whether `bytes` look like UTF-16: a UTF-16 byte order mark, or a NUL beside each of the first
// characters (ASCII text in UTF-16 without a mark). Read as UTF-8 such text is a NUL between
// every two letters, so readers say what it is instead.
bool looks_like_utf16(std::string_view bytes);

// What readers say about UTF-16 input.
constexpr std::string_view kUtf16Problem = "the file is UTF-16 text, and Vitrine reads UTF-8: save it as UTF-8";

}  // namespace vitrine
