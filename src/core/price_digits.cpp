#include "core/price_digits.hpp"

#include <optional>

#include "core/utf8.hpp"

namespace vitrine {

namespace {

// Zero of each run of ten digits a price may be written in.
constexpr char32_t kDigitZeros[] = {0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50};

char32_t decode(std::string_view bytes) {
    const auto b = [&](std::size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(bytes[i])); };
    switch (bytes.size()) {
        case 2: return ((b(0) & 0x1F) << 6) | (b(1) & 0x3F);
        case 3: return ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
        case 4: return ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
        default: return b(0);
    }
}

bool is_direction_mark(char32_t c) {
    return c == 0x200E || c == 0x200F || c == 0x061C || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

// The ASCII a character is read as ("" for a direction mark), or nothing when it stays as written.
std::optional<std::string> ascii_for(char32_t c) {
    for (const char32_t zero : kDigitZeros) {
        if (c >= zero && c <= zero + 9) return std::string(1, static_cast<char>('0' + (c - zero)));
    }
    if (c == 0x066B) return ".";  // ARABIC DECIMAL SEPARATOR
    if (c == 0x066C) return ",";  // ARABIC THOUSANDS SEPARATOR
    if (c == 0x00A0 || c == 0x202F || c == 0x2009) return " ";
    if (c == 0x2019) return "'";
    if (is_direction_mark(c)) return "";
    return std::nullopt;
}

}  // namespace

std::string ascii_price_digits(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t length = utf8_sequence_length(text, i);
        if (length <= 1) {  // ASCII, or a bad byte kept for the parser to refuse
            out += text[i++];
            continue;
        }
        const std::string_view character = text.substr(i, length);
        const std::optional<std::string> ascii = ascii_for(decode(character));
        out += ascii ? std::string_view(*ascii) : character;
        i += length;
    }
    return out;
}

}  // namespace vitrine
