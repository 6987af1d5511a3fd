// Problems found in input data. Errors are values: every parser returns them beside its result.
#pragma once

#include <string>
#include <vector>

namespace vitrine {

enum class Severity { note, warning, error };

// Made only through its constructor, which makes the file name and the message valid UTF-8:
// both quote input bytes (a value, a path, a parser's "last read" text cut mid-character), and
// JSON (nlohmann's dump() throws on invalid UTF-8), the viewer and terminals need valid text.
struct Diagnostic {
    Diagnostic(const std::string& file, int line, int column, Severity severity, const std::string& message);

    std::string file;
    int line;        // 1-based; 0 when the problem concerns the whole file
    int column;      // 1-based byte column; 0 when unknown
    Severity severity;
    std::string message;
};

const char* severity_name(Severity severity);

// "file:line:col: severity: message", the form compilers use, so editors can jump to it.
std::string format_diagnostic(const Diagnostic& diagnostic);

bool has_errors(const std::vector<Diagnostic>& diagnostics);

}  // namespace vitrine
