// Every currency a shop sells in: the codes and minor digits generated from iso-codes and CLDR,
// the local symbols before or after the number, local digits, and the trip page → JSON → catalogue.
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <tuple>

#include "core/catalogue.hpp"
#include "core/limits.hpp"
#include "core/normalise.hpp"

using namespace vitrine;

TEST_CASE("every active ISO 4217 code is a currency, with its minor digits") {
    const auto [code, digits] = GENERATE(table<const char*, int>({
        {"GBP", 2}, {"ILS", 2}, {"THB", 2}, {"AED", 2}, {"SAR", 2}, {"TRY", 2}, {"INR", 2}, {"UAH", 2}, {"NGN", 2},
        {"JPY", 0}, {"KRW", 0}, {"VND", 0}, {"CLP", 0}, {"ISK", 0}, {"PYG", 0}, {"UGX", 0}, {"XOF", 0},
        {"KWD", 3}, {"BHD", 3}, {"OMR", 3}, {"JOD", 3}, {"TND", 3}, {"LYD", 3},
    }));
    CAPTURE(code);
    CHECK(is_currency_code(code));
    CHECK(minor_digits(code) == digits);
    CHECK(currency_of(code) == code);
}

TEST_CASE("what is not a shop's currency is not accepted as one") {
    const char* code = GENERATE("XXX", "XTS", "XAU", "ABC", "EURO", "");
    CAPTURE(code);
    CHECK_FALSE(is_currency_code(code));
    CHECK(currency_of(code).empty());
}

TEST_CASE("local symbols and forms, before or after the number, name their currency") {
    const auto [text, minor, currency] = GENERATE(table<const char*, std::int64_t, const char*>({
        {"₪149.90", 14990, "ILS"},
        {"149.90 ₪", 14990, "ILS"},
        {"‏149.90 ₪", 14990, "ILS"},          // with a right-to-left mark, as CLDR writes Hebrew
        {"149 ש״ח", 14900, "ILS"},
        {"฿1,290", 129000, "THB"},
        {"1,290 บาท", 129000, "THB"},
        {"₩39,000", 39000, "KRW"},
        {"1.250.000 ₫", 1250000, "VND"},
        {"250.000đ", 250000, "VND"},
        {"₺1.299,90", 129990, "TRY"},
        {"1.299,90 TL", 129990, "TRY"},
        {"₴2 499", 249900, "UAH"},
        {"₦15,000", 1500000, "NGN"},
        {"₱2,499.00", 249900, "PHP"},
        {"299 د.إ", 29900, "AED"},
        {"د.إ.‏ 299.50", 29950, "AED"},
        {"٢٩٩ ر.س", 29900, "SAR"},           // Arabic-Indic digits
        {"١٬٢٩٩٫٥٠ ر.س", 129950, "SAR"},      // with the Arabic thousands and decimal marks
        {"۱۲۰٬۰۰۰ ریال", 120000, "IRR"},      // Persian digits; IRR has no minor digits in CLDR
        {"﷼ 45", 4500, "SAR"},
        {"1 234,50 zł", 123450, "PLN"},     // no-break space groups thousands
        {"1 299 Kč", 129900, "CZK"},
        {"Rs. 1,499", 149900, "INR"},
        {"₹१,४९९", 149900, "INR"},           // Devanagari digits
        {"CHF 1’299.50", 129950, "CHF"},
        {"R$ 1.234,50", 123450, "BRL"},
        {"HK$88", 8800, "HKD"},
    }));
    CAPTURE(text);
    const auto money = parse_price(text, "");
    REQUIRE(money);
    CHECK(money->minor == minor);
    CHECK(money->currency == currency);
}

TEST_CASE("a Latin symbol counts only as a word of its own") {
    CHECK_FALSE(parse_price("TLC 12", ""));  // no "TL" (lira) inside "TLC"
    CHECK(parse_price("12 TL", "")->currency == "TRY");
}

TEST_CASE("three minor digits are read and written as such, and none as none") {
    const auto [text, minor, currency, formatted] = GENERATE(table<const char*, std::int64_t, const char*, const char*>({
        {"12.500 KWD", 12500, "KWD", "12.500 KWD"},
        {"د.ك 12.500", 12500, "KWD", "12.500 KWD"},
        {"KD 1,250.750", 1250750, "KWD", "1250.750 KWD"},
        {"BHD 3.250", 3250, "BHD", "3.250 BHD"},
        {"OMR 7.5", 7500, "OMR", "7.500 OMR"},
        {"12,500 TND", 12500, "TND", "12.500 TND"},   // Tunisia writes a decimal comma
        {"JOD 0.750", 750, "JOD", "0.750 JOD"},
        {"¥3,000", 3000, "JPY", "3000 JPY"},
        {"₩1,250,000", 1250000, "KRW", "1250000 KRW"},
        {"45.000 ₫", 45000, "VND", "45000 VND"},
        {"CLP 19.990", 19990, "CLP", "19990 CLP"},
        {"ISK 4.990", 4990, "ISK", "4990 ISK"},
    }));
    CAPTURE(text);
    const auto money = parse_price(text, "");
    REQUIRE(money);
    CHECK(money->minor == minor);
    CHECK(money->currency == currency);
    CHECK(format_money(*money) == formatted);
}

TEST_CASE("the largest price of any currency survives page → JSON → catalogue") {
    const auto [currency, largest] = GENERATE(table<const char*, const char*>({
        {"KWD", "999999999999.999"},
        {"JPY", "999999999999999"},
        {"GBP", "9999999999999.99"},
        {"CLF", "99999999999.9999"},
    }));
    CAPTURE(currency);
    const auto money = parse_price(std::string(largest) + " " + currency, "");
    REQUIRE(money);
    CHECK(money->minor == kMaxPriceMinorUnits);
    Product product;
    product.id = "p1";
    product.title = "Largest";
    product.price = money;
    product.price_text = largest;
    const Catalogue back = read_catalogue_json(write_catalogue_json({product}), "largest.json");
    CHECK(back.diagnostics.empty());
    REQUIRE(back.products.size() == 1);
    REQUIRE(back.products[0].price);
    CHECK(back.products[0].price->minor == kMaxPriceMinorUnits);
    CHECK(back.products[0].price->currency == currency);
    CHECK_FALSE(parse_price(std::string(largest) + "9 " + currency, ""));
}

TEST_CASE("a JSON catalogue priced in shekels, baht and dinars loads") {
    const Catalogue c = read_catalogue_json(R"({"schema": "vitrine.catalogue/1", "products": [
        {"id": "il", "title": "Kettle", "price": {"amount": 149.9, "currency": "ILS", "text": "149.90 ₪"}},
        {"id": "th", "title": "Fan", "price": {"amount": 1290, "currency": "THB", "text": "฿1,290"}},
        {"id": "kw", "title": "Lamp", "price": {"amount": 12.5, "currency": "KWD", "text": "12.500 د.ك"}}]})",
                                            "shop.json");
    CHECK(c.diagnostics.empty());
    REQUIRE(c.products.size() == 3);
    CHECK(c.products[0].price->minor == 14990);
    CHECK(c.products[1].price->minor == 129000);
    CHECK(c.products[2].price->minor == 12500);
}

TEST_CASE("a price text without an amount keeps its words") {
    const Catalogue c = parse_product_page("---\nproduct_id: A1\ntitle: Sofa\nprice: Call for price\ncurrency: ILS\n---\n", "sofa.md");
    REQUIRE(c.products.size() == 1);
    CHECK_FALSE(c.products[0].price);
    CHECK(c.products[0].price_text == "Call for price");
}
