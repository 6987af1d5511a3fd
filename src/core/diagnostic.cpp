#include "core/diagnostic.hpp"

#include <algorithm>

#include "core/utf8.hpp"

namespace vitrine {

namespace {

// Each bad sequence becomes U+FFFD; valid text comes out as it went in.
std::string valid_utf8(const std::string& text) { return std::move(repair_utf8(text).text); }

}  // namespace

Diagnostic::Diagnostic(const std::string& file_name, int line_number, int column_number, Severity level, const std::string& text)
    : file(valid_utf8(file_name)), line(line_number), column(column_number), severity(level), message(valid_utf8(text)) {}

const char* severity_name(Severity severity) {
    switch (severity) {
        case Severity::note: return "note";
        case Severity::warning: return "warning";
        case Severity::error: return "error";
    }
    return "error";
}

std::string format_diagnostic(const Diagnostic& d) {
    std::string out = d.file.empty() ? std::string("<input>") : d.file;
    if (d.line > 0) {
        out += ':' + std::to_string(d.line);
        if (d.column > 0) out += ':' + std::to_string(d.column);
    }
    out += ": ";
    out += severity_name(d.severity);
    out += ": ";
    out += d.message;
    return out;
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::error; });
}

}  // namespace vitrine
