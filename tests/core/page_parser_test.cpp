// Product pages as scrapers and people write them: every variation still gives the product.
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/catalogue.hpp"

using namespace vitrine;

namespace {

std::string seed_page() {
    std::ifstream in(std::string(VITRINE_SOURCE_DIR) + "/assets/catalogue/000_6f51f6728feb68ed.md", std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
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

TEST_CASE("a 50 MB description is cut to 1 MB with a warning, not kept whole") {
    std::string page = std::string(kMinimal) + "\n## Description\n\n";
    page.append(50u << 20, 'x');
    const Catalogue c = parse_product_page(page, "huge.md");
    const Product& p = only_product(c);
    CHECK(p.description.size() == (1u << 20));
    REQUIRE(c.diagnostics.size() == 1);
    CHECK(c.diagnostics[0].message.find("description") != std::string::npos);
}

TEST_CASE("pages → JSON → catalogue → JSON is byte-stable") {
    const Catalogue pages = parse_product_page(seed_page(), "seed.md");
    const std::string first = write_catalogue_json(pages.products);
    const Catalogue loaded = read_catalogue_json(first, "c.json");
    CHECK(loaded.diagnostics.empty());
    CHECK(write_catalogue_json(loaded.products) == first);
}
