// Turning the text people and scrapers write into values: prices, ratings, dates, stars, ranks.
// Each function returns nothing (std::nullopt) when the text does not say what it should.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"

namespace vitrine {

// Digits after the decimal point in an ISO 4217 currency (JPY 0, most 2).
int minor_digits(std::string_view currency);

// The ISO code a symbol or code in a price stands for ("£" → GBP, "eur" → EUR); empty if none.
std::string currency_of(std::string_view symbol_or_code);

// "£42.44", "1,299.99 USD", "1.299,99 €", "¥3,000", "₹1,499". A price without a symbol takes
// `default_currency`. "N/A" and friends give no price.
std::optional<Money> parse_price(std::string_view text, std::string_view default_currency);

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
std::vector<Rank> parse_ranks(std::string_view text);

// "1,234" → 1234; nullopt when not a whole number.
std::optional<std::int64_t> parse_count(std::string_view text);

}  // namespace vitrine
