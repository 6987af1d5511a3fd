// Product pages as scrapers and people write them: every variation still gives the product.
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/catalogue.hpp"
#include "test_files.hpp"

using namespace vitrine;

namespace {

std::string seed_page() {
    return testing::read_file(testing::source_path("assets/catalogue/000_6f51f6728feb68ed.md"));
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) text.replace(at, from.size(), to);
    return text;
}

const Product& only_product(const Catalogue& c) {
    REQUIRE(c.products.size() == 1);
    return c.products.front();
}

constexpr const char* kMinimal = "---\nproduct_id: 7\ntitle: Kettle\nprice: \"£20.00\"\ncurrency: GBP\nin_stock: true\n---\n\n# Kettle\n";

}  // namespace

TEST_CASE("the seed page gives every field, normalised") {
    const Catalogue c = parse_product_page(seed_page(), "seed.md");
    CHECK(c.diagnostics.empty());
    const Product& p = only_product(c);
    CHECK(p.id == "208027396");
    CHECK(p.title.rfind("Architecture Patterns with Python", 0) == 0);
    REQUIRE(p.price);
    CHECK(p.price->minor == 4244);
    CHECK(p.price->currency == "GBP");
    CHECK(p.price_text == "£42.44");
    CHECK(p.in_stock);
    CHECK(p.store.origin == "GB");
    CHECK(p.store.region == "United Kingdom");
    CHECK(p.rating.average == 4.6);
    CHECK(p.rating.count == 553);
    CHECK(p.reviews_count == 11);
    CHECK(p.reviews.size() == 3);  // three distinct facts: 11 written, 553 ratings, 3 shown
    REQUIRE(p.ranks.size() == 4);
    CHECK(p.ranks[0].category == "Books");
    CHECK(p.ranks[0].rank == 193674);
    CHECK(p.reviews[0].rating == 5);
    CHECK(p.reviews[0].author == "K***R");
    CHECK(p.reviews[0].date == "2020-06-19");
    CHECK(p.reviews[2].rating == 4);
    CHECK(p.reviews[2].title == "The Book That Intermediate Python Programmers Should Read");
    CHECK(p.quick_answers.size() == 4);
    CHECK(p.best_for.size() == 1);
    CHECK(p.highlights.size() == 3);
    CHECK(p.images.size() == 1);
    CHECK(p.bought_together.size() == 3);
    CHECK(p.updated == "2026-05-18");
    CHECK(p.specs.front().name == "Dimensions");  // "Dimensions  " trimmed
    // The description's "Review: …" copies are not description, and not reviews a second time.
    CHECK(p.description.find("Review:") == std::string::npos);
    CHECK(p.description.find("Percival, Harry") != std::string::npos);
    // The store footer is not product data.
    CHECK(p.extra_sections.empty());
    CHECK(p.highlights.end() == std::find(p.highlights.begin(), p.highlights.end(), "Trusted by 1.3+ Million Shoppers"));
}

TEST_CASE("CRLF line endings, a BOM and trailing spaces change nothing") {
    const std::string page = seed_page();
    const std::string variant = GENERATE_COPY(replace_all(page, "\n", "\r\n"), "\xEF\xBB\xBF" + page, replace_all(page, "\n", "   \n"));
    const Catalogue plain = parse_product_page(page, "seed.md");
    const Catalogue changed = parse_product_page(variant, "seed.md");
    CHECK(changed.diagnostics.empty());
    CHECK(write_catalogue_json(changed.products) == write_catalogue_json(plain.products));
}

TEST_CASE("CR-only line endings (classic Mac) read like LF ones") {
    const std::string page = seed_page();
    const Catalogue plain = parse_product_page(page, "seed.md");
    const Catalogue changed = parse_product_page(replace_all(page, "\n", "\r"), "seed.md");
    CHECK(changed.diagnostics.empty());
    CHECK(write_catalogue_json(changed.products) == write_catalogue_json(plain.products));
    // Positions count a lone CR as a line end too.
    const Catalogue bad = parse_product_page(replace_all(std::string(kMinimal), "\n", "\r") + "\r## Description\r\r\xFF\r", "b.md");
    REQUIRE(bad.diagnostics.size() == 1);
    CHECK(bad.diagnostics[0].line == 13);
}

TEST_CASE("a page or catalogue in UTF-16 is named as such, not as a page without front matter") {
    const auto utf16 = [](const std::string& ascii, bool little_endian) {
        std::string out = little_endian ? "\xFF\xFE" : "\xFE\xFF";
        for (const char c : ascii) out += little_endian ? std::string{c, '\0'} : std::string{'\0', c};
        return out;
    };
    const bool little_endian = GENERATE(true, false);
    const Catalogue page = parse_product_page(utf16(kMinimal, little_endian), "u.md");
    CHECK(page.products.empty());
    REQUIRE(page.diagnostics.size() == 1);
    CHECK(page.diagnostics[0].severity == Severity::error);
    CHECK(page.diagnostics[0].message.find("UTF-16") != std::string::npos);
    const Catalogue json = read_catalogue_json(utf16("{\"products\": []}", little_endian), "u.json");
    REQUIRE(json.diagnostics.size() == 1);
    CHECK(json.diagnostics[0].message.find("UTF-16") != std::string::npos);
    // Without a BOM, the NUL byte beside each ASCII one gives it away.
    const Catalogue bare = parse_product_page(utf16(kMinimal, little_endian).substr(2), "u.md");
    REQUIRE(bare.diagnostics.size() == 1);
    CHECK(bare.diagnostics[0].message.find("UTF-16") != std::string::npos);
}

TEST_CASE("missing sections are fine; unknown sections are kept") {
    const Catalogue c = parse_product_page(std::string(kMinimal) + "\n## Care Instructions\n\nDescale monthly.\n", "k.md");
    const Product& p = only_product(c);
    CHECK(p.reviews.empty());
    REQUIRE(p.extra_sections.size() == 1);
    CHECK(p.extra_sections[0].heading == "Care Instructions");
    CHECK(p.extra_sections[0].body == "Descale monthly.");
}

TEST_CASE("YAML scalars quoted either way or not at all, and non-Latin text") {
    const Catalogue c = parse_product_page(
        "---\nproduct_id: 'ab''c'\ntitle: \"Чайник \\\"Ёлка\\\" 東京\"\nprice: ¥3,000\ncurrency: JPY\nin_stock: false\n---\n", "q.md");
    const Product& p = only_product(c);
    CHECK(p.id == "ab'c");
    CHECK(p.title == "Чайник \"Ёлка\" 東京");
    CHECK(p.price->minor == 3000);
    CHECK_FALSE(p.in_stock);
}

TEST_CASE("escaped pipes stay inside table cells") {
    const Catalogue c = parse_product_page(std::string(kMinimal) +
                                               "\n## Technical Specifications\n\n| Specification | Value |\n|---|---|\n| Ports | USB-C \\| HDMI |\n",
                                           "t.md");
    const Product& p = only_product(c);
    REQUIRE(p.specs.size() == 1);
    CHECK(p.specs[0].value == "USB-C | HDMI");
}

TEST_CASE("a page without front matter or id is skipped and named") {
    const std::string page = GENERATE(std::string("# Just a title\n"), std::string("---\ntitle: No id\n---\n"), std::string("---\nproduct_id: 1\n"));
    const Catalogue c = parse_product_page(page, "broken.md");
    CHECK(c.products.empty());
    REQUIRE_FALSE(c.diagnostics.empty());
    CHECK(c.diagnostics.front().file == "broken.md");
    CHECK(c.diagnostics.front().severity == Severity::error);
    CHECK(c.diagnostics.front().line >= 1);
}

TEST_CASE("invalid UTF-8 is reported with its byte offset and replaced") {
    std::string page = kMinimal;
    const std::size_t offset = page.find("Kettle");
    page.insert(offset, "\xFF\xFE");
    const Catalogue c = parse_product_page(page, "bad.md");
    const Product& p = only_product(c);
    CHECK(p.title.find("\xEF\xBF\xBD") != std::string::npos);
    REQUIRE_FALSE(c.diagnostics.empty());
    CHECK(c.diagnostics[0].line == 3);
    CHECK(c.diagnostics[0].message.find("byte offset " + std::to_string(offset)) != std::string::npos);
}

TEST_CASE("a price that cannot be read is a warning, and the product stays") {
    std::string page = replace_all(kMinimal, "\"£20.00\"", "cheap");
    const Catalogue c = parse_product_page(page, "p.md");
    const Product& p = only_product(c);
    CHECK_FALSE(p.price);
    REQUIRE(c.diagnostics.size() == 1);
    CHECK(c.diagnostics[0].line == 4);
    CHECK(c.diagnostics[0].severity == Severity::warning);
}

TEST_CASE("a 50 MB description on one line is cut to 1 MB with a warning, not kept whole") {
    std::string page = std::string(kMinimal) + "\n## Description\n\n";
    page.append(50u << 20, 'x');
    const Catalogue c = parse_product_page(page, "huge.md");
    const Product& p = only_product(c);
    CHECK(p.description.size() == (1u << 20));
    REQUIRE(c.diagnostics.size() == 1);
    CHECK(c.diagnostics[0].line == 13);
    CHECK(c.diagnostics[0].message.find("52428800 bytes") != std::string::npos);
}

TEST_CASE("a 50 MB description over many lines is cut to 1 MB with a warning naming it") {
    std::string page = std::string(kMinimal) + "\n## Description\n\n";
    const std::string line(1000, 'y');
    for (int i = 0; i < 50'000; ++i) page.append(line).append("\n");
    const Catalogue c = parse_product_page(page, "huge.md");
    const Product& p = only_product(c);
    CHECK(p.description.size() == (1u << 20));
    REQUIRE(c.diagnostics.size() == 1);
    CHECK(c.diagnostics[0].message.find("description") == 0);
}

TEST_CASE("a 10 MB line anywhere is cut, and the rest of the page still reads") {
    const std::string long_line(10u << 20, 'z');
    const std::string page = std::string(kMinimal) + "\n## Best For\n\n- " + long_line + "\n- Tea drinkers\n";
    const Catalogue c = parse_product_page(page, "long.md");
    const Product& p = only_product(c);
    REQUIRE(p.best_for.size() == 2);
    CHECK(p.best_for[0].size() < (1u << 20));
    CHECK(p.best_for[1] == "Tea drinkers");
    REQUIRE(c.diagnostics.size() == 1);
    CHECK(c.diagnostics[0].line == 13);
}

TEST_CASE("a character cut at the 1 MB limit is not split") {
    std::string page = std::string(kMinimal) + "\n## Description\n\n";
    for (int i = 0; i < 400'000; ++i) page.append("€");  // three bytes each: 1 MB falls inside one
    const Catalogue c = parse_product_page(page, "euro.md");
    const Product& p = only_product(c);
    CHECK(p.description.size() % 3 == 0);
    CHECK(read_catalogue_json(write_catalogue_json(c.products), "e.json").diagnostics.empty());
}

TEST_CASE("a 5 MB inline Review: title over many lines is cut to 1 MB with a warning") {
    std::string page = std::string(kMinimal) + "\n## Description\n\nA kettle.\n\nReview: ";
    const std::string line(900'000, 't');  // each line fits the line limit; together they do not
    for (int i = 0; i < 6; ++i) page.append(line).append("\n");
    const Catalogue c = parse_product_page(page, "title.md");
    const Product& p = only_product(c);
    REQUIRE(p.reviews.size() == 1);
    CHECK(p.reviews[0].title.size() == (1u << 20));
    REQUIRE(c.diagnostics.size() == 1);
    CHECK(c.diagnostics[0].severity == Severity::warning);
    CHECK(c.diagnostics[0].line == 11);  // the Description heading, as for a review body cut
    CHECK(c.diagnostics[0].message.find("review title is 5400005 bytes") == 0);
}

TEST_CASE("the front matter currency wins over the price symbol; a contradiction is a warning") {
    const auto [price, currency, minor, code, warns] = GENERATE(table<std::string, std::string, std::int64_t, std::string, bool>({
        {"£42.44", "GBP", 4244, "GBP", false},
        {"£42.44", "EUR", 4244, "EUR", true},
        {"$24.99", "CAD", 2499, "CAD", false},
        {"¥3,000", "CNY", 300000, "CNY", false},
        {"¥3,000", "JPY", 3000, "JPY", false},
        {"19.90", "EUR", 1990, "EUR", false},
        {"EUR 19.90", "", 1990, "EUR", false},
        {"1,299.99 USD", "GBP", 129999, "GBP", true},
    }));
    CAPTURE(price, currency);
    std::string page = "---\nproduct_id: 1\ntitle: T\nprice: \"" + price + "\"\n";
    if (!currency.empty()) page += "currency: " + currency + "\n";
    const Catalogue c = parse_product_page(page + "---\n", "c.md");
    const Product& p = only_product(c);
    REQUIRE(p.price);
    CHECK(p.price->minor == minor);
    CHECK(p.price->currency == code);
    CHECK(p.price_text == price);
    CHECK(c.diagnostics.size() == (warns ? 1u : 0u));
}

TEST_CASE("N/A is no price and no problem; the text is kept") {
    const Catalogue c = parse_product_page(replace_all(kMinimal, "\"£20.00\"", "N/A"), "na.md");
    const Product& p = only_product(c);
    CHECK_FALSE(p.price);
    CHECK(p.price_text == "N/A");
    CHECK(c.diagnostics.empty());
}

TEST_CASE("prices that are not prices say why, where") {
    const auto [price, words] = GENERATE(table<std::string, std::string>({
        {"abc", "price \"abc\" is not a number"},
        {"12.50", "price \"12.50\" names no currency"},
    }));
    const Catalogue c = parse_product_page("---\nproduct_id: 1\ntitle: T\nprice: " + price + "\n---\n", "p.md");
    REQUIRE(c.diagnostics.size() == 1);
    CHECK(c.diagnostics[0].message.find(words) == 0);
    CHECK(c.diagnostics[0].line == 4);
    CHECK(c.diagnostics[0].column == 8);
}

TEST_CASE("a negative or exponent price is a warning, not a price read without its sign or exponent") {
    const std::string price = GENERATE(std::string("-£5.00"), std::string("£1e309"));
    const Catalogue c = parse_product_page("---\nproduct_id: 1\ntitle: T\nprice: \"" + price + "\"\n---\n", "p.md");
    CHECK_FALSE(only_product(c).price);
    CHECK(only_product(c).price_text == price);
    REQUIRE(c.diagnostics.size() == 1);
    CHECK(c.diagnostics[0].severity == Severity::warning);
    CHECK(c.diagnostics[0].line == 4);
}

TEST_CASE("a fractional reviews_count or ratings count is a warning, not its digits run together") {
    const Catalogue count = parse_product_page("---\nproduct_id: 1\ntitle: T\nreviews_count: 3.7\n---\n", "c.md");
    CHECK(only_product(count).reviews_count == 0);
    REQUIRE(count.diagnostics.size() == 1);
    CHECK(count.diagnostics[0].message.find("reviews_count \"3.7\" is not a whole number") == 0);
    const Catalogue rating = parse_product_page(std::string(kMinimal) +
                                                    "\n## Technical Specifications\n\n| Specification | Value |\n|---|---|\n"
                                                    "| Customer Reviews | 4.5 out of 5 stars (1.5) |\n",
                                                "r.md");
    CHECK(only_product(rating).rating.count == 0);
    REQUIRE(rating.diagnostics.size() == 1);
    CHECK(rating.diagnostics[0].line == 15);
}

TEST_CASE("the description's Review: copies go neither into the description nor twice into the reviews") {
    const Catalogue seed = parse_product_page(seed_page(), "seed.md");
    const Product& p = only_product(seed);
    CHECK(p.reviews.size() == 3);
    CHECK(p.description.find("Review:") == std::string::npos);
    // Without a Customer Reviews section the copies are the only reviews there are: kept.
    const Catalogue alone =
        parse_product_page(std::string(kMinimal) + "\n## Description\n\nA kettle.\nReview: Quiet - Boils in a minute.\n", "r.md");
    const Product& k = only_product(alone);
    CHECK(k.description == "A kettle.");
    REQUIRE(k.reviews.size() == 1);
    CHECK(k.reviews[0].title == "Quiet");
    CHECK(k.reviews[0].body == "Boils in a minute.");
    CHECK(k.reviews[0].rating == 0);
}

TEST_CASE("review headings and bylines") {
    const auto [lines, stars, title, author, date] = GENERATE(table<std::string, int, std::string, std::string, std::string>({
        {"### ⭐⭐⭐⭐ Good\n*by K***R on June 19, 2020*", 4, "Good", "K***R", "2020-06-19"},
        {"### ⭐️⭐️⭐️ Variation selectors\n*by A on 19 June 2020*", 3, "Variation selectors", "A", "2020-06-19"},
        {"### ★★☆☆☆ Meh\n*by Someone*", 2, "Meh", "Someone", ""},
        {"### No stars at all\n*by B on 2021-01-02*", 0, "No stars at all", "B", "2021-01-02"},
    }));
    CAPTURE(lines);
    const Catalogue c = parse_product_page(std::string(kMinimal) + "\n## Customer Reviews\n\n" + lines + "\n\nText.\n", "r.md");
    const Product& p = only_product(c);
    REQUIRE(p.reviews.size() == 1);
    CHECK(p.reviews[0].rating == stars);
    CHECK(p.reviews[0].title == title);
    CHECK(p.reviews[0].author == author);
    CHECK(p.reviews[0].date == date);
    CHECK(p.reviews[0].body == "Text.");
}

TEST_CASE("the store footer gives the update date, and origin and region when the front matter does not") {
    const std::string footer =
        "\n---\n\n## Why Shop on Shopco?\n\n- **Fast**\n\n---\n\n*Product available on Shopco Canada*\n*Store origin: CA*\n*Last updated: 2026-05-18*\n";
    const Catalogue c = parse_product_page(std::string(kMinimal) + footer, "f.md");
    const Product& p = only_product(c);
    CHECK(p.store.origin == "CA");
    CHECK(p.store.region == "Canada");
    CHECK(p.updated == "2026-05-18");
    CHECK(p.extra_sections.empty());
    CHECK(p.highlights.empty());
    const Catalogue stated =
        parse_product_page(replace_all(kMinimal, "in_stock", "store_origin: GB\nregion: United Kingdom\nin_stock") + footer, "g.md");
    CHECK(only_product(stated).store.origin == "GB");
    CHECK(only_product(stated).store.region == "United Kingdom");
}

TEST_CASE("YAML double-quoted escapes, surrogate pairs included; a broken escape is named") {
    const auto [value, expected] = GENERATE(table<std::string, std::string>({
        {R"("Caf\u00e9")", "Café"},
        {R"("tea \ud83c\udf75")", "tea 🍵"},
        {R"("lone \ud83c surrogate")", "lone \xEF\xBF\xBD surrogate"},
        {R"("\U0001F600 \x41 tab\there")", "😀 A tab\there"},
        {R"('it''s')", "it's"},
        {R"(plain # a comment)", "plain"},
    }));
    CAPTURE(value);
    const Catalogue c = parse_product_page("---\nproduct_id: 1\ntitle: " + value + "\n---\n", "y.md");
    CHECK(only_product(c).title == expected);
    const Catalogue broken = parse_product_page("---\nproduct_id: 1\ntitle: \"bad \\q escape\"\n---\n# Fallback\n", "y.md");
    CHECK(only_product(broken).title == "Fallback");
    REQUIRE(broken.diagnostics.size() == 1);
    CHECK(broken.diagnostics[0].line == 3);
}

TEST_CASE("a front matter key given twice is a warning naming both lines; the last one is used") {
    const Catalogue c = parse_product_page("---\nproduct_id: 1\ntitle: First\nprice: \"£1.00\"\ntitle: Second\n---\n", "d.md");
    CHECK(only_product(c).title == "Second");
    REQUIRE(c.diagnostics.size() == 1);
    CHECK(c.diagnostics[0].severity == Severity::warning);
    CHECK(c.diagnostics[0].line == 5);
    CHECK(c.diagnostics[0].message == "front matter key \"title\" given again (first at line 3); this later value is used");
}

TEST_CASE("a second Description section is appended to the first, not put in its place") {
    const Catalogue c = parse_product_page(std::string(kMinimal) + "\n## Description\n\nFirst.\n\n## Best For\n\n- Tea\n\n## Description\n\nSecond.\n", "d.md");
    CHECK(only_product(c).description == "First.\n\nSecond.");
    CHECK(c.diagnostics.empty());
}

TEST_CASE("a YAML comment cutting an unquoted value is a warning at the #") {
    const Catalogue c = parse_product_page("---\nproduct_id: 1\ntitle: Best seller #1\n---\n", "c.md");
    CHECK(only_product(c).title == "Best seller");  // what YAML reads
    REQUIRE(c.diagnostics.size() == 1);
    CHECK(c.diagnostics[0].severity == Severity::warning);
    CHECK(c.diagnostics[0].line == 3);
    CHECK(c.diagnostics[0].column == 20);
    CHECK(c.diagnostics[0].message.find("\"#1\"") != std::string::npos);
    const Catalogue quoted = parse_product_page("---\nproduct_id: 1\ntitle: \"Best seller #1\"\n---\n", "q.md");
    CHECK(only_product(quoted).title == "Best seller #1");
    CHECK(quoted.diagnostics.empty());
}

TEST_CASE("an id holding a NUL or another control character skips the page") {
    const std::string id = GENERATE(std::string("\"a\\0b\""), std::string("\"a\\eb\""), std::string("\"a\\nb\""));
    CAPTURE(id);
    const Catalogue c = parse_product_page("---\nproduct_id: " + id + "\ntitle: T\n---\n", "n.md");
    CHECK(c.products.empty());
    REQUIRE(c.diagnostics.size() == 1);
    CHECK(c.diagnostics[0].severity == Severity::error);
    CHECK(c.diagnostics[0].line == 2);
    CHECK(c.diagnostics[0].message.find("control character") != std::string::npos);
}

TEST_CASE("pages → JSON → catalogue → JSON is byte-stable") {
    const Catalogue pages = parse_product_page(seed_page(), "seed.md");
    const std::string first = write_catalogue_json(pages.products);
    const Catalogue loaded = read_catalogue_json(first, "c.json");
    CHECK(loaded.diagnostics.empty());
    CHECK(write_catalogue_json(loaded.products) == first);
}

TEST_CASE("a price the page accepts reads back from its JSON as the same product; a larger one is refused on the page") {
    const auto [price, kept] = GENERATE(table<std::string, bool>({
        {"£9,999,999,999,999.99", true},  // the largest amount: 10^15 - 1 minor units
        {"£95,000,000,000,000", false},
    }));
    CAPTURE(price);
    const Catalogue page = parse_product_page(replace_all(kMinimal, "\"£20.00\"", price), "big.md");
    const Product& p = only_product(page);
    CHECK(p.price.has_value() == kept);
    CHECK(page.diagnostics.size() == (kept ? 0u : 1u));
    const std::string json = write_catalogue_json(page.products);
    const Catalogue back = read_catalogue_json(json, "big.json");
    CHECK(back.diagnostics.empty());
    REQUIRE(back.products.size() == 1);
    CHECK(write_catalogue_json(back.products) == json);
}

TEST_CASE("a list of a million items keeps 10000, with one warning") {
    std::string page = std::string(kMinimal) + "\n## Best For\n\n";
    for (int i = 0; i < 1'000'000; ++i) page += "- x\n";
    const Catalogue c = parse_product_page(page, "many.md");
    CHECK(only_product(c).best_for.size() == 10'000);
    REQUIRE(c.diagnostics.size() == 1);
    CHECK(c.diagnostics[0].message.find("best_for") == 0);
}

TEST_CASE("many reviews with their description copies stay linear and are not doubled") {
    std::string description = "\n## Description\n\n", reviews = "\n## Customer Reviews\n\n";
    for (int i = 0; i < 5'000; ++i) {
        description += "Review: Title " + std::to_string(i) + " - Body.\n";
        reviews += "### ⭐⭐ Title " + std::to_string(i) + "\n\nBody.\n\n";
    }
    const Catalogue c = parse_product_page(std::string(kMinimal) + description + reviews, "r.md");
    CHECK(only_product(c).reviews.size() == 5'000);
    CHECK(c.diagnostics.empty());
}
