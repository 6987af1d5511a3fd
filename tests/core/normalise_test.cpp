// The normalisation rules, each as a table of what pages say and what it must mean.
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <tuple>

#include "core/normalise.hpp"

using namespace vitrine;

TEST_CASE("prices in symbols and codes, before or after the number, become minor units") {
    const auto [text, fallback, minor, currency] = GENERATE(table<const char*, const char*, std::int64_t, const char*>({
        {"£42.44", "", 4244, "GBP"},
        {"$1,299.99", "", 129999, "USD"},
        {"1,299.99 USD", "", 129999, "USD"},
        {"1.299,99 €", "", 129999, "EUR"},
        {"€24,95", "", 2495, "EUR"},
        {"24,95 €", "", 2495, "EUR"},
        {"EUR 19.90", "", 1990, "EUR"},
        {"¥3,000", "", 3000, "JPY"},
        {"3000 JPY", "", 3000, "JPY"},
        {"₹1,499", "", 149900, "INR"},
        {"₹1,49,999", "", 14999900, "INR"},
        {"12.5", "GBP", 1250, "GBP"},
        {"  £7  ", "", 700, "GBP"},
        {"US$ 10", "", 1000, "USD"},
    }));
    CAPTURE(text);
    const auto money = parse_price(text, fallback);
    REQUIRE(money);
    CHECK(money->minor == minor);
    CHECK(money->currency == currency);
}

TEST_CASE("no price is not an error, and nonsense is not a price") {
    const char* none = GENERATE("N/A", "n/a", "", "—", "unavailable");
    CAPTURE(none);
    CHECK(is_no_price(none));
    CHECK_FALSE(parse_price(none, "GBP"));
    const char* nonsense = GENERATE("abc", "£", "12.50");  // the last has no currency at all
    CAPTURE(nonsense);
    CHECK_FALSE(parse_price(nonsense, ""));
}

TEST_CASE("money formats back with its currency's minor digits") {
    CHECK(format_money({4244, "GBP"}) == "42.44 GBP");
    CHECK(format_money({3000, "JPY"}) == "3000 JPY");
    CHECK(major_units({129999, "USD"}) == 1299.99);
}

TEST_CASE("rating summaries give the average and the number of ratings") {
    const auto [text, average, count] = GENERATE(table<const char*, double, std::int64_t>({
        {"4.6 4.6 out of 5 stars (553)", 4.6, 553},
        {"4.3 out of 5 stars (1,207)", 4.3, 1207},
        {"5 out of 5 stars", 5.0, 0},
        {"3,9 out of 5 stars (12)", 3.9, 12},
        {"4.6 out of 5 stars (See all reviews)", 4.6, 0},
        {"4.6 out of 5 stars ()", 4.6, 0},
    }));
    CAPTURE(text);
    const auto rating = parse_rating_summary(text);
    REQUIRE(rating);
    CHECK(rating->average == average);
    CHECK(rating->count == count);
    CHECK_FALSE(parse_rating_summary("great product"));
    CHECK_FALSE(parse_rating_summary("7 out of 5 stars"));
}

TEST_CASE("dates in the ways pages write them become YYYY-MM-DD") {
    const auto [text, iso] = GENERATE(table<const char*, const char*>({
        {"June 19, 2020", "2020-06-19"},
        {"December 1, 2024", "2024-12-01"},
        {"19 June 2020", "2020-06-19"},
        {"Sept 3, 2021", "2021-09-03"},
        {"2026-05-18", "2026-05-18"},
        {"February 29, 2024", "2024-02-29"},
    }));
    CAPTURE(text);
    CHECK(parse_date(text) == std::optional<std::string>(iso));
    const char* bad = GENERATE("February 30, 2020", "February 29, 2023", "June 2020", "yesterday", "2020-13-01", "");
    CAPTURE(bad);
    CHECK_FALSE(parse_date(bad));
}

TEST_CASE("stars are counted, emoji or not") {
    CHECK(count_stars("⭐⭐⭐⭐") == 4);
    CHECK(count_stars("⭐⭐⭐⭐⭐ Great") == 5);
    CHECK(count_stars("★★★☆☆") == 3);
    CHECK(count_stars("no stars") == 0);
}

TEST_CASE("Best Sellers Rank lists each category with its rank") {
    Arena arena;
    const auto ranks = parse_ranks(
        "#193,674 in Books ( See Top 100 in Books ) #23 in Computer Hardware Design & Architecture #70 in Computer "
        "Programming Languages #71 in Python Programming",
        arena);
    REQUIRE(ranks.size() == 4);
    CHECK(ranks[0].category == "Books");
    CHECK(ranks[0].rank == 193674);
    CHECK(ranks[1].category == "Computer Hardware Design & Architecture");
    CHECK(ranks[1].rank == 23);
    CHECK(ranks[3].category == "Python Programming");
    CHECK(ranks[3].rank == 71);
    CHECK(parse_ranks("not ranked", arena).empty());
}

TEST_CASE("a stated currency wins over the symbol, with the stated currency's minor unit") {
    const auto [text, stated, minor, currency] = GENERATE(table<const char*, const char*, std::int64_t, const char*>({
        {"$24.99", "CAD", 2499, "CAD"},
        {"¥3,000", "CNY", 300000, "CNY"},
        {"£42.44", "EUR", 4244, "EUR"},
        {"£42.44", "XYZ", 4244, "GBP"},  // an unknown code states nothing
    }));
    CAPTURE(text, stated);
    const auto money = parse_price(text, stated);
    REQUIRE(money);
    CHECK(money->minor == minor);
    CHECK(money->currency == currency);
}

TEST_CASE("the symbol in a price text is cross-checked against a currency") {
    const auto [text, currency, allowed] = GENERATE(table<const char*, const char*, bool>({
        {"£42.44", "GBP", true},
        {"£42.44", "EUR", false},
        {"$5", "USD", true},
        {"$5", "CAD", true},
        {"$5", "GBP", false},
        {"¥300", "CNY", true},
        {"5.00", "EUR", true},
        {"EUR 19.90", "EUR", true},
        {"19.90 USD", "EUR", false},
    }));
    CAPTURE(text, currency);
    CHECK(price_text_allows(text, currency) == allowed);
}

TEST_CASE("prices that would be misread are refused, saying why") {
    const auto [text, words] = GENERATE(table<const char*, const char*>({
        {"£1e309", "exponent"},      // was £1.00
        {"£2E+3", "exponent"},
        {"-£5.00", "negative"},      // was £5.00
        {"£-5.00", "negative"},
        {"−£5.00", "negative"},      // U+2212 MINUS SIGN
        {"£1,234.567.89", "separators"},  // was £1234.57
        {"£1.2.3", "separators"},
        {"£1,23,4", "separators"},
    }));
    CAPTURE(text);
    CHECK_FALSE(parse_price(text, ""));
    CHECK(price_problem(text, "").find(words) != std::string::npos);
}

TEST_CASE("counts are whole numbers: a fraction is not read as its digits run together") {
    CHECK(parse_count("1,207") == 1207);
    CHECK(parse_count("1.207") == 1207);
    CHECK(parse_count("553") == 553);
    const char* fraction = GENERATE("3.7", "1.5", "12,5", "1,2345");  // were 37, 15, 125, 12345
    CAPTURE(fraction);
    CHECK_FALSE(parse_count(fraction));
    CHECK_FALSE(parse_rating_summary(std::string("4.5 out of 5 stars (") + fraction + ")"));
}
