// A text split into lines that remember their 1-based numbers: CRLF and CR line ends, a BOM and invalid UTF-8
// are dealt with once, here, so the parsers see clean lines.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.hpp"

namespace vitrine {

struct SourceLine {
    std::string_view text;  // without the line ending, trailing spaces removed
    int number = 0;         // 1-based
};

class SourceLines {
public:
    // Invalid UTF-8 is replaced and reported into `diagnostics`, naming `file`.
    SourceLines(std::string_view input, const std::string& file, std::vector<Diagnostic>& diagnostics);

    const std::vector<SourceLine>& lines() const { return lines_; }

private:
    std::string text_;
    std::vector<SourceLine> lines_;
};

}  // namespace vitrine
