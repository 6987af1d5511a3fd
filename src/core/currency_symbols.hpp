// The symbols and local forms prices are written with ("₪", "฿", "zł", "د.إ", "Rs"), and which
// currency each stands for. A symbol several currencies write ("$", "kr", "﷼") stands first
// for the one listed as its own and can stand for the others too.
#pragma once

#include <string>
#include <string_view>

namespace vitrine {

// The currency a symbol stands for when it stands alone ("₪" → ILS); empty if it is none.
std::string currency_of_symbol(std::string_view symbol);

// The currency of the first symbol written in a price text ("299 د.إ" → AED); empty if none.
std::string currency_of_symbol_in(std::string_view text);

// Whether a symbol in `text` that several currencies write can stand for `currency` ("$" CAD).
bool shared_symbol_in(std::string_view text, std::string_view currency);

}  // namespace vitrine
