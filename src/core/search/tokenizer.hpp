// Words as search sees them: Unicode case- and accent-folded (utf8proc; Arabic harakat, Hebrew
// niqqud and the Devanagari nukta go too, Arabic letter variants fold to one), codes searchable by
// their parts and their runs of parts ("USB-C" gives usb, c and usbc), CJK, Thai, Lao and Khmer
// split into characters and character pairs.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace vitrine {

struct Token {
    std::string text;       // folded
    std::size_t begin = 0;  // byte range in the original text
    std::size_t end = 0;
    bool joined = false;    // a run of some of a code's parts ("clightning"), not a word as written
};

// Joined runs of a code's parts longer than this, or of more parts, are not terms; their shorter
// runs and parts are. (An ISBN written 978-1-4920-5220-3 has five parts.)
inline constexpr std::size_t kMaxJoinedChars = 32;
inline constexpr std::size_t kMaxJoinedParts = 6;

std::vector<Token> tokenize(std::string_view text);

// The folded form of a whole text, as one string (for comparisons outside the index).
std::string fold(std::string_view text);

// Optimal-string-alignment distance between two folded terms, counted in code points, giving
// up (returning limit + 1) as soon as it must exceed `limit`.
int edit_distance(std::string_view a, std::string_view b, int limit);

}  // namespace vitrine
