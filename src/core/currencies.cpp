#include "core/currencies.hpp"

#include <algorithm>
#include <iterator>

#include "core/currency_table.hpp"

namespace vitrine {

namespace {

const generated::CurrencyDigits* find_code(std::string_view code) {
    const auto* found = std::lower_bound(std::begin(generated::kCurrencies), std::end(generated::kCurrencies), code,
                                         [](const generated::CurrencyDigits& c, std::string_view wanted) { return c.code < wanted; });
    return found != std::end(generated::kCurrencies) && found->code == code ? found : nullptr;
}

}  // namespace

bool is_currency_code(std::string_view code) { return find_code(code) != nullptr; }

std::string_view currency_code(std::string_view code) {
    const auto* found = find_code(code);
    return found != nullptr ? std::string_view(found->code) : std::string_view();
}

int minor_digits(std::string_view currency) {
    const auto* found = find_code(currency);
    return found != nullptr ? found->digits : 2;
}

}  // namespace vitrine
