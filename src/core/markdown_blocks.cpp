#include "core/markdown_blocks.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace vitrine {

std::string_view list_item(std::string_view line) {
    const std::string_view t = trim(line);
    if (starts_with(t, "- ") || starts_with(t, "* ") || starts_with(t, "+ ")) return trim(t.substr(2));
    return {};
}

std::vector<std::string> table_cells(std::string_view row) {
    row = trim(row);
    if (!row.empty() && row.front() == '|') row.remove_prefix(1);
    if (!row.empty() && row.back() == '|' && (row.size() < 2 || row[row.size() - 2] != '\\')) row.remove_suffix(1);
    std::vector<std::string> cells(1);
    for (std::size_t i = 0; i < row.size(); ++i) {
        if (row[i] == '\\' && i + 1 < row.size() && row[i + 1] == '|') {
            cells.back() += '|';
            ++i;
        } else if (row[i] == '|') {
            cells.emplace_back();
        } else {
            cells.back() += row[i];
        }
    }
    for (std::string& cell : cells) cell = std::string(trim(cell));
    return cells;
}

bool is_table_separator(std::string_view row) {
    return row.find_first_not_of("|-: ") == std::string_view::npos && row.find('-') != std::string_view::npos;
}

bool is_rule(std::string_view line) { return line == "---" || line == "***" || line == "___"; }

std::vector<std::string> paragraphs(const std::vector<SourceLine>& lines) {
    std::vector<std::string> out;
    std::string current;
    for (const SourceLine& line : lines) {
        const std::string_view t = trim(line.text);
        if (t.empty()) {
            if (!current.empty()) out.push_back(std::move(current));
            current.clear();
            continue;
        }
        if (!current.empty()) current += ' ';
        current += t;
    }
    if (!current.empty()) out.push_back(std::move(current));
    return out;
}

std::string join_paragraphs(const std::vector<std::string>& paragraphs) {
    std::string out;
    for (const std::string& paragraph : paragraphs) {
        if (!out.empty()) out += "\n\n";
        out += paragraph;
    }
    return out;
}

std::string plain_links(std::string_view text) {
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t open = text.find('[', i);
        const std::size_t mid = open == std::string_view::npos ? open : text.find("](", open);
        const std::size_t close = mid == std::string_view::npos ? mid : text.find(')', mid);
        if (close == std::string_view::npos) break;
        out.append(text.substr(i, open - i));
        const std::string_view label = text.substr(open + 1, mid - open - 1);
        const std::string_view url = text.substr(mid + 2, close - mid - 2);
        out.append(label);
        if (label != url) out.append(" (").append(url).append(")");
        i = close + 1;
    }
    out.append(text.substr(std::min(i, text.size())));
    return out;
}

std::vector<Image> images_in(std::string_view line) {
    std::vector<Image> images;
    while (true) {
        const std::size_t bang = line.find("![");
        const std::size_t mid = bang == std::string_view::npos ? bang : line.find("](", bang);
        const std::size_t close = mid == std::string_view::npos ? mid : line.find(')', mid);
        if (close == std::string_view::npos) break;
        images.push_back({Text(line.substr(mid + 2, close - mid - 2)), Text(line.substr(bang + 2, mid - bang - 2))});
        line.remove_prefix(close + 1);
    }
    return images;
}

}  // namespace vitrine
