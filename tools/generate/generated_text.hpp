// Field texts both generators write the same way.
#pragma once

#include <cstdint>
#include <random>
#include <string>

namespace vitrine::tools {

// A price as a shop writes it: the symbol, then the amount with `minor_digits` (0 or 2) decimals.
std::string money_text(const char* symbol, int minor_digits, std::int64_t minor);

// A YYYY-MM-DD date in [first_year, first_year + years), days 1 to 28; the year is drawn first,
// then the month, then the day, so the same seed gives the same date with any compiler.
std::string date_text(std::mt19937_64& random, int first_year, int years);

}  // namespace vitrine::tools
