// The few Markdown constructs product pages are made of: list items, table rows, paragraphs,
// links and images. Plain string scanning, no regex: pages are parsed by the hundred thousand.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "core/source_lines.hpp"

namespace vitrine {

// "- item", "* item" or "+ item" → "item"; empty when the line is not a list item.
std::string_view list_item(std::string_view line);

// Table cells split on '|' that is not escaped as "\|", each trimmed.
std::vector<std::string> table_cells(std::string_view row);

// "|---|:--:|": the line under a table's header.
bool is_table_separator(std::string_view row);

// "---", "***" or "___" alone on a line.
bool is_rule(std::string_view line);

// Runs of non-empty lines joined by spaces; paragraphs are separated by blank lines.
std::vector<std::string> paragraphs(const std::vector<SourceLine>& lines);

// Paragraphs joined by a blank line, the form bodies are stored in.
std::string join_paragraphs(const std::vector<std::string>& paragraphs);

// "[text](url)" → "text (url)", so answers read well as plain text and keep their link.
std::string plain_links(std::string_view text);

// Every "![alt](url)" in a line, as views into it.
std::vector<Image> images_in(std::string_view line);

}  // namespace vitrine
