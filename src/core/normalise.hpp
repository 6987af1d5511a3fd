// Turning the text people and scrapers write into values: prices, ratings, dates, stars, ranks.
// Each function returns nothing (std::nullopt) when the text does not say what it should.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/arena.hpp"
#include "core/currencies.hpp"
#include "core/model.hpp"

namespace vitrine {

// The ISO code a symbol or code in a price stands for ("£" → GBP, "eur" → EUR), as the currency
// table holds it; empty if none.
std::string_view currency_of(std::string_view symbol_or_code);

// "£42.44", "1,299.99 USD", "1.299,99 €", "¥3,000", "₹1,499". `stated_currency` (the page's
// `currency` field) wins when it is a known code: it is the structured fact, the symbol is
// typography. Without it the symbol or code in the text decides. "N/A" and friends give no price.
std::optional<Money> parse_price(std::string_view text, std::string_view stated_currency);

// Whether the symbol or code written in a price text can stand for `currency`: "£5" cannot be
// EUR, "$5" can be CAD, "5" can be anything. The cross-check behind a currency mismatch warning.
bool price_text_allows(std::string_view text, std::string_view currency);

// Why parse_price found no price in `text`, in words for a diagnostic.
std::string price_problem(std::string_view text, std::string_view stated_currency);

// "42.44 GBP", "3000 JPY": the amount in major units with the currency's minor digits.
std::string format_money(const Money& money);

// The amount in major units, for JSON and display.
double major_units(const Money& money);

// True for the ways pages say there is no price ("N/A", "—", "unavailable").
bool is_no_price(std::string_view text);

// "4.6 4.6 out of 5 stars (553)" → {4.6, 553}.
std::optional<Rating> parse_rating_summary(std::string_view text);

// "June 19, 2020", "19 June 2020", "2020-06-19" → "2020-06-19".
std::optional<std::string> parse_date(std::string_view text);

// "⭐⭐⭐⭐" (or ★) → 4.
int count_stars(std::string_view text);

// "#193,674 in Books ( See Top 100 in Books ) #23 in Computer Hardware …" → the ranks.
// Their categories are kept in `arena`.
std::vector<Rank> parse_ranks(std::string_view text, Arena& arena);

// "1,234" → 1234; nullopt when not a whole number ("3.7", whose "." groups no thousands).
std::optional<std::int64_t> parse_count(std::string_view text);

}  // namespace vitrine
