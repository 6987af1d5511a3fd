// The vitrine commands. Each returns the process exit status.
#pragma once

#include <string>
#include <vector>

namespace vitrine::cli {

constexpr int kClean = 0;
constexpr int kRecordsSkipped = 1;
constexpr int kUsageError = 2;

int pack(const std::vector<std::string>& args);
int check(const std::vector<std::string>& args);
int show(const std::vector<std::string>& args);
int search(const std::vector<std::string>& args);

}  // namespace vitrine::cli
