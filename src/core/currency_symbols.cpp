#include "core/currency_symbols.hpp"

namespace vitrine {

namespace {

struct CurrencySymbol {
    std::string_view symbol;
    std::string_view code;
};

// A symbol that holds another ("US$" holds "$", "Rs." holds "Rs") comes first, so it wins.
// The Arabic forms are the ones CLDR gives each country's locale, without its final dot.
constexpr CurrencySymbol kSymbols[] = {
    {"US$", "USD"}, {"CA$", "CAD"}, {"AU$", "AUD"}, {"HK$", "HKD"}, {"NZ$", "NZD"}, {"MX$", "MXN"},
    {"NT$", "TWD"}, {"R$", "BRL"},  {"S$", "SGD"},  {"A$", "AUD"},  {"C$", "CAD"},  {"Rs.", "INR"},
    {"Rs", "INR"},  {"Kč", "CZK"},  {"zł", "PLN"},  {"Ft", "HUF"},  {"RM", "MYR"},  {"Rp", "IDR"},
    {"TL", "TRY"},  {"kr", "SEK"},  {"lei", "RON"}, {"лв", "BGN"},  {"KD", "KWD"},  {"BD", "BHD"},
    {"د.إ", "AED"}, {"ر.س", "SAR"}, {"ر.ق", "QAR"}, {"ر.ع", "OMR"}, {"د.ك", "KWD"}, {"د.ب", "BHD"},
    {"د.أ", "JOD"}, {"د.ت", "TND"}, {"د.م", "MAD"}, {"ج.م", "EGP"}, {"ر.ي", "YER"}, {"ریال", "IRR"},
    {"ريال", "SAR"}, {"درهم", "AED"}, {"﷼", "SAR"}, {"ש״ח", "ILS"}, {"ש\"ח", "ILS"}, {"บาท", "THB"},
    {"£", "GBP"},   {"€", "EUR"},   {"¥", "JPY"},   {"円", "JPY"},  {"元", "CNY"},  {"₹", "INR"},
    {"₩", "KRW"},   {"원", "KRW"},  {"₪", "ILS"},   {"฿", "THB"},   {"₫", "VND"},   {"đ", "VND"},
    {"₺", "TRY"},   {"₴", "UAH"},   {"₦", "NGN"},   {"₱", "PHP"},   {"₽", "RUB"},   {"₸", "KZT"},
    {"₾", "GEL"},   {"₼", "AZN"},   {"৳", "BDT"},   {"₡", "CRC"},   {"₲", "PYG"},   {"₵", "GHS"},
    {"₭", "LAK"},   {"៛", "KHR"},   {"₮", "MNT"},   {"$", "USD"},
};

// The other currencies a shared symbol stands for: "$" alone is also the Canadian dollar.
constexpr CurrencySymbol kSharedSymbols[] = {
    {"$", "AUD"},   {"$", "CAD"},    {"$", "HKD"},    {"$", "MXN"},    {"$", "NZD"},   {"$", "SGD"},
    {"$", "ARS"},   {"$", "CLP"},    {"$", "COP"},    {"$", "TWD"},    {"¥", "CNY"},   {"£", "EGP"},
    {"kr", "NOK"},  {"kr", "DKK"},   {"kr", "ISK"},   {"Rs", "PKR"},   {"Rs", "LKR"},  {"Rs", "NPR"},
    {"﷼", "IRR"},   {"﷼", "OMR"},    {"﷼", "QAR"},    {"﷼", "YER"},    {"ريال", "OMR"}, {"ريال", "QAR"},
    {"ريال", "YER"}, {"درهم", "MAD"},
};

bool is_ascii_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// Where `symbol` is written in `text`. One made of Latin letters ("kr", "TL") must stand as a
// word, so that "TL" is not read inside "TLC".
bool contains_symbol(std::string_view text, std::string_view symbol) {
    for (std::size_t at = text.find(symbol); at != std::string_view::npos; at = text.find(symbol, at + 1)) {
        const std::size_t end = at + symbol.size();
        const bool free_before = !is_ascii_letter(symbol.front()) || at == 0 || !is_ascii_letter(text[at - 1]);
        const bool free_after = !is_ascii_letter(symbol.back()) || end == text.size() || !is_ascii_letter(text[end]);
        if (free_before && free_after) return true;
    }
    return false;
}

}  // namespace

std::string currency_of_symbol(std::string_view symbol) {
    for (const auto& [written, code] : kSymbols) {
        if (symbol == written) return std::string(code);
    }
    return {};
}

std::string currency_of_symbol_in(std::string_view text) {
    for (const auto& [symbol, code] : kSymbols) {
        if (contains_symbol(text, symbol)) return std::string(code);
    }
    return {};
}

bool shared_symbol_in(std::string_view text, std::string_view currency) {
    for (const auto& [symbol, code] : kSharedSymbols) {
        if (code == currency && contains_symbol(text, symbol)) return true;
    }
    return false;
}

}  // namespace vitrine
