// The vitrine commands. Each returns the process exit status.
#pragma once

#include <string>
#include <vector>

#include "core/catalogue.hpp"

namespace vitrine::cli {

constexpr int kClean = 0;
constexpr int kRecordsSkipped = 1;
constexpr int kUsageError = 2;

// Prints the diagnostics to stderr in the compilers' form, control characters escaped; the
// status says whether records were lost (kRecordsSkipped) or not (kClean).
int report(const Catalogue& catalogue);

int pack(const std::vector<std::string>& args);
int check(const std::vector<std::string>& args);
int show(const std::vector<std::string>& args);
int search(const std::vector<std::string>& args);

}  // namespace vitrine::cli
