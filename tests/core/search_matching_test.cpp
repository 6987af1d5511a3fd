// Which products a query matches, checked against a plain scan of every word of every product,
// on generated catalogues with misspelt queries; and that no keystroke depends on the one before.
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/generators/catch_generators_range.hpp>

#include <algorithm>
#include <random>

#include "catalogue_generator.hpp"
#include "core/search/query_words.hpp"
#include "core/search/search.hpp"
#include "core/search/tokenizer.hpp"
#include "test_arena.hpp"

using namespace vitrine;

namespace {

// Every field search reads, as folded tokens.
std::vector<Token> indexed_words(const Product& p) {
    std::vector<std::string_view> texts{p.title, p.description};
    for (const Rank& r : p.ranks) texts.push_back(r.category);
    for (const Spec& s : p.specs) texts.push_back(s.value);
    std::vector<Token> out;
    for (const std::string_view text : texts) {
        for (Token& t : tokenize(text)) out.push_back(std::move(t));
    }
    return out;
}

// A run of a code's parts matches only as written (or as the start of the word being typed).
bool naive_match(const std::vector<Token>& tokens, const QueryWords& q) {
    for (std::size_t i = 0; i < q.words.size(); ++i) {
        const auto matches = [&](const Token& t) {
            if (!t.joined) return token_matches_word(t.text, q, i);
            return t.text == q.words[i] || (i + 1 == q.words.size() && q.last_is_prefix && t.text.starts_with(q.words[i]));
        };
        if (std::none_of(tokens.begin(), tokens.end(), matches)) return false;
    }
    return true;
}

// A word as a hurried shopper types it: up to two slips (swap, drop, double, wrong letter).
std::string misspell(std::string word, int slips, std::mt19937& random) {
    for (int k = 0; k < slips && word.size() > 2; ++k) {
        const std::size_t at = random() % (word.size() - 1);
        switch (random() % 4) {
            case 0: std::swap(word[at], word[at + 1]); break;
            case 1: word.erase(at, 1); break;
            case 2: word.insert(at, 1, word[at]); break;
            default: word[at] = static_cast<char>('a' + random() % 26); break;
        }
    }
    return word;
}

// Products with these ids and titles, in this order.
std::vector<Product> titled(std::initializer_list<std::pair<const char*, const char*>> id_and_title) {
    std::vector<Product> products;
    for (const auto& [id, title] : id_and_title) {
        products.emplace_back();
        products.back().id = id;
        products.back().title = title;
    }
    return products;
}

// The ids of what a query finds, best first.
std::vector<std::string> found_ids(const SearchIndex& index, const std::vector<Product>& products, const std::string& query) {
    SearchRequest request;
    request.query = query;
    std::vector<std::string> ids;
    for (const Hit& hit : index.search(request).hits) ids.emplace_back(products[hit.product].id);
    return ids;
}

std::vector<std::uint32_t> sorted_products(const SearchResult& result) {
    std::vector<std::uint32_t> out;
    for (const Hit& hit : result.hits) out.push_back(hit.product);
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

TEST_CASE("whole words, misspelt or not, match exactly the products a plain scan finds") {
    const unsigned seed = GENERATE(range(1u, 9u));
    CAPTURE(seed);
    const std::vector<Product> products = testing::held_products(tools::generate_catalogue(400, seed));
    const SearchIndex index(products);
    std::vector<std::vector<Token>> tokens;
    for (const Product& p : products) tokens.push_back(indexed_words(p));
    std::mt19937 random(seed);
    for (int n = 0; n < 40; ++n) {
        const std::vector<Token>& source = tokens[random() % tokens.size()];
        std::string query;
        for (std::size_t w = 1 + random() % 2; w > 0; --w) query += misspell(source[random() % source.size()].text, static_cast<int>(random() % 3), random) + " ";
        CAPTURE(query);
        const QueryWords q = query_words(query);
        REQUIRE_FALSE(q.last_is_prefix);
        std::vector<std::uint32_t> expected;
        for (std::uint32_t i = 0; i < products.size(); ++i) {
            if (!q.words.empty() && naive_match(tokens[i], q)) expected.push_back(i);
        }
        SearchRequest request;
        request.query = query;
        if (q.words.empty()) continue;
        CHECK(sorted_products(index.search(request)) == expected);
    }
}

TEST_CASE("a word being typed matches only products that have a word it begins or nearly is") {
    const std::vector<Product> products = testing::held_products(tools::generate_catalogue(400, 11));
    const SearchIndex index(products);
    std::mt19937 random(11);
    for (int n = 0; n < 60; ++n) {
        const std::vector<Token> source = indexed_words(products[random() % products.size()]);
        const std::string word = source[random() % source.size()].text;
        const std::string query = word.substr(0, 1 + random() % word.size());
        CAPTURE(query);
        const QueryWords q = query_words(query);
        SearchRequest request;
        request.query = query;
        for (const std::uint32_t i : sorted_products(index.search(request))) CHECK(naive_match(indexed_words(products[i]), q));
    }
}

TEST_CASE("results do not depend on the query searched before") {
    const std::vector<Product> products = testing::held_products(tools::generate_catalogue(500, 5));
    const SearchIndex typed(products);
    const SearchIndex shuffled(products);
    std::vector<std::string> keystrokes;
    for (const std::string query : {"kestrel wireless headphones", "acme cast iron", "orbis solar lantren", "vela non-stick blender"}) {
        for (std::size_t n = 1; n <= query.size(); ++n) keystrokes.push_back(query.substr(0, n));
    }
    std::vector<SearchResult> in_order;
    for (const std::string& q : keystrokes) in_order.push_back(typed.search({q, {}, SortOrder::relevance, 0, 20}));
    std::vector<std::size_t> order(keystrokes.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::shuffle(order.begin(), order.end(), std::mt19937(5));
    for (const std::size_t i : order) {
        CAPTURE(keystrokes[i]);
        const SearchResult again = shuffled.search({keystrokes[i], {}, SortOrder::relevance, 0, 20});
        CHECK(again.total == in_order[i].total);
        REQUIRE(again.hits.size() == in_order[i].hits.size());
        for (std::size_t k = 0; k < again.hits.size(); ++k) {
            CHECK(again.hits[k].product == in_order[i].hits[k].product);
            CHECK(again.hits[k].score == in_order[i].hits[k].score);
        }
    }
}

TEST_CASE("a very long unbroken word (a URL in a description) is found as typed and does not bloat the index") {
    std::string url = "https://example.com/";
    while (url.size() < 600) url += "segment-" + std::to_string(url.size()) + "/";
    std::vector<Product> products = titled({{"long", "Kettle"}, {"short", "Teapot"}});
    products[0].description = testing::kept("See " + url + " for the manual.");
    const SearchIndex index(products);
    // Without a length limit on typo tolerance, this one word alone gave ~180,000 typo variants.
    CHECK(index.memory_bytes() < 64 * 1024);
    CHECK(found_ids(index, products, url) == std::vector<std::string>{"long"});
}

TEST_CASE("a code typed in full is found inside a longer code, also while it is being typed") {
    const std::vector<Product> products = titled({{"lightning", "Braided cable USB-C/Lightning, 2 m"}, {"type-a", "USB cable Type-A to Micro-B"}});
    const SearchIndex index(products);
    for (const char* query : {"usb-c", "usb-c ", "USB-C/Light", "c-lightning", "usbc"}) {
        CAPTURE(query);
        const std::vector<std::string> ids = found_ids(index, products, query);
        REQUIRE_FALSE(ids.empty());  // "usbc" is also one typo away from plain "usb"
        CHECK(ids.front() == "lightning");
    }
}

TEST_CASE("Chinese and Japanese words being typed keep their character pairs") {
    // The second has 東 and 京, never side by side.
    const std::vector<Product> products = titled({{"tokyo", "東京タワー 模型"}, {"kyoto", "京都 東山 茶碗"}});
    const SearchIndex index(products);
    CHECK(found_ids(index, products, "東京") == std::vector<std::string>{"tokyo"});
}
