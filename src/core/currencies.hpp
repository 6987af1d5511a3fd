// The currencies a price may be in: every ISO 4217 code a country uses, with the digits after
// its decimal mark (JPY 0, KWD 3, most 2), from the table generated at build time out of
// Debian's iso-codes and CLDR (scripts/currency_table.py).
#pragma once

#include <string_view>

namespace vitrine {

// Whether `code` (upper case, as "ILS") is a currency prices can be in.
bool is_currency_code(std::string_view code);

// The table's own copy of `code` (upper case), which lives as long as the program; empty when
// `code` is no currency. A Money's currency views it.
std::string_view currency_code(std::string_view code);

// Digits after the decimal point in a currency (JPY 0, KWD 3, most 2); 2 for an unknown code.
int minor_digits(std::string_view currency);

}  // namespace vitrine
