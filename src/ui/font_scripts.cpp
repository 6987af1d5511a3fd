// Which fallback font a text needs, by the Unicode blocks each one is shipped for. The regular
// faces are cut down to the blocks of cmake/Fonts.cmake (Latin, Greek, Cyrillic and the symbols
// a shop uses); a catalogue without other scripts never fetches a fallback, so the first paint of
// an embedded viewer stays light.
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <vector>

#include "core/text.hpp"
#include "core/utf8.hpp"
#include "ui/fonts.hpp"

namespace vitrine {

namespace {

struct Block {
    std::uint32_t first, last;
};

struct FallbackScripts {
    const char* name;  // as cmake/Fonts.cmake names the font
    std::vector<Block> blocks;
};

std::vector<Block> parse_ranges(std::string_view ranges);

const std::vector<FallbackScripts> kFallbacks = {
    {"cjk",
     {{0x2E80, 0x2FDF}, {0x3000, 0x30FF}, {0x31F0, 0x31FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF},
      {0xFE30, 0xFE4F}, {0xFF00, 0xFFEF}, {0x20000, 0x2FFFF}}},
    {"hangul", {{0x1100, 0x11FF}, {0x3130, 0x318F}, {0xA960, 0xA97F}, {0xAC00, 0xD7FF}}},
    {"arabic", {{0x0600, 0x06FF}, {0x0750, 0x077F}, {0x08A0, 0x08FF}, {0xFB50, 0xFDFF}, {0xFE70, 0xFEFF}}},
    {"hebrew", {{0x0590, 0x05FF}, {0xFB1D, 0xFB4F}}},
    {"devanagari", {{0x0900, 0x097F}, {0xA8E0, 0xA8FF}}},
    {"bengali", {{0x0980, 0x09FF}}},
    {"tamil", {{0x0B80, 0x0BFF}}},
    {"thai", {{0x0E00, 0x0E7F}}},
    {"lao", {{0x0E80, 0x0EFF}}},
    {"khmer", {{0x1780, 0x17FF}, {0x19E0, 0x19FF}}},
    {"georgian", {{0x10A0, 0x10FF}, {0x1C90, 0x1CBF}, {0x2D00, 0x2D2F}}},
    {"armenian", {{0x0530, 0x058F}, {0xFB13, 0xFB17}}},
    {"ethiopic", {{0x1200, 0x139F}, {0x2D80, 0x2DDF}, {0xAB00, 0xAB2F}}},
    {"emoji", parse_ranges(VITRINE_FONT_EMOJI_RANGES)},  // a subset of Symbola: the ranges it was cut to
};

// The rest of DejaVu Sans (more Latin, symbols, what no script font above covers): what lies
// outside the first-paint blocks and before the CJK ones, and a few blocks after them.
bool in_whole_font(std::uint32_t code) {
    return code < 0x2E80 || (code >= 0xA640 && code <= 0xA69F) || (code >= 0xFB00 && code <= 0xFB4F) ||
           (code >= 0xFE20 && code <= 0xFE2F);
}

// "0000-024F,0370-03FF,…" as the build passes it.
std::vector<Block> parse_ranges(std::string_view ranges) {
    std::vector<Block> blocks;
    for (std::size_t start = 0; start < ranges.size();) {
        const std::size_t end = std::min(ranges.find(',', start), ranges.size());
        const std::string range(ranges.substr(start, end - start));
        const std::size_t dash = range.find('-');
        const auto first = static_cast<std::uint32_t>(std::strtoul(range.c_str(), nullptr, 16));
        const auto last = dash == std::string::npos ? first : static_cast<std::uint32_t>(std::strtoul(range.c_str() + dash + 1, nullptr, 16));
        blocks.push_back({first, last});
        start = end + 1;
    }
    return blocks;
}

// The code unit of a JSON escape "\uXXXX" at text[i], or -1.
long escaped_unit(std::string_view text, std::size_t i) {
    if (i + 6 > text.size() || text[i] != '\\' || text[i + 1] != 'u') return -1;
    long unit = 0;
    for (std::size_t k = i + 2; k < i + 6; ++k) {
        const int digit = hex_digit(text[k]);
        if (digit < 0) return -1;
        unit = unit * 16 + digit;
    }
    return unit;
}

// Past the run of ASCII other than a backslash that starts at text[i], 8 bytes at a time: most of
// a catalogue is such text, none of which needs a fallback, and reading it a byte at a time took
// a third of a second for 100,000 products before they could open.
std::size_t past_plain_ascii(std::string_view text, std::size_t i) {
    constexpr std::uint64_t kHigh = 0x8080808080808080u, kOnes = 0x0101010101010101u;
    for (std::uint64_t eight = 0; i + 8 <= text.size(); i += 8) {
        std::memcpy(&eight, text.data() + i, 8);
        const std::uint64_t backslash_as_zero = eight ^ (kOnes * '\\');
        if ((eight & kHigh) != 0 || ((backslash_as_zero - kOnes) & ~backslash_as_zero & kHigh) != 0) break;
    }
    while (i < text.size() && static_cast<unsigned char>(text[i]) < 0x80 && text[i] != '\\') ++i;
    return i;
}

}  // namespace

std::vector<std::string> fallback_fonts_for(std::string_view text) {
    static const std::vector<Block> first_paint = parse_ranges(VITRINE_FONT_FIRST_PAINT_RANGES);
    std::vector<bool> needed(kFallbacks.size());
    bool whole_font = false;
    std::size_t found = 0;  // once every font is asked for, the rest of a large catalogue need not be read
    // The block of the character before, already accounted for: a script's letters come in runs.
    Block last{1, 0};
    const auto note = [&](std::uint32_t code) {
        if (code >= last.first && code <= last.last) return;
        for (const Block& block : first_paint) {
            if (code >= block.first && code <= block.last) {
                last = block;
                return;
            }
        }
        for (std::size_t f = 0; f < kFallbacks.size(); ++f) {
            for (const Block& block : kFallbacks[f].blocks) {
                if (code >= block.first && code <= block.last) {
                    found += needed[f] ? 0 : 1;
                    needed[f] = true;
                    last = block;
                    return;
                }
            }
        }
        if (!whole_font && in_whole_font(code)) {
            whole_font = true;
            ++found;
        }
    };
    for (std::size_t i = 0; i < text.size() && found < kFallbacks.size() + 1;) {
        const auto first = static_cast<unsigned char>(text[i]);
        if (first == '\\') {
            long unit = escaped_unit(text, i);
            if (unit < 0) {
                i += 2;  // another escape (\" \\ \n …): skip both characters
                continue;
            }
            i += 6;
            const long low = escaped_unit(text, i);
            if (unit >= 0xD800 && unit < 0xDC00 && low >= 0xDC00 && low < 0xE000) {
                unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                i += 6;
            }
            note(static_cast<std::uint32_t>(unit));
            continue;
        }
        if (first < 0x80) {
            i = past_plain_ascii(text, i);
            continue;
        }
        const std::size_t length = utf8_sequence_length(text, i);
        if (length == 0) {
            ++i;
            continue;
        }
        note(decode_utf8(text, i, length));
        i += length;
    }
    std::vector<std::string> names;
    if (whole_font) names.emplace_back(kWholeFontName);
    for (std::size_t f = 0; f < kFallbacks.size(); ++f) {
        if (needed[f]) names.emplace_back(kFallbacks[f].name);
    }
    return names;
}

}  // namespace vitrine
