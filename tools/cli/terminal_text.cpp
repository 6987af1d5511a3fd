#include "terminal_text.hpp"

#include <cstdio>

namespace vitrine::cli {

std::string terminal_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
        char escaped[8];
        if (c < 0x20 || c == 0x7F) {
            std::snprintf(escaped, sizeof escaped, "\\x%02x", c);
        } else if (c == 0xC2 && next >= 0x80 && next <= 0x9F) {  // U+0080..U+009F in UTF-8
            std::snprintf(escaped, sizeof escaped, "\\u%04x", next);
            ++i;
        } else {
            out += text[i];
            continue;
        }
        out += escaped;
    }
    return out;
}

}  // namespace vitrine::cli
