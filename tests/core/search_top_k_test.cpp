// Ranking only what can reach the top k (SearchRequest::facets = false) must give the very hits
// a plain scan of every match gives: same products, same order, same scores.
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <map>
#include <random>
#include <set>
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

// `titled`: the titles hold the words too. Else a title is a number, so that none says a query's
// words side by side (which would lift its score), and descriptions are short, so that the
// products matching two words are few, and matching one, many.
std::vector<Product> catalogue(unsigned seed, std::size_t count, bool titled = true) {
    std::mt19937 random(seed);
    std::vector<Product> products(count);
    for (std::size_t i = 0; i < count; ++i) {
        products[i].id = testing::kept("T" + std::to_string(i));
        products[i].title = testing::kept(titled ? words(random, 1 + random() % 4) : "No. " + std::to_string(i));
        products[i].description = testing::kept(words(random, titled ? random() % 30 : 1 + random() % 8));
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

// Each word's scores alone, by product: the word as typed last (a prefix), or whole.
std::map<std::uint32_t, float> scores_of(const vitrine::SearchIndex& index, const std::string& word, std::size_t products) {
    vitrine::SearchRequest request;
    request.query = word;
    request.limit = products;
    std::map<std::uint32_t, float> out;
    for (const vitrine::Hit& hit : index.search(request).hits) out[hit.product] = hit.score;
    return out;
}

TEST_CASE("a product's score for a query is the sum of its words' scores, whichever way the words are looked up") {
    // Earlier words matching many products or few: the last word is then read through its
    // postings or through those products' own terms, and both must score alike.
    const unsigned seed = GENERATE(4u, 5u);
    const std::vector<Product> products = catalogue(seed, 1500, false);
    const vitrine::SearchIndex index(products);
    std::mt19937 random(seed * 104729u);
    for (int i = 0; i < 120; ++i) {
        std::vector<std::string> words;
        for (std::size_t w = 0, n = 2 + random() % 2; w < n; ++w) words.push_back(kWords[random() % kWords.size()]);
        words.back().resize(1 + random() % words.back().size());  // being typed
        if (std::set<std::string>(words.begin(), words.end()).size() < words.size()) continue;  // a word twice counts once
        std::string text;
        std::vector<std::map<std::uint32_t, float>> alone;
        for (std::size_t w = 0; w < words.size(); ++w) {
            text += (w ? " " : "") + words[w];
            alone.push_back(scores_of(index, w + 1 == words.size() ? words[w] : words[w] + " ", products.size()));
        }
        INFO("query '" << text << "'");
        for (const bool facets : {true, false}) {
            vitrine::SearchRequest request;
            request.query = text;
            request.limit = products.size();
            request.facets = facets;
            const vitrine::SearchResult result = index.search(request);
            std::size_t expected = 0;
            for (const auto& [product, score] : alone[0]) {
                bool everywhere = true;
                for (std::size_t w = 1; w < words.size(); ++w) everywhere = everywhere && alone[w].count(product) == 1;
                expected += everywhere ? 1 : 0;
            }
            REQUIRE(result.hits.size() == expected);
            for (const vitrine::Hit& hit : result.hits) {
                float sum = 0;
                for (std::size_t w = 0; w + 1 < words.size(); ++w) sum += alone[w].at(hit.product);
                CHECK(hit.score == sum + alone.back().at(hit.product));
            }
        }
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
