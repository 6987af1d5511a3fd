#include "generated_text.hpp"

#include <cstdio>

namespace vitrine::tools {

std::string money_text(const char* symbol, int minor_digits, std::int64_t minor) {
    if (minor_digits == 0) return std::string(symbol) + std::to_string(minor);
    const std::string cents = std::to_string(minor % 100);
    return std::string(symbol) + std::to_string(minor / 100) + "." + (cents.size() == 1 ? "0" : "") + cents;
}

std::string date_text(std::mt19937_64& random, int first_year, int years) {
    const auto year = static_cast<std::uint64_t>(first_year) + random() % static_cast<std::uint64_t>(years);
    const auto month = 1 + random() % 12;
    const auto day = 1 + random() % 28;
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", static_cast<int>(year), static_cast<int>(month), static_cast<int>(day));
    return buffer;
}

}  // namespace vitrine::tools
