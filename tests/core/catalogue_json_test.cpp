// JSON catalogues: wrong records are named and skipped, the rest load.
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <nlohmann/json.hpp>

#include "core/catalogue.hpp"
#include "core/utf8.hpp"

using namespace vitrine;

namespace {

std::string catalogue_of(const std::string& products) {
    return "{\n  \"schema\": \"vitrine.catalogue/1\",\n  \"products\": [\n" + products + "\n  ]\n}\n";
}

}  // namespace

TEST_CASE("a record of the wrong type is skipped with its line and field; the others load") {
    const std::string text = catalogue_of(
        "    {\"id\": \"a\", \"title\": \"Good\"},\n"
        "    {\"id\": \"b\", \"title\": \"Bad price\", \"price\": {\"amount\": \"ten\", \"currency\": \"GBP\"}},\n"
        "    {\"id\": \"c\", \"title\": \"Also good\", \"in_stock\": true}");
    const Catalogue c = read_catalogue_json(text, "shop.json");
    REQUIRE(c.products.size() == 2);
    CHECK(c.products[0].id == "a");
    CHECK(c.products[1].id == "c");
    REQUIRE(c.diagnostics.size() == 1);
    const Diagnostic& d = c.diagnostics[0];
    CHECK(d.file == "shop.json");
    CHECK(d.line == 5);
    CHECK(d.severity == Severity::error);
    CHECK(d.message.find("price.amount") != std::string::npos);
}

TEST_CASE("wrong types anywhere in a record are named") {
    const auto [record, field] = GENERATE(table<std::string, std::string>({
        {R"({"title": "No id"})", "id"},
        {R"({"id": 5, "title": "Numeric id"})", "id"},
        {R"({"id": "x", "title": "t", "reviews": [{"rating": "five"}]})", "reviews[0].rating"},
        {R"({"id": "x", "title": "t", "specs": {"a": 1}})", "specs"},
        {R"({"id": "x", "title": "t", "rating": {"average": 9}})", "rating.average"},
        {R"({"id": "x", "title": "t", "best_for": [1]})", "best_for[0]"},
        {R"({"id": "x", "title": "t", "price": {"amount": 1, "currency": "XYZ"}})", "price.currency"},
        {R"({"id": "a\u0000b", "title": "NUL in the id"})", "id holds a control character"},
    }));
    CAPTURE(record);
    const Catalogue c = read_catalogue_json(catalogue_of(record), "x.json");
    CHECK(c.products.empty());
    REQUIRE(c.diagnostics.size() == 1);
    CHECK(c.diagnostics[0].message.find(field) != std::string::npos);
}

TEST_CASE("text that is not JSON gives its line and column") {
    const Catalogue c = read_catalogue_json("{\n  \"products\": [\n    {\"id\": \"a\",, }\n  ]\n}", "broken.json");
    CHECK(c.products.empty());
    REQUIRE(c.diagnostics.size() == 1);
    CHECK(c.diagnostics[0].line == 3);
    CHECK(c.diagnostics[0].column == 16);
    CHECK(c.diagnostics[0].message.find("not valid JSON") == 0);
}

TEST_CASE("an empty file or a document of another shape is an error, not a crash") {
    const std::string text = GENERATE(std::string(""), std::string("   \n"), std::string("[]"), std::string("{\"products\": 3}"), std::string("null"));
    const Catalogue c = read_catalogue_json(text, "odd.json");
    CHECK(c.products.empty());
    REQUIRE(c.diagnostics.size() == 1);
    CHECK(c.diagnostics[0].severity == Severity::error);
}

TEST_CASE("prices survive the trip through major units exactly") {
    const Catalogue c = read_catalogue_json(
        catalogue_of(R"({"id": "y", "title": "Yen", "price": {"amount": 3000, "currency": "JPY", "text": "¥3,000"}},
                       {"id": "p", "title": "Pounds", "price": {"amount": 0.29, "currency": "GBP", "text": "£0.29"}})"),
        "m.json");
    REQUIRE(c.products.size() == 2);
    CHECK(c.products[0].price->minor == 3000);
    CHECK(c.products[1].price->minor == 29);
    CHECK(read_catalogue_json(write_catalogue_json(c.products), "again.json").products[1].price->minor == 29);
}

TEST_CASE("a duplicate id inside one catalogue is skipped at its own line") {
    const Catalogue c = read_catalogue_json(catalogue_of("    {\"id\": \"a\", \"title\": \"One\"},\n    {\"id\": \"a\", \"title\": \"Two\"}"), "d.json");
    REQUIRE(c.products.size() == 1);
    CHECK(c.products[0].title == "One");
    REQUIRE(c.diagnostics.size() == 1);
    CHECK(c.diagnostics[0].line == 5);
    CHECK(c.diagnostics[0].message.find("first at line 4") != std::string::npos);
}

TEST_CASE("an oversized text field is cut to 1 MB with a warning; the record stays") {
    const std::string huge(3u << 20, 'd');
    const Catalogue c = read_catalogue_json(catalogue_of("    {\"id\": \"a\", \"title\": \"Big\", \"description\": \"" + huge + "\"}"), "big.json");
    REQUIRE(c.products.size() == 1);
    CHECK(c.products[0].description.size() == (1u << 20));
    REQUIRE(c.diagnostics.size() == 1);
    CHECK(c.diagnostics[0].severity == Severity::warning);
    CHECK(c.diagnostics[0].message.find("description") != std::string::npos);
}

TEST_CASE("a product with no price, and one with only a price text, read back as they were written") {
    const Catalogue c = read_catalogue_json(
        catalogue_of(R"({"id": "n", "title": "None", "price": null},
                       {"id": "t", "title": "Text only", "price": {"amount": null, "currency": null, "text": "N/A"}})"),
        "p.json");
    REQUIRE(c.products.size() == 2);
    CHECK_FALSE(c.products[0].price);
    CHECK(c.products[0].price_text.empty());
    CHECK_FALSE(c.products[1].price);
    CHECK(c.products[1].price_text == "N/A");
}

TEST_CASE("a list of more than 10000 items keeps the first 10000, with a warning") {
    std::string items;
    for (int i = 0; i < 10'005; ++i) items += std::string(i == 0 ? "" : ",") + "\"x\"";
    const Catalogue c = read_catalogue_json(catalogue_of("{\"id\": \"a\", \"title\": \"t\", \"best_for\": [" + items + "]}"), "l.json");
    REQUIRE(c.products.size() == 1);
    CHECK(c.products[0].best_for.size() == 10'000);
    REQUIRE(c.diagnostics.size() == 1);
    CHECK(c.diagnostics[0].message.find("best_for has 10005 items") != std::string::npos);
}

TEST_CASE("a syntax error at a non-ASCII character gives a message that is valid UTF-8") {
    // nlohmann's "last read" text stops after the first byte of "é", mid-character.
    const Catalogue c = read_catalogue_json("{\"products\":[\xC3\xA9]}", "u.json");
    REQUIRE(c.diagnostics.size() == 1);
    const std::string& message = c.diagnostics[0].message;
    CHECK(message.find("not valid JSON") == 0);
    CHECK(repair_utf8(message).bad_offsets.empty());
    CHECK_NOTHROW(nlohmann::json(message).dump());
}

TEST_CASE("a number past its field's range, or a negative price or count, skips the record naming the field") {
    const auto [record, field] = GENERATE(table<std::string, std::string>({
        {R"({"id": "x", "title": "t", "rating": {"count": 9223372036854775808.0}})", "rating.count is out of range"},
        {R"({"id": "x", "title": "t", "rating": {"count": 9223372036854775808}})", "rating.count is out of range"},
        {R"({"id": "x", "title": "t", "reviews_count": 18446744073709551615})", "reviews_count is out of range"},
        {R"({"id": "x", "title": "t", "reviews": [{"rating": 4294967299}]})", "reviews[0].rating is out of range"},
        {R"({"id": "x", "title": "t", "rating": {"count": -1}})", "rating.count must not be negative"},
        {R"({"id": "x", "title": "t", "reviews_count": -3})", "reviews_count must not be negative"},
        {R"({"id": "x", "title": "t", "ranks": [{"category": "c", "rank": -2}]})", "ranks[0].rank must not be negative"},
        {R"({"id": "x", "title": "t", "price": {"amount": -5, "currency": "GBP"}})", "price.amount must not be negative"},
    }));
    CAPTURE(record);
    const Catalogue c = read_catalogue_json(catalogue_of(record), "n.json");
    CHECK(c.products.empty());
    REQUIRE(c.diagnostics.size() == 1);
    CHECK(c.diagnostics[0].message.find(field) != std::string::npos);
}

TEST_CASE("the largest whole numbers a field holds read exactly") {
    const Catalogue c = read_catalogue_json(
        catalogue_of(R"({"id": "x", "title": "t", "rating": {"count": 9223372036854775807}, "reviews_count": 9007199254740993})"), "m.json");
    REQUIRE(c.products.size() == 1);
    CHECK(c.products[0].rating.count == INT64_MAX);
    CHECK(c.products[0].reviews_count == 9007199254740993);  // 2^53 + 1: no trip through a double
}

TEST_CASE("a key given twice in a record is a warning at the second one; the last one is used") {
    const Catalogue c = read_catalogue_json(catalogue_of("    {\"id\": \"a\", \"title\": \"First\",\n     \"store\": {\"origin\": \"GB\", \"origin\": \"FR\"},\n     \"title\": \"Second\"}"), "k.json");
    REQUIRE(c.products.size() == 1);
    CHECK(c.products[0].title == "Second");
    CHECK(c.products[0].store.origin == "FR");
    REQUIRE(c.diagnostics.size() == 2);
    CHECK(c.diagnostics[0].line == 5);
    CHECK(c.diagnostics[0].column == 32);
    CHECK(c.diagnostics[0].severity == Severity::warning);
    CHECK(c.diagnostics[0].message == "key \"origin\" given again (first at line 5, column 16); this later value is used");
    CHECK(c.diagnostics[1].line == 6);
    CHECK(c.diagnostics[1].column == 6);
    CHECK(c.diagnostics[1].message == "key \"title\" given again (first at line 4, column 17); this later value is used");
}

TEST_CASE("a catalogue giving its products list twice loads both lists, and says so") {
    const Catalogue c = read_catalogue_json(
        "{\"schema\": \"vitrine.catalogue/1\",\n \"products\": [{\"id\": \"a\", \"title\": \"A\"}],\n \"products\": [{\"id\": \"b\", \"title\": \"B\"}]}",
        "twice.json");
    REQUIRE(c.products.size() == 2);
    CHECK(c.products[1].id == "b");
    REQUIRE(c.diagnostics.size() == 1);
    CHECK(c.diagnostics[0].line == 3);
    CHECK(c.diagnostics[0].message == "key \"products\" given again (first at line 2, column 2); the products of both lists are read");
}

TEST_CASE("records under an escaped \"products\" key still get their own lines") {
    const Catalogue c = read_catalogue_json("{\"pro\\u0064ucts\": [\n  {\"id\": \"a\", \"title\": \"t\"},\n  {\"title\": \"no id\"}\n]}", "e.json");
    REQUIRE(c.products.size() == 1);
    CHECK(c.products[0].source.line == 2);
    REQUIRE(c.diagnostics.size() == 2);  // the missing schema, and the record without an id
    CHECK(c.diagnostics[0].message.find("product 2 skipped") == 0);
    CHECK(c.diagnostics[0].line == 3);
    CHECK(c.diagnostics[0].column == 3);
}

TEST_CASE("a syntax error inside one record skips that record; reading goes on at the next") {
    const Catalogue c = read_catalogue_json(catalogue_of("    {\"id\": \"a\", \"title\": \"One\"},\n"
                                                         "    {\"id\": \"b\", \"title\": \"Big\", \"rating\": {\"average\": 1e309}},\n"
                                                         "    {\"id\": \"c\", \"title\": \"Lone \\ud800 surrogate\"},\n"
                                                         "    {\"id\": \"d\", \"title\": \"Four\"}"),
                                            "s.json");
    REQUIRE(c.products.size() == 2);
    CHECK(c.products[0].id == "a");
    CHECK(c.products[1].id == "d");
    CHECK(c.products[1].source.line == 7);
    REQUIRE(c.diagnostics.size() == 2);
    CHECK(c.diagnostics[0].line == 5);
    CHECK(c.diagnostics[0].message.find("not valid JSON") == 0);
    CHECK(c.diagnostics[0].message.find("product 2 skipped") != std::string::npos);
    CHECK(c.diagnostics[1].line == 6);
    CHECK(c.diagnostics[1].message.find("product 3 skipped") != std::string::npos);
}
