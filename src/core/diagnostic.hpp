// Problems found in input data. Errors are values: every parser returns them beside its result.
#pragma once

#include <string>
#include <vector>

namespace vitrine {

enum class Severity { note, warning, error };

struct Diagnostic {
    std::string file;
    int line = 0;    // 1-based; 0 when the problem concerns the whole file
    int column = 0;  // 1-based byte column; 0 when unknown
    Severity severity = Severity::error;
    std::string message;
};

const char* severity_name(Severity severity);

// "file:line:col: severity: message", the form compilers use, so editors can jump to it.
std::string format_diagnostic(const Diagnostic& diagnostic);

bool has_errors(const std::vector<Diagnostic>& diagnostics);

}  // namespace vitrine
