#include "core/front_matter.hpp"

#include <algorithm>

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

std::optional<std::string> double_quoted(std::string_view body) {
    std::string out;
    for (std::size_t i = 0; i < body.size(); ++i) {
        if (body[i] != '\\') {
            out += body[i];
            continue;
        }
        if (++i >= body.size()) return std::nullopt;
        switch (body[i]) {
            case 'n': out += '\n'; break;
            case 't': out += '\t'; break;
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'u': {
                if (i + 4 >= body.size()) return std::nullopt;
                unsigned code = 0;
                for (std::size_t k = 1; k <= 4; ++k) {
                    const int digit = hex_digit(body[i + k]);
                    if (digit < 0) return std::nullopt;
                    code = code * 16 + static_cast<unsigned>(digit);
                }
                append_utf8(out, code);
                i += 4;
                break;
            }
            default: return std::nullopt;
        }
    }
    return out;
}

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
    if (!t.empty() && (t.front() == '"' || t.front() == '\'')) return std::nullopt;  // opened, never closed
    const std::size_t comment = t.find(" #");
    return std::string(trim(t.substr(0, comment)));
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
        const auto value = yaml_scalar(raw);
        if (!value) {
            diagnostics.push_back({file, line.number, column, Severity::warning, "badly quoted value; ignored"});
            continue;
        }
        matter.entries.push_back({std::string(trim(line.text.substr(0, colon))), *value, line.number, column});
    }
    diagnostics.push_back({file, opening, 1, Severity::error, "the front matter opened here is never closed by a '---' line"});
    return std::nullopt;
}

}  // namespace vitrine
