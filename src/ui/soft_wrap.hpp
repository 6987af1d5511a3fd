// Soft line breaks, for showing a text wrapped in a box that does not wrap by itself (ImGui's
// multiline text field) while copying out the text exactly as it was. Where a row ends at a
// space, that space becomes the '\n', so byte offsets stay the same; where a row ends inside a
// word (a word longer than a row, CJK text without spaces), a '\n' is inserted and remembered,
// so any range of the shown buffer maps back to the original text.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace vitrine {

struct SoftWrapped {
    std::string buffer;                 // the text with a '\n' where each row ends
    std::vector<std::size_t> inserted;  // offsets in `buffer` of the '\n' the text does not have, ascending
    std::size_t rows = 1;

    // Where the byte at `buffer_offset` of the buffer came from in the original text.
    std::size_t original_offset(std::size_t buffer_offset) const;
    // The original text of the buffer's bytes [begin, end): soft breaks are spaces again or gone.
    std::string_view original(std::string_view text, std::size_t begin, std::size_t end) const;
};

// How many bytes at the start of `line` (no '\n' in it) fit on one row `width` wide, ending where
// a row may end; `line.size()` when all of it fits.
using RowFit = std::function<std::size_t(std::string_view line, float width)>;

SoftWrapped soft_wrap(std::string_view text, float width, const RowFit& fit);

}  // namespace vitrine
