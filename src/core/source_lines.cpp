#include "core/source_lines.hpp"

#include "core/text.hpp"
#include "core/utf8.hpp"

namespace vitrine {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

}  // namespace

SourceLines::SourceLines(std::string_view input, const std::string& file, std::vector<Diagnostic>& diagnostics) {
    const bool has_bom = input.substr(0, kBom.size()) == kBom;
    if (has_bom) input.remove_prefix(kBom.size());
    Utf8Repair repaired = repair_utf8(input);
    constexpr std::size_t kReported = 20;  // a binary file would otherwise flood the list
    for (std::size_t i = 0; i < repaired.bad_offsets.size() && i < kReported; ++i) {
        const std::size_t offset = repaired.bad_offsets[i];
        const TextPosition at = position_of(input, offset);
        diagnostics.push_back({file, at.line, at.column, Severity::warning,
                               "invalid UTF-8 at byte offset " + std::to_string(offset + (has_bom ? kBom.size() : 0)) +
                                   "; replaced by U+FFFD"});
    }
    if (repaired.bad_offsets.size() > kReported) {
        diagnostics.push_back({file, 0, 0, Severity::warning,
                               std::to_string(repaired.bad_offsets.size() - kReported) + " more invalid UTF-8 sequences replaced"});
    }
    text_ = std::move(repaired.text);

    std::string_view rest = text_;
    int number = 1;
    while (!rest.empty()) {
        const std::size_t newline = rest.find('\n');
        std::string_view line = rest.substr(0, newline);
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
        lines_.push_back({line, number++});
        if (newline == std::string_view::npos) break;
        rest.remove_prefix(newline + 1);
    }
}

}  // namespace vitrine
