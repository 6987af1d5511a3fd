#include "core/source_lines.hpp"

#include "core/limits.hpp"
#include "core/text.hpp"
#include "core/utf8.hpp"

namespace vitrine {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

}  // namespace

SourceLines::SourceLines(std::string_view input, const std::string& file, std::vector<Diagnostic>& diagnostics) {
    const std::size_t bom = input.substr(0, kBom.size()) == kBom ? kBom.size() : 0;
    Utf8Repair repaired = repair_utf8(input.substr(bom));
    constexpr std::size_t kReported = 20;  // a binary file would otherwise flood the list
    std::vector<std::size_t> offsets;       // in the input as given, BOM included
    for (std::size_t i = 0; i < repaired.bad_offsets.size() && i < kReported; ++i) offsets.push_back(repaired.bad_offsets[i] + bom);
    const std::vector<TextPosition> positions = positions_of(input, offsets);
    for (std::size_t i = 0; i < offsets.size(); ++i) {
        diagnostics.push_back({file, positions[i].line, positions[i].column, Severity::warning,
                               "invalid UTF-8 at byte offset " + std::to_string(offsets[i]) + "; replaced by U+FFFD"});
    }
    if (repaired.bad_offsets.size() > kReported) {
        diagnostics.push_back({file, 0, 0, Severity::warning,
                               std::to_string(repaired.bad_offsets.size() - kReported) + " more invalid UTF-8 sequences replaced"});
    }
    text_ = std::move(repaired.text);

    std::string_view rest = text_;
    int number = 1;
    while (!rest.empty()) {
        // A line ends at LF, CRLF or a lone CR (classic Mac OS files).
        const std::size_t newline = rest.find_first_of("\r\n");
        const std::size_t ending = newline != std::string_view::npos && rest.substr(newline, 2) == "\r\n" ? 2 : 1;
        std::string_view line = rest.substr(0, newline);
        while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
        // A line is a title, a table row, a paragraph: cutting it here bounds every single-line field.
        if (line.size() > kMaxFieldBytes) {
            diagnostics.push_back({file, number, static_cast<int>(kMaxFieldBytes) + 1, Severity::warning,
                                   "the line is " + std::to_string(line.size()) + " bytes long; only its first " +
                                       std::to_string(kMaxFieldBytes) + " are read"});
            line = utf8_prefix(line, kMaxFieldBytes);
        }
        lines_.push_back({line, number++});
        if (newline == std::string_view::npos) break;
        rest.remove_prefix(newline + ending);
    }
}

}  // namespace vitrine
