#include "ui/soft_wrap.hpp"

#include <algorithm>

#include "core/utf8.hpp"

namespace vitrine {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }

}  // namespace

std::size_t SoftWrapped::original_offset(std::size_t buffer_offset) const {
    const auto before = std::lower_bound(inserted.begin(), inserted.end(), buffer_offset) - inserted.begin();
    return buffer_offset - static_cast<std::size_t>(before);
}

std::string_view SoftWrapped::original(std::string_view text, std::size_t begin, std::size_t end) const {
    const std::size_t from = std::min(original_offset(begin), text.size());
    const std::size_t to = std::clamp(original_offset(end), from, text.size());
    return text.substr(from, to - from);
}

SoftWrapped soft_wrap(std::string_view text, float width, const RowFit& fit) {
    SoftWrapped out;
    out.buffer.reserve(text.size() + text.size() / 16);
    std::size_t copied = 0;  // text[0, copied) is in the buffer
    std::size_t paragraph = 0;
    while (paragraph <= text.size()) {
        const std::size_t paragraph_end = std::min(text.find('\n', paragraph), text.size());
        std::size_t row = paragraph;
        while (row < paragraph_end) {
            std::size_t fits = fit(text.substr(row, paragraph_end - row), width);
            // Every row holds at least one character, or nothing would move on.
            if (fits == 0) fits = std::max<std::size_t>(1, utf8_sequence_length(text, row));
            const std::size_t end = row + fits;
            if (end >= paragraph_end) break;
            if (is_blank(text[end])) {
                std::size_t next = end;
                while (next < paragraph_end && is_blank(text[next])) ++next;
                if (next == paragraph_end) break;  // blanks at the end of a paragraph need no row
                // The last blank becomes the break: the others stay at the end of the row, unseen,
                // and the next row starts with its word as ImGui's wrapped text does.
                out.buffer.append(text.substr(copied, next - 1 - copied));
                out.buffer += '\n';
                copied = next;
                row = next;
            } else {
                out.buffer.append(text.substr(copied, end - copied));
                out.inserted.push_back(out.buffer.size());
                out.buffer += '\n';
                copied = end;
                row = end;
            }
            ++out.rows;
        }
        if (paragraph_end == text.size()) break;
        ++out.rows;
        paragraph = paragraph_end + 1;
    }
    out.buffer.append(text.substr(copied));
    return out;
}

}  // namespace vitrine
