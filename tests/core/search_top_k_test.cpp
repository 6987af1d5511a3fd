// Ranking only what can reach the top k (SearchRequest::facets = false) must give the very hits
// a plain scan of every match gives: same products, same order, same scores.
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <random>
#include <string>
#include <vector>

#include "core/search/search.hpp"
#include "test_arena.hpp"

namespace {

using vitrine::Product;
using vitrine::Review;
using vitrine::Text;
namespace testing = vitrine::testing;

// Words sharing prefixes ("ke", "kettle", "kettles", "keyboard"), so that one prefix expands to
// several terms, often in the same product; lengths vary, so BM25 scores differ and also tie.
const std::vector<std::string> kWords = {
    "kettle", "kettles", "key", "keyboard", "keyring", "kelp", "garden", "gardener", "garlic", "hose", "house",
    "housing", "lamp", "lamps", "lampshade", "drill", "drills", "driller", "teapot", "teal", "team", "robot",
    "robotic", "train", "trainer", "trains", "stainless", "steel", "steam", "stove", "cast", "castle", "iron"};

std::string words(std::mt19937& random, std::size_t count) {
    std::string text;
    for (std::size_t i = 0; i < count; ++i) text += (i ? " " : "") + kWords[random() % kWords.size()];
    return text;
}

std::vector<Product> catalogue(unsigned seed, std::size_t count) {
    std::mt19937 random(seed);
    std::vector<Product> products(count);
    for (std::size_t i = 0; i < count; ++i) {
        products[i].id = testing::kept("T" + std::to_string(i));
        products[i].title = testing::kept(words(random, 1 + random() % 4));
        products[i].description = testing::kept(words(random, random() % 30));
        if (random() % 3 == 0) {
            const Text title = testing::kept(words(random, 2));
            products[i].reviews = testing::kept(std::vector<Review>{{5, title, "A", "", testing::kept(words(random, random() % 20))}});
        }
    }
    return products;
}

// A query as typed: whole words, a word cut short, or one with a letter dropped.
std::string query(std::mt19937& random) {
    std::string text;
    const std::size_t count = 1 + random() % 3;
    for (std::size_t i = 0; i < count; ++i) {
        std::string word = kWords[random() % kWords.size()];
        const auto how = random() % 3;
        if (how == 1) word.resize(1 + random() % word.size());
        if (how == 2 && word.size() > 4) word.erase(1 + random() % (word.size() - 2), 1);
        text += (i ? " " : "") + word;
    }
    return text;
}

}  // namespace

TEST_CASE("the top k ranked alone are the top k of every match, in the same order and with the same scores") {
    const unsigned seed = GENERATE(1u, 2u, 3u);
    const std::vector<Product> products = catalogue(seed, 1500);
    const vitrine::SearchIndex index(products);
    std::mt19937 random(seed * 7919u);
    for (int i = 0; i < 300; ++i) {
        vitrine::SearchRequest plain;
        plain.query = query(random);
        plain.limit = 1 + random() % 60;
        plain.offset = random() % 4 == 0 ? random() % 20 : 0;
        vitrine::SearchRequest ranked = plain;
        ranked.facets = false;
        ranked.total_cap = 200;
        const vitrine::SearchResult expected = index.search(plain);
        const vitrine::SearchResult got = index.search(ranked);
        INFO("query '" << plain.query << "', offset " << plain.offset << ", limit " << plain.limit);
        REQUIRE(got.hits.size() == expected.hits.size());
        for (std::size_t k = 0; k < got.hits.size(); ++k) {
            CHECK(got.hits[k].product == expected.hits[k].product);
            CHECK(got.hits[k].score == expected.hits[k].score);
        }
        CHECK(got.total == std::min<std::size_t>(expected.total, 200));
        CHECK(got.total_capped == (expected.total > 200));
    }
}

TEST_CASE("a total not asked for is not counted, and says so") {
    const std::vector<Product> products = catalogue(4, 300);
    const vitrine::SearchIndex index(products);
    vitrine::SearchRequest request;
    request.query = "ke";
    request.limit = 5;
    request.facets = false;
    request.total_cap = 0;
    const vitrine::SearchResult result = index.search(request);
    CHECK(result.hits.size() == 5);
    CHECK(result.total == 0);
    CHECK(result.total_capped);
}
