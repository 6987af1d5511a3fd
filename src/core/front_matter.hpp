// The YAML front matter of a product page: flat `key: value` lines between two `---` lines.
// Only what product pages use is understood: plain, 'single' and "double" quoted scalars.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/source_lines.hpp"

namespace vitrine {

struct FrontMatterEntry {
    std::string key;
    std::string value;
    int line = 0;
    int column = 0;  // where the value starts
};

struct FrontMatter {
    std::vector<FrontMatterEntry> entries;
    std::size_t body_start = 0;  // index of the first line after the closing ---
};

// nullopt when the page does not start with front matter or it is not closed.
std::optional<FrontMatter> read_front_matter(const std::vector<SourceLine>& lines, const std::string& file,
                                             std::vector<Diagnostic>& diagnostics);

// The scalar a YAML value text stands for: quotes removed and escapes resolved.
std::optional<std::string> yaml_scalar(std::string_view text);

}  // namespace vitrine
