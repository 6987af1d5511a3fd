#include "core/normalise.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "core/currency_symbols.hpp"
#include "core/limits.hpp"
#include "core/price_digits.hpp"
#include "core/text.hpp"

namespace vitrine {

namespace {

constexpr std::string_view kNoPrice[] = {"n/a", "na", "-", "—", "none", "unavailable", "not available", "price not available"};

constexpr std::array<std::string_view, 12> kMonths = {"january", "february", "march",     "april",   "may",      "june",
                                                      "july",    "august",   "september", "october", "november", "december"};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_alpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

std::string upper_ascii(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    return out;
}

// The currency a price text names, by symbol or by a three-letter code standing alone.
std::string find_currency(std::string_view text) {
    if (std::string code = currency_of_symbol_in(text); !code.empty()) return code;
    for (std::size_t i = 0; i + 3 <= text.size(); ++i) {
        const bool starts_word = i == 0 || !is_alpha(text[i - 1]);
        const bool ends_word = i + 3 == text.size() || !is_alpha(text[i + 3]);
        if (!starts_word || !ends_word) continue;
        const std::string code(currency_of(text.substr(i, 3)));
        if (!code.empty()) return code;
    }
    return {};
}

// The run of digits and separators holding the amount, e.g. "1.299,99".
std::string_view number_run(std::string_view text) {
    const std::size_t first = text.find_first_of("0123456789");
    if (first == std::string_view::npos) return {};
    std::size_t last = first;
    for (std::size_t i = first; i < text.size(); ++i) {
        if (is_digit(text[i])) last = i;
        else if (text[i] != ',' && text[i] != '.' && text[i] != '\'' && text[i] != ' ') break;
    }
    return text.substr(first, last - first + 1);
}

// Which separator, if any, marks the decimals: the last one when both kinds appear; a lone one
// unless three digits follow it, which is a thousands group ("24,95" decimal, "3,000" not). In a
// currency of three minor digits (KWD, BHD, TND) three digits after a lone mark are its fils or
// millimes ("12.500 KWD", "12,500 DT"), as those shops write every price.
char decimal_separator(std::string_view number, int currency_digits) {
    const std::size_t dot = number.rfind('.');
    const std::size_t comma = number.rfind(',');
    if (dot != std::string_view::npos && comma != std::string_view::npos) return dot > comma ? '.' : ',';
    const char sep = dot != std::string_view::npos ? '.' : comma != std::string_view::npos ? ',' : '\0';
    if (sep == '\0' || std::count(number.begin(), number.end(), sep) > 1) return '\0';
    const std::size_t after = number.size() - number.rfind(sep) - 1;
    return after == 3 && currency_digits != 3 ? '\0' : sep;
}

// Whether the separators in a whole number group its digits as people write them: 1,299 and
// 1.234.567 (threes), ₹1,49,999 (Indian: twos, then three). "1,23,4" is a typo, and reading a
// guess from it would show a price the page never gave.
bool well_grouped(std::string_view whole) {
    std::size_t group = 0, groups = 0;
    for (const char c : whole) {
        if (is_digit(c)) {
            ++group;
            continue;
        }
        const bool fits = groups == 0 ? group >= 1 && group <= 3 : group == 2 || group == 3;
        if (!fits) return false;
        ++groups;
        group = 0;
    }
    return groups == 0 || group == 3;
}

// One decimal mark at most, only digits after it, well-grouped digits before it.
bool well_formed(std::string_view number, char decimal) {
    if (decimal == '\0') return well_grouped(number);
    const std::size_t mark = number.find(decimal);
    const std::string_view fraction = number.substr(mark + 1);
    return well_grouped(number.substr(0, mark)) && std::all_of(fraction.begin(), fraction.end(), is_digit);
}

// "1e309": the number run stops at the "e", and the price would read as 1.
bool exponent_follows(std::string_view after_number) {
    return after_number.size() >= 2 && (after_number[0] == 'e' || after_number[0] == 'E') &&
           (is_digit(after_number[1]) || after_number[1] == '+' || after_number[1] == '-');
}

std::optional<std::int64_t> to_minor_units(std::string_view number, char decimal, int digits) {
    std::int64_t whole = 0, fraction = 0;
    int fraction_digits = 0;
    bool in_fraction = false;
    for (const char c : number) {
        if (c == decimal && decimal != '\0') {
            in_fraction = true;
        } else if (is_digit(c)) {
            if (!in_fraction) {
                if (whole > kMaxPriceMinorUnits) return std::nullopt;  // and no overflow below
                whole = whole * 10 + (c - '0');
            } else if (fraction_digits < 9) {
                fraction = fraction * 10 + (c - '0');
                ++fraction_digits;
            }
        }
    }
    const auto scale = static_cast<std::int64_t>(std::pow(10, digits));
    if (whole > kMaxPriceMinorUnits / scale) return std::nullopt;  // CLF's 4 digits would overflow below
    // Extra decimals beyond the currency's minor unit are rounded, half away from zero.
    const double fraction_minor = static_cast<double>(fraction) * static_cast<double>(scale) / std::pow(10, fraction_digits);
    const std::int64_t minor = whole * scale + static_cast<std::int64_t>(std::llround(fraction_minor));
    if (minor > kMaxPriceMinorUnits) return std::nullopt;
    return minor;
}

// "4.6" or "4,6": a small non-negative decimal, read without the C locale.
std::optional<double> parse_decimal(std::string_view text) {
    // Digits are gathered as one integer and divided once, so "4.6" gives the double nearest 4.6.
    std::int64_t digits = 0;
    int decimals = 0;
    bool in_fraction = false, any_digit = false;
    for (const char c : text) {
        if ((c == '.' || c == ',') && !in_fraction) {
            in_fraction = true;
        } else if (is_digit(c) && digits < INT64_MAX / 10 - 9 && decimals < 15) {
            any_digit = true;
            digits = digits * 10 + (c - '0');
            decimals += in_fraction ? 1 : 0;
        } else {
            return std::nullopt;
        }
    }
    if (!any_digit) return std::nullopt;
    return static_cast<double>(digits) / std::pow(10.0, decimals);
}

std::optional<int> parse_int(std::string_view text) {
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

int month_number(std::string_view name) {
    const std::string lower = to_lower_ascii(name);
    for (std::size_t i = 0; i < kMonths.size(); ++i) {
        if (lower == kMonths[i] || (lower.size() >= 3 && kMonths[i].substr(0, lower.size()) == lower)) {
            return static_cast<int>(i) + 1;
        }
    }
    return 0;
}

std::optional<std::string> iso_date(int year, int month, int day) {
    static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1 || day > kDays[month - 1]) return std::nullopt;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (month == 2 && day == 29 && !leap) return std::nullopt;
    char buffer[32];  // roomy: the compiler cannot see the ranges checked above
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return std::string(buffer);
}

std::vector<std::string_view> words(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == ',' || text[i] == '.')) ++i;
        const std::size_t start = i;
        while (i < text.size() && text[i] != ' ' && text[i] != ',') ++i;
        if (i > start) out.push_back(text.substr(start, i - start));
    }
    return out;
}

struct PriceReading {
    std::optional<Money> money;
    std::string problem;  // why there is no money, when the text is not a way of saying "no price"
};

// parse_price and price_problem, in one place so that they cannot disagree.
PriceReading read_price_text(std::string_view text, std::string_view stated_currency) {
    const std::string_view trimmed = trim(text);
    if (is_no_price(trimmed)) return {};
    const std::string quoted = "price \"" + std::string(trimmed) + "\"";
    const std::string plain = ascii_price_digits(trimmed);
    std::string_view currency = currency_of(stated_currency);
    if (currency.empty()) currency = currency_code(find_currency(plain));
    const std::string_view number = number_run(plain);
    if (number.empty()) return {std::nullopt, quoted + " is not a number"};
    if (currency.empty()) return {std::nullopt, quoted + " names no currency, and the page gives no known currency code"};
    const std::size_t start = static_cast<std::size_t>(number.data() - plain.data());
    const std::string_view before = std::string_view(plain).substr(0, start), after = std::string_view(plain).substr(start + number.size());
    // A price has no sign: "-£5.00" is a refund or a typo, and without its sign it would read as £5.
    if (before.find('-') != std::string_view::npos || before.find("−") != std::string_view::npos) return {std::nullopt, quoted + " is negative"};
    if (exponent_follows(after)) return {std::nullopt, quoted + " is written with an exponent"};
    const int digits = minor_digits(currency);
    const char decimal = decimal_separator(number, digits);
    if (!well_formed(number, decimal)) return {std::nullopt, quoted + " has misplaced separators"};
    const auto minor = to_minor_units(number, decimal, digits);
    if (!minor) return {std::nullopt, quoted + " is too large (at most " + format_money({kMaxPriceMinorUnits, Text(currency)}) + ")"};
    return {Money{*minor, Text(currency)}, ""};
}

}  // namespace

std::string_view currency_of(std::string_view symbol_or_code) {
    const std::string_view t = trim(symbol_or_code);
    if (const std::string code = currency_of_symbol(t); !code.empty()) return currency_code(code);
    return currency_code(upper_ascii(t));
}

double major_units(const Money& money) {
    return static_cast<double>(money.minor) / std::pow(10.0, minor_digits(money.currency));
}

std::string format_money(const Money& money) {
    const int digits = minor_digits(money.currency);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f %.*s", digits, major_units(money), static_cast<int>(money.currency.size()), money.currency.data());
    return buffer;
}

bool is_no_price(std::string_view text) {
    const std::string lower = to_lower_ascii(trim(text));
    return lower.empty() || std::find(std::begin(kNoPrice), std::end(kNoPrice), lower) != std::end(kNoPrice);
}

std::optional<Money> parse_price(std::string_view text, std::string_view stated_currency) {
    return read_price_text(text, stated_currency).money;
}

bool price_text_allows(std::string_view text, std::string_view currency) {
    const std::string written = find_currency(text);
    if (written.empty() || written == currency) return true;
    return shared_symbol_in(text, currency);
}

std::string price_problem(std::string_view text, std::string_view stated_currency) {
    return read_price_text(text, stated_currency).problem;
}

std::optional<Rating> parse_rating_summary(std::string_view text) {
    const std::size_t out_of = text.find("out of");
    if (out_of == std::string_view::npos) return std::nullopt;
    std::size_t end = out_of;
    while (end > 0 && text[end - 1] == ' ') --end;
    std::size_t begin = end;
    while (begin > 0 && (is_digit(text[begin - 1]) || text[begin - 1] == '.' || text[begin - 1] == ',')) --begin;
    if (begin == end) return std::nullopt;
    const auto average = parse_decimal(text.substr(begin, end - begin));
    if (!average || *average > 5) return std::nullopt;
    Rating rating{*average, 0};
    const std::size_t open = text.find('(', out_of);
    const std::size_t close = open == std::string_view::npos ? open : text.find(')', open);
    if (close != std::string_view::npos) {
        // "(553)" or "(553 ratings)"; "(1.5)" counts nothing, and the summary is not one. Words
        // ("(See all reviews)") are no count: the average stands alone.
        const std::string_view inside = trim(text.substr(open + 1, close - open - 1));
        if (!inside.empty() && is_digit(inside.front())) {
            const auto count = parse_count(inside.substr(0, inside.find(' ')));
            if (!count) return std::nullopt;
            rating.count = *count;
        }
    }
    return rating;
}

std::optional<std::string> parse_date(std::string_view text) {
    const std::string_view t = trim(text);
    if (t.size() == 10 && t[4] == '-' && t[7] == '-') {
        const auto y = parse_int(t.substr(0, 4)), m = parse_int(t.substr(5, 2)), d = parse_int(t.substr(8, 2));
        if (y && m && d) return iso_date(*y, *m, *d);
        return std::nullopt;
    }
    const std::vector<std::string_view> w = words(t);
    if (w.size() != 3) return std::nullopt;
    if (const int month = month_number(w[0]); month != 0) {  // June 19, 2020
        const auto day = parse_int(w[1]), year = parse_int(w[2]);
        if (day && year) return iso_date(*year, month, *day);
    }
    if (const int month = month_number(w[1]); month != 0) {  // 19 June 2020
        const auto day = parse_int(w[0]), year = parse_int(w[2]);
        if (day && year) return iso_date(*year, month, *day);
    }
    return std::nullopt;
}

int count_stars(std::string_view text) {
    int stars = 0;
    for (const std::string_view star : {std::string_view("⭐"), std::string_view("★")}) {
        for (std::size_t at = text.find(star); at != std::string_view::npos; at = text.find(star, at + star.size())) ++stars;
    }
    return stars;
}

std::vector<Rank> parse_ranks(std::string_view text, Arena& arena) {
    std::vector<Rank> ranks;
    std::size_t hash = text.find('#');
    while (hash != std::string_view::npos) {
        const std::size_t next = text.find('#', hash + 1);
        std::string_view piece = text.substr(hash + 1, next == std::string_view::npos ? next : next - hash - 1);
        const std::size_t in = piece.find(" in ");
        if (in != std::string_view::npos) {
            std::string_view category = piece.substr(in + 4);
            category = category.substr(0, category.find('('));  // drops "( See Top 100 in Books )"
            const auto rank = parse_count(piece.substr(0, in));
            if (rank && !trim(category).empty()) ranks.push_back({arena.keep(collapse_spaces(category)), *rank});
        }
        hash = next;
    }
    return ranks;
}

std::optional<std::int64_t> parse_count(std::string_view text) {
    const std::string_view t = trim(text);
    if (t.empty()) return std::nullopt;
    // Separators group thousands ("1,207", "1.207"); one that does not ("3.7") makes a fraction.
    const bool only_digits_and_separators = std::all_of(t.begin(), t.end(), [](char c) { return is_digit(c) || c == ',' || c == '.' || c == '\''; });
    if (!only_digits_and_separators || !well_grouped(t)) return std::nullopt;
    std::int64_t value = 0;
    for (const char c : t) {
        if (!is_digit(c)) continue;
        if (value > INT64_MAX / 10 - 9) return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

}  // namespace vitrine
