// catalogue.vitrine: what is written reads back the same, opens with its index, and damaged or
// hostile files are refused with a message, never read out of bounds.
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <cstring>
#include <string>

#include "core/binary/binary_layout.hpp"
#include "core/binary/catalogue_binary.hpp"
#include "core/byte_io.hpp"
#include "core/catalogue.hpp"
#include "core/utf8.hpp"
#include "core/search/search.hpp"
#include "core/search/term_index.hpp"
#include "search_test_support.hpp"

using namespace vitrine;

namespace {

std::string demo_binary() {
    static const std::vector<Product> products = testing::demo_catalogue();
    const SearchIndex index(products);
    return write_catalogue_binary(products, &index);
}

bool refused_with(const Catalogue& read, const std::string& words) {
    return read.products.empty() && read.diagnostics.size() == 1 &&
           read.diagnostics[0].severity == Severity::error && read.diagnostics[0].file == "shop.vitrine" &&
           read.diagnostics[0].message.find(words) != std::string::npos;
}

}  // namespace

TEST_CASE("a catalogue written as catalogue.vitrine reads back field for field") {
    const std::vector<Product> products = testing::demo_catalogue();
    const std::string file = demo_binary();
    const Catalogue read = read_catalogue_binary(file, "shop.vitrine");
    CHECK(read.diagnostics.empty());
    CHECK(write_catalogue_json(read.products) == write_catalogue_json(products));
    CHECK(!read.saved_index.empty());
}

TEST_CASE("the saved index answers as an index built from the products does") {
    const std::vector<Product> products = testing::demo_catalogue();
    const std::string file = demo_binary();
    const Catalogue read = read_catalogue_binary(file, "shop.vitrine");
    std::string problem;
    const auto saved = SearchIndex::open_saved(read.products, read.saved_index, problem);
    REQUIRE(saved);
    CHECK(problem.empty());
    const SearchIndex built(products);
    for (const char* query : {"kettle", "ket", "ketle", "stainless steel", "العود", "कुकर", "", "zzzz"}) {
        SearchRequest request;
        request.query = query;
        request.limit = 20;
        const SearchResult a = saved->search(request), b = built.search(request);
        INFO(query);
        CHECK(a.total == b.total);
        REQUIRE(a.hits.size() == b.hits.size());
        for (std::size_t i = 0; i < a.hits.size(); ++i) {
            CHECK(a.hits[i].product == b.hits[i].product);
            CHECK(a.hits[i].score == b.hits[i].score);
        }
        CHECK(saved->suggest(query) == built.suggest(query));
    }
}

TEST_CASE("a saved index of other products is refused with the reason") {
    const std::string file = demo_binary();  // the saved index is a view into it
    const Catalogue read = read_catalogue_binary(file, "shop.vitrine");
    std::vector<Product> fewer(read.products.begin(), read.products.begin() + 10);
    std::string problem;
    CHECK_FALSE(SearchIndex::open_saved(fewer, read.saved_index, problem));
    CHECK(problem.find("another number of products") != std::string::npos);
    CHECK_FALSE(SearchIndex::open_saved(read.products, read.saved_index.substr(0, read.saved_index.size() / 2), problem));
    CHECK(problem.find("cut short") != std::string::npos);
}

TEST_CASE("a saved index without its titles' words makes them from the titles, and damaged ones are refused") {
    const std::vector<Product> products = testing::demo_catalogue();
    const std::string file = demo_binary();
    const Catalogue read = read_catalogue_binary(file, "shop.vitrine");
    // The titles' words follow the term index, at the end of the section.
    ByteReader reader(read.saved_index);
    std::string problem;
    REQUIRE(TermIndex::read(reader, products.size(), problem));
    REQUIRE(reader.offset() < read.saved_index.size());
    const auto without = SearchIndex::open_saved(read.products, read.saved_index.substr(0, reader.offset()), problem);
    REQUIRE(without);
    const SearchIndex built(products);
    for (const char* query : {"noise cancelling", "stainless steel", "cast iron skil"}) {
        SearchRequest request;
        request.query = query;
        const SearchResult a = without->search(request), b = built.search(request);
        INFO(query);
        REQUIRE(a.hits.size() == b.hits.size());
        for (std::size_t i = 0; i < a.hits.size(); ++i) CHECK((a.hits[i].product == b.hits[i].product && a.hits[i].score == b.hits[i].score));
    }
    // The last title word (or the padding after it, and then the one before) names no term.
    std::string damaged(read.saved_index);
    for (std::size_t i = damaged.size() - 8; i < damaged.size(); ++i) damaged[i] = static_cast<char>(i % 4 == 3 ? 0x7F : 0xFF);
    CHECK_FALSE(SearchIndex::open_saved(read.products, damaged, problem));
    CHECK(problem == "the search index is damaged: a title's word is not in the dictionary");
}

TEST_CASE("a file cut short anywhere is refused, naming the file") {
    const std::string file = demo_binary();
    const std::size_t at = GENERATE(0u, 7u, 8u, 30u, 47u, 48u, 100u, 5000u, 100000u);
    const std::size_t cut = std::min<std::size_t>(at, file.size() - 1);
    const Catalogue read = read_catalogue_binary(file.substr(0, cut), "shop.vitrine");
    INFO("cut at " << cut);
    CHECK((refused_with(read, "cut short") || refused_with(read, "does not start as one")));
}

TEST_CASE("a changed byte fails the checksum") {
    std::string file = demo_binary();
    file[file.size() / 2] ^= 0x20;
    CHECK(refused_with(read_catalogue_binary(file, "shop.vitrine"), "checksum does not match"));
}

TEST_CASE("another format version is refused with what to do") {
    std::string file = demo_binary();
    const std::uint32_t version = GENERATE(kCatalogueBinaryVersion - 1, kCatalogueBinaryVersion + 1);
    std::memcpy(file.data() + 8, &version, 4);
    const Catalogue read = read_catalogue_binary(file, "shop.vitrine");
    CHECK(refused_with(read, "format version " + std::to_string(version) + ", and this Vitrine reads version " + std::to_string(kCatalogueBinaryVersion)));
    CHECK(refused_with(read, "pack it again with this version"));
}

TEST_CASE("hostile bytes behind a valid checksum are refused, not followed") {
    std::string file = demo_binary();
    SECTION("a section that points past the end") {
        const std::uint64_t offset = file.size() * 2;
        std::memcpy(file.data() + binary::kHeaderBytes + 8, &offset, 8);
        binary::seal(file);
        CHECK(refused_with(read_catalogue_binary(file, "shop.vitrine"), "section table points outside the file"));
    }
    SECTION("more products than the columns hold") {
        const std::uint64_t products = 1000;
        std::memcpy(file.data() + 16, &products, 8);
        binary::seal(file);
        CHECK(refused_with(read_catalogue_binary(file, "shop.vitrine"), "cut short or of the wrong size"));
    }
    SECTION("a string number beyond the pool") {
        // The products section's first column (ids) starts after its count and width, on 8 bytes.
        std::uint64_t products_at = 0;
        std::memcpy(&products_at, file.data() + binary::kHeaderBytes + binary::kSectionEntryBytes + 8, 8);
        const std::uint32_t beyond = 0x7FFFFFFF;
        std::memcpy(file.data() + products_at + 16, &beyond, 4);
        binary::seal(file);
        CHECK(refused_with(read_catalogue_binary(file, "shop.vitrine"), "product 1 names a string the file does not hold"));
    }
    SECTION("a list with more rows than a list may hold") {
        // The first list's row counts (ranks) follow the ten string columns and six number columns.
        std::uint64_t products_at = 0;
        std::memcpy(&products_at, file.data() + binary::kHeaderBytes + binary::kSectionEntryBytes + 8, 8);
        ByteReader columns(std::string_view(file).substr(products_at));
        for (int i = 0; i < 10; ++i) columns.get_array<std::uint32_t>();
        columns.get_array<std::uint8_t>();    // flags
        columns.get_array<std::int64_t>();    // price_minor
        columns.get_array<double>();          // rating.average
        columns.get_array<std::int64_t>();    // rating.count
        columns.get_array<std::int64_t>();    // reviews_count
        columns.get_array<std::int32_t>();    // source.line
        REQUIRE(columns.ok());
        const std::uint32_t rows = 10'001;
        std::memcpy(file.data() + products_at + columns.offset() + 16, &rows, 4);
        binary::seal(file);
        CHECK(refused_with(read_catalogue_binary(file, "shop.vitrine"), "a product has more rows of a list than a list may hold"));
    }
    SECTION("a product's string that is not UTF-8") {
        // The pool holds the first product's id first (after the empty string).
        const std::size_t id_at = file.find(std::string(testing::demo_catalogue().at(0).id));
        REQUIRE(id_at != std::string::npos);
        file[id_at] = '\xFF';
        binary::seal(file);
        CHECK(refused_with(read_catalogue_binary(file, "shop.vitrine"), "product 1 names a string the file does not hold, or one that is not UTF-8"));
    }
}

TEST_CASE("the magic bytes make a file binary whatever its name, and .vitrine names one") {
    CHECK(is_catalogue_binary(demo_binary()));
    CHECK_FALSE(is_catalogue_binary("{\"products\": []}"));
}

TEST_CASE("a catalogue.vitrine's text is its strings, found without reading the rest") {
    const std::string file = demo_binary();
    const std::string_view text = catalogue_binary_text(file);
    for (const Product& p : testing::demo_catalogue()) {
        CHECK(text.find(std::string_view(p.title)) != std::string_view::npos);
        CHECK(text.find(std::string_view(p.description)) != std::string_view::npos);
    }
    CHECK(text.data() >= file.data() + binary::kHeaderBytes);  // nor the header, nor past the file
    CHECK(text.data() + text.size() <= file.data() + file.size());
    CHECK(is_valid_utf8(text));  // text alone: no column of numbers, no postings
    CHECK(catalogue_binary_text("{\"products\": []}").empty());
    const std::size_t cut = GENERATE(0u, 40u, 60u, 200u, 2000u);
    const std::string_view shorter = catalogue_binary_text(std::string_view(file).substr(0, std::min(cut, file.size() - 1)));
    CHECK(shorter.size() <= cut);
}
