#include "core/utf8.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace vitrine {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

}  // namespace

std::size_t utf8_length(std::string_view text) {
    std::size_t characters = 0;
    for (const char c : text) characters += is_continuation(static_cast<unsigned char>(c)) ? 0 : 1;
    return characters;
}

std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) return 1;
    std::size_t length = 0;
    unsigned min_second = 0x80, max_second = 0xBF;  // the second byte's range rules out overlongs and surrogates
    if (c >= 0xC2 && c <= 0xDF) length = 2;
    else if (c == 0xE0) length = 3, min_second = 0xA0;
    else if (c >= 0xE1 && c <= 0xEC) length = 3;
    else if (c == 0xED) length = 3, max_second = 0x9F;
    else if (c >= 0xEE && c <= 0xEF) length = 3;
    else if (c == 0xF0) length = 4, min_second = 0x90;
    else if (c >= 0xF1 && c <= 0xF3) length = 4;
    else if (c == 0xF4) length = 4, max_second = 0x8F;
    else return 0;
    if (i + length > text.size()) return 0;
    const auto second = static_cast<unsigned char>(text[i + 1]);
    if (second < min_second || second > max_second) return 0;
    for (std::size_t k = 2; k < length; ++k) {
        if (!is_continuation(static_cast<unsigned char>(text[i + k]))) return 0;
    }
    return length;
}

char32_t decode_utf8(std::string_view text, std::size_t i, std::size_t length) {
    const auto byte = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(text[i + k])); };
    switch (length) {
        case 1: return byte(0);
        case 2: return ((byte(0) & 0x1F) << 6) | (byte(1) & 0x3F);
        case 3: return ((byte(0) & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
        default: return ((byte(0) & 0x07) << 18) | ((byte(1) & 0x3F) << 12) | ((byte(2) & 0x3F) << 6) | (byte(3) & 0x3F);
    }
}

bool is_valid_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        // ASCII 32 and then 8 bytes at a time: most of a catalogue's text is ASCII, and opening
        // a catalogue.vitrine checks all of it.
        std::uint64_t four[4];
        if (i + 32 <= text.size() && (std::memcpy(four, text.data() + i, 32), ((four[0] | four[1] | four[2] | four[3]) & 0x8080808080808080u) == 0)) {
            i += 32;
            continue;
        }
        std::uint64_t eight = 0;
        if (i + 8 <= text.size() && (std::memcpy(&eight, text.data() + i, 8), (eight & 0x8080808080808080u) == 0)) {
            i += 8;
            continue;
        }
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            ++i;
            continue;
        }
        const std::size_t n = utf8_sequence_length(text, i);
        if (n == 0) return false;
        i += n;
    }
    return true;
}

Utf8Repair repair_utf8(std::string_view input) {
    Utf8Repair out;
    out.text.reserve(input.size());
    std::size_t i = 0;
    while (i < input.size()) {
        // Runs of ASCII are the common case: copy them in one go.
        std::size_t ascii_end = i;
        while (ascii_end < input.size() && static_cast<unsigned char>(input[ascii_end]) < 0x80) ++ascii_end;
        out.text.append(input.substr(i, ascii_end - i));
        i = ascii_end;
        if (i >= input.size()) break;
        const std::size_t length = utf8_sequence_length(input, i);
        if (length == 0) {
            out.bad_offsets.push_back(i);
            out.text.append(kReplacement);
            ++i;
            while (i < input.size() && is_continuation(static_cast<unsigned char>(input[i]))) ++i;
        } else {
            out.text.append(input.substr(i, length));
            i += length;
        }
    }
    return out;
}

bool looks_like_utf16(std::string_view bytes) {
    if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") return true;
    constexpr std::size_t kPairsLooked = 16;
    const std::size_t pairs = std::min(bytes.size() / 2, kPairsLooked);
    if (pairs < 2) return false;
    for (const std::size_t nul : {std::size_t{0}, std::size_t{1}}) {  // big-endian ASCII has its NUL first
        bool all = true;
        for (std::size_t i = 0; i < pairs && all; ++i) all = bytes[2 * i + nul] == '\0' && bytes[2 * i + 1 - nul] != '\0';
        if (all) return true;
    }
    return false;
}

std::string_view utf8_prefix(std::string_view text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) return text;
    std::size_t end = max_bytes;
    while (end > 0 && is_continuation(static_cast<unsigned char>(text[end]))) --end;
    return text.substr(0, end);
}

}  // namespace vitrine
