#include "core/text.hpp"

#include <algorithm>

namespace vitrine {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

TextPosition position_of(std::string_view text, std::size_t offset) {
    return positions_of(text, {offset}).front();
}

std::vector<TextPosition> positions_of(std::string_view text, const std::vector<std::size_t>& ascending_offsets) {
    std::vector<TextPosition> out;
    out.reserve(ascending_offsets.size());
    int line = 1;
    std::size_t line_start = 0, scanned = 0;
    for (const std::size_t wanted : ascending_offsets) {
        const std::size_t offset = std::min(wanted, text.size());
        for (; scanned < offset; ++scanned) {
            // LF, CRLF (counted at its LF) and a lone CR end a line, as in SourceLines.
            const bool lone_cr = text[scanned] == '\r' && (scanned + 1 == text.size() || text[scanned + 1] != '\n');
            if (text[scanned] == '\n' || lone_cr) {
                ++line;
                line_start = scanned + 1;
            }
        }
        out.push_back({line, static_cast<int>(offset - line_start) + 1});
    }
    return out;
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    return text;
}

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

bool iequals_ascii(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return lower(x) == lower(y); });
}

std::string to_lower_ascii(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), lower);
    return out;
}

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string collapse_spaces(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool pending_space = false;
    for (const char c : trim(text)) {
        if (is_space(c)) {
            pending_space = true;
            continue;
        }
        if (pending_space) out += ' ';
        pending_space = false;
        out += c;
    }
    return out;
}

}  // namespace vitrine
