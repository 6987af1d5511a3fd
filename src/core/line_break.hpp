// Where a line of text may break: the Unicode Line Breaking Algorithm (UAX #14), its rules LB4
// to LB31 over the classes of Unicode 15 (line_break_table.inc, generated from Unicode's
// LineBreak.txt by scripts/generate-line-break-table.mjs). One tailoring: Thai, Lao, Khmer and
// Myanmar (class SA) are written without spaces between words and are segmented by a dictionary
// in browsers; without one, a line may break between any two of their characters, and the
// caller keeps a letter with its marks (the shaper breaks only between clusters).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace vitrine {

enum class LineBreakClass : std::uint8_t {
    XX, AI, AL, B2, BA, BB, BK, CB, CJ, CL, CM, CP, CR, EB, EM, EX, GL, H2, H3, HL, HY, ID, IN,
    IS, JL, JT, JV, LF, NL, NS, NU, OP, PO, PR, QU, RI, SA, SG, SP, SY, WJ, ZW, ZWJ,
};

LineBreakClass line_break_class(char32_t code);

// The byte offsets in `text` (UTF-8) before which a line may break, in order: never 0 nor
// text.size(). A forced break (after a line feed) is an offset too.
std::vector<std::uint32_t> line_break_opportunities(std::string_view text);

}  // namespace vitrine
