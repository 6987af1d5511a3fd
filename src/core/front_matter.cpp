#include "core/front_matter.hpp"

#include <algorithm>
#include <unordered_map>

#include "core/text.hpp"

namespace vitrine {

namespace {

void append_utf8(std::string& out, unsigned code) {
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

// `digits` hexadecimal digits at body[at], or nullopt.
std::optional<unsigned> hex_number(std::string_view body, std::size_t at, std::size_t digits) {
    if (at + digits > body.size()) return std::nullopt;
    unsigned code = 0;
    for (std::size_t k = 0; k < digits; ++k) {
        const int digit = hex_digit(body[at + k]);
        if (digit < 0) return std::nullopt;
        code = code * 16 + static_cast<unsigned>(digit);
    }
    return code;
}

bool is_high_surrogate(unsigned code) { return code >= 0xD800 && code <= 0xDBFF; }
bool is_low_surrogate(unsigned code) { return code >= 0xDC00 && code <= 0xDFFF; }

// The character of a \x, \u or \U escape whose letter is at body[i]; `i` moves to its last
// digit. A surrogate pair written as two \u escapes is one character; a lone surrogate, or a code
// past U+10FFFF, is U+FFFD, so the text stays valid UTF-8.
std::optional<unsigned> code_escape(std::string_view body, std::size_t& i) {
    const std::size_t digits = body[i] == 'x' ? 2 : body[i] == 'u' ? 4 : 8;
    const auto code = hex_number(body, i + 1, digits);
    if (!code) return std::nullopt;
    i += digits;
    if (is_high_surrogate(*code) && body.substr(i + 1, 2) == "\\u") {
        const auto low = hex_number(body, i + 3, 4);
        if (low && is_low_surrogate(*low)) {
            i += 6;
            return 0x10000 + ((*code - 0xD800) << 10) + (*low - 0xDC00);
        }
    }
    if (is_high_surrogate(*code) || is_low_surrogate(*code) || *code > 0x10FFFF) return 0xFFFD;
    return code;
}

// The single-character escapes of YAML's double-quoted style.
std::optional<char> simple_escape(char letter) {
    switch (letter) {
        case '0': return '\0';
        case 'a': return '\a';
        case 'b': return '\b';
        case 't': return '\t';
        case 'n': return '\n';
        case 'v': return '\v';
        case 'f': return '\f';
        case 'r': return '\r';
        case 'e': return '\x1B';
        case ' ': return ' ';
        case '"': return '"';
        case '/': return '/';
        case '\\': return '\\';
        default: return std::nullopt;
    }
}

std::optional<std::string> double_quoted(std::string_view body) {
    std::string out;
    for (std::size_t i = 0; i < body.size(); ++i) {
        if (body[i] != '\\') {
            out += body[i];
            continue;
        }
        if (++i >= body.size()) return std::nullopt;
        if (body[i] == 'x' || body[i] == 'u' || body[i] == 'U') {
            const auto code = code_escape(body, i);
            if (!code) return std::nullopt;
            append_utf8(out, *code);
            continue;
        }
        const auto c = simple_escape(body[i]);
        if (!c) return std::nullopt;
        out += *c;
    }
    return out;
}

// Where a YAML comment starts in a plain (unquoted) value: at " #", so that "#1" alone is text.
std::size_t comment_start(std::string_view plain) { return plain.find(" #"); }

bool is_quoted(std::string_view value) { return !value.empty() && (value.front() == '"' || value.front() == '\''); }

}  // namespace

std::optional<std::string> yaml_scalar(std::string_view text) {
    const std::string_view t = trim(text);
    if (t.size() >= 2 && t.front() == '"' && t.back() == '"') return double_quoted(t.substr(1, t.size() - 2));
    if (t.size() >= 2 && t.front() == '\'' && t.back() == '\'') {
        std::string out;
        const std::string_view body = t.substr(1, t.size() - 2);
        for (std::size_t i = 0; i < body.size(); ++i) {
            out += body[i];
            if (body[i] == '\'' && i + 1 < body.size() && body[i + 1] == '\'') ++i;  // '' is a quote
        }
        return out;
    }
    if (is_quoted(t)) return std::nullopt;  // opened, never closed
    return std::string(trim(t.substr(0, comment_start(t))));
}

std::optional<FrontMatter> read_front_matter(const std::vector<SourceLine>& lines, const std::string& file,
                                             std::vector<Diagnostic>& diagnostics) {
    std::size_t i = 0;
    while (i < lines.size() && trim(lines[i].text).empty()) ++i;
    if (i == lines.size() || lines[i].text != "---") {
        const int line = i < lines.size() ? lines[i].number : 1;
        diagnostics.push_back({file, line, 1, Severity::error, "the page does not start with front matter (a line '---' then key: value lines)"});
        return std::nullopt;
    }
    const int opening = lines[i].number;
    FrontMatter matter;
    std::unordered_map<std::string, int> first_line_of_key;
    for (++i; i < lines.size(); ++i) {
        const SourceLine& line = lines[i];
        if (line.text == "---") {
            matter.body_start = i + 1;
            return matter;
        }
        if (trim(line.text).empty() || trim(line.text).front() == '#') continue;
        const std::size_t colon = line.text.find(':');
        if (colon == std::string_view::npos || colon == 0) {
            diagnostics.push_back({file, line.number, 1, Severity::warning, "front matter line is not 'key: value'; ignored"});
            continue;
        }
        const std::string_view raw = line.text.substr(colon + 1);
        const std::size_t leading = std::min(raw.find_first_not_of(" \t"), raw.size());
        const int column = static_cast<int>(colon + 2 + leading);  // 1-based column of the value
        std::string key(trim(line.text.substr(0, colon)));
        const auto value = yaml_scalar(raw);
        if (!value) {
            diagnostics.push_back({file, line.number, column, Severity::warning,
                                   "the value of " + key + " is badly quoted (a quote left open, or an unknown \\ escape); ignored"});
            continue;
        }
        // What YAML drops as a comment was likely meant as text when the # touches a word
        // ("title: Best seller #1"); "GBP  # pounds sterling" is written as a comment.
        const std::string_view plain = trim(raw);
        const std::size_t comment = comment_start(plain);
        const bool looks_like_text = comment != std::string_view::npos && comment + 2 < plain.size() && plain[comment + 2] != ' ' && plain[comment + 2] != '\t';
        if (!is_quoted(plain) && looks_like_text) {
            const std::string_view dropped = trim(plain.substr(comment));
            diagnostics.push_back({file, line.number, column + static_cast<int>(comment) + 1, Severity::warning,
                                   "the value of " + key + " stops at \" #\", which starts a YAML comment, so \"" + std::string(dropped) +
                                       "\" is left out; quote the value to keep it"});
        }
        // YAML allows a key once; readers that take the first and readers that take the last disagree.
        if (const auto [first, is_new] = first_line_of_key.emplace(key, line.number); !is_new) {
            diagnostics.push_back({file, line.number, 1, Severity::warning,
                                   "front matter key \"" + key + "\" given again (first at line " + std::to_string(first->second) +
                                       "); this later value is used"});
        }
        matter.entries.push_back({std::move(key), *value, line.number, column});
    }
    diagnostics.push_back({file, opening, 1, Severity::error, "the front matter opened here is never closed by a '---' line"});
    return std::nullopt;
}

}  // namespace vitrine
