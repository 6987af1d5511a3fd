// Known items: what a shopper types, misspelt, half-typed or without accents, finds the product.
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <algorithm>
#include <random>
#include <sstream>

#include "catalogue_generator.hpp"
#include "core/search/search.hpp"
#include "search_test_support.hpp"
#include "test_arena.hpp"

using namespace vitrine;

namespace {

std::vector<std::string> top_ids(const SearchIndex& index, const std::vector<Product>& products, const std::string& query, std::size_t n) {
    SearchRequest request;
    request.query = query;
    request.limit = n;
    std::vector<std::string> ids;
    for (const Hit& hit : index.search(request).hits) ids.emplace_back(products[hit.product].id);
    return ids;
}

}  // namespace

TEST_CASE("misspelt, partial, wrong-case and accent-stripped queries find the product in the top 3") {
    static const std::vector<Product> products = testing::demo_catalogue();
    static const SearchIndex index(products);
    const auto [query, id] = GENERATE(table<std::string, std::string>({
        {"architecture patterns", "208027396"},
        {"architcture paterns pyhton", "208027396"},
        {"ARCHITECTURE PATTERNS", "208027396"},
        {"archit", "208027396"},
        {"fluent pyth", "B-1001"},
        {"headphnes x200", "E-2001"},
        {"noise cancelling", "E-2001"},
        {"usb-c charger", "E-2002"},
        {"usbc charger", "E-2002"},
        {"978-1-4920-5635-5", "B-1001"},
        {"creme hydratante", "S-6002"},
        {"crème", "S-6002"},
        {"gartenschere", "G-5003"},
        {"GARTENSHERE", "G-5003"},
        {"οδυσσεια", "B-1005"},
        {"Οδύσσεια", "B-1005"},
        {"самовар", "K-3005"},
        {"САМОВАР", "K-3005"},
        {"富士山", "T-4005"},
        {"お弁当", "K-3007"},
        {"petit prince", "B-1008"},
        {"espreso machine", "K-3003"},
        {"wooden trian", "T-4001"},
        {"cast iron skilet", "K-3001"},
    }));
    CAPTURE(query);
    const auto ids = top_ids(index, products, query, 3);
    CHECK(std::find(ids.begin(), ids.end(), id) != ids.end());
}

TEST_CASE("in a generated catalogue, a product is found by its model code and a word of its title, however typed") {
    static const std::vector<Product> products = testing::held_products(tools::generate_catalogue(3000, 9));
    static const SearchIndex index(products);
    std::mt19937 random(9);
    for (int n = 0; n < 40; ++n) {
        const Product& p = products[random() % products.size()];
        std::vector<std::string> words;
        std::istringstream in{std::string(p.title)};
        for (std::string w; in >> w;) words.push_back(w);
        const std::string code(p.specs[0].value);  // the model, e.g. "K123", also the title's last word but a tag
        const auto at = std::find(words.begin(), words.end(), code);
        REQUIRE(at != words.begin());
        const std::string noun = *(at - 1);  // e.g. "Headphones"
        std::string lower = noun;
        for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        std::string misspelt = lower;
        if (misspelt.size() >= 5) std::swap(misspelt[2], misspelt[3]);
        std::string shouted(p.title);
        for (char& c : shouted) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        for (const std::string& query : {shouted, misspelt + " " + code, code + " " + lower.substr(0, 4), "  " + code + "  "}) {
            CAPTURE(p.title, query);
            const auto ids = top_ids(index, products, query, 3);
            CHECK(std::find(ids.begin(), ids.end(), p.id) != ids.end());
        }
    }
}

TEST_CASE("bad queries are answered, never crashed on") {
    static const std::vector<Product> products = testing::demo_catalogue();
    static const SearchIndex index(products);
    const std::string query = GENERATE(std::string(""), std::string("!!! ??? ..."), std::string(10000, 'a'),
                                       std::string("\xff\xfe\xc3"), std::string("kettle\xe2\x82"), std::string(300, ' ') + "garden");
    SearchRequest request;
    request.query = query;
    const SearchResult result = index.search(request);
    CHECK(result.total <= products.size());
    if (query.find_first_not_of("!?. ") == std::string::npos) CHECK(result.total == products.size());  // no words: everything
}

TEST_CASE("an empty catalogue answers every query with nothing") {
    static const std::vector<Product> none;
    const SearchIndex index(none);
    for (const char* query : {"", "kettle", "ket", "kettel grinder"}) {
        SearchRequest request;
        request.query = query;
        request.offset = 5;
        const SearchResult result = index.search(request);
        CHECK(result.total == 0);
        CHECK(result.hits.empty());
        CHECK(result.facets.currencies.empty());
    }
}

TEST_CASE("the same query always gives the same order") {
    static const std::vector<Product> products = testing::demo_catalogue();
    const SearchIndex index(products);
    CHECK(top_ids(index, products, "garden", 100) == top_ids(index, products, "garden", 100));
    CHECK(top_ids(index, products, "", 100).size() == products.size());
}

TEST_CASE("highlights mark the matched words of the title") {
    const std::vector<Product> products = testing::demo_catalogue();
    const auto it = std::find_if(products.begin(), products.end(), [](const Product& p) { return p.id == "E-2001"; });
    REQUIRE(it != products.end());
    const Highlight h = highlight_product(*it, "headphnes x2");
    REQUIRE(h.title_spans.size() == 2);
    CHECK(it->title.substr(h.title_spans[0].begin, h.title_spans[0].end - h.title_spans[0].begin) == "Headphones");
    CHECK(it->title.substr(h.title_spans[1].begin, h.title_spans[1].end - h.title_spans[1].begin) == "X200");
    const Highlight d = highlight_product(*it, "fast charge");
    CHECK_FALSE(d.excerpt.empty());
    CHECK_FALSE(d.excerpt_spans.empty());
}

TEST_CASE("a code found inside a longer one is highlighted whole") {
    const std::string title = "Braided cable USB-C/Lightning";
    const std::vector<Span> spans = highlight_text(title, "clightning");
    REQUIRE(spans.size() == 1);
    CHECK(title.substr(spans[0].begin, spans[0].end - spans[0].begin) == "C/Lightning");
}

TEST_CASE("excerpts are short, cut between characters, and their spans mark matching words") {
    static const std::vector<Product> products = testing::demo_catalogue();
    const std::string query = GENERATE(std::string("steel"), std::string("garden handle"), std::string("чайник"), std::string("works wel"),
                                       std::string("山"), std::string("réservoir"));
    CAPTURE(query);
    std::size_t with_excerpt = 0;
    for (const Product& p : products) {
        const Highlight h = highlight_product(p, query);
        for (const Span& s : h.title_spans) CHECK((s.begin < s.end && s.end <= p.title.size()));
        if (h.excerpt.empty()) continue;
        ++with_excerpt;
        CHECK(h.excerpt.size() <= 160);
        CHECK((static_cast<unsigned char>(h.excerpt.front()) & 0xC0) != 0x80);
        REQUIRE_FALSE(h.excerpt_spans.empty());
        for (const Span& s : h.excerpt_spans) {
            REQUIRE((s.begin < s.end && s.end <= h.excerpt.size()));
            CHECK_FALSE(highlight_text(h.excerpt.substr(s.begin, s.end - s.begin), query).empty());
        }
    }
    CHECK(with_excerpt > 0);
}

TEST_CASE("a query that finds nothing gets a close spelling that does") {
    static const std::vector<Product> products = testing::demo_catalogue();
    const SearchIndex index(products);
    CHECK(index.suggest("wireless headphones").empty());  // every word is found as typed
    CHECK(index.suggest("wireless headphons") == "wireless headphones");
    const std::string suggestion = index.suggest("skilett cazt iron");
    CHECK(suggestion == "skillet cast iron");
    SearchRequest request;
    request.query = suggestion;
    CHECK(index.search(request).total >= 1);
    CHECK(index.suggest("qqqqqqqqqq").empty());
}

TEST_CASE("a suggestion is written as the catalogue writes its words, with their accents and vowel signs") {
    std::vector<Product> products(2);
    products[0].id = "IN-1";
    products[0].title = "स्टेनलेस स्टील प्रेशर कुकर";
    products[1].id = "FR-1";
    products[1].title = "Chalumeau à crème brûlée";
    const SearchIndex index(products);
    // स्टेनलेज is one letter from स्टेनलेस; the index holds the words without their vowel signs
    // and viramas (सटनलस, सटल), which a suggestion must not show.
    CHECK(index.suggest("स्टेनलेज स्टील") == "स्टेनलेस स्टील");
    CHECK(index.suggest("creme brulle") == "crème brûlée");
}

namespace {

Product product_titled(std::string_view id, std::string_view title, std::string_view description = "") {
    Product p;
    p.id = testing::kept(id);
    p.title = testing::kept(title);
    p.description = testing::kept(description);
    return p;
}

// Filler products, so that document frequencies are those of a shop and not of three products.
std::vector<Product> with_filler(std::vector<Product> products) {
    for (int i = 0; i < 200; ++i) products.push_back(product_titled("F-" + std::to_string(i), "Garden Hose " + std::to_string(i), "A hose for the garden."));
    return products;
}

float score_of(const SearchIndex& index, const std::vector<Product>& products, const std::string& query, const std::string& id) {
    SearchRequest request;
    request.query = query;
    for (const Hit& hit : index.search(request).hits) {
        if (products[hit.product].id == id) return hit.score;
    }
    return -1;
}

}  // namespace

TEST_CASE("a word typed whole ranks the products holding it above those holding a rarer word it starts") {
    std::vector<Product> products;
    for (int i = 0; i < 20; ++i) products.push_back(product_titled("S-" + std::to_string(i), "Premium Smart Kettle " + std::to_string(i)));
    products.push_back(product_titled("W-1", "Premium Smartwatch Strap 1"));  // a title as long as theirs
    products = with_filler(std::move(products));
    const SearchIndex index(products);
    const auto ids = top_ids(index, products, "premium smart", 20);
    REQUIRE(ids.size() == 20);
    CHECK(std::find(ids.begin(), ids.end(), "W-1") == ids.end());
    // While the word is still short of any, its completions all count.
    const auto typing = top_ids(index, products, "premium smar", 21);
    CHECK(std::find(typing.begin(), typing.end(), "W-1") != typing.end());
}

TEST_CASE("a product whose description also speaks of the query ranks above one that only names it") {
    const std::vector<Product> products = with_filler({
        product_titled("A-1", "Acme Thermos Flask", "Keeps tea hot."),
        product_titled("A-2", "Acme Thermos Flask", "This thermos keeps tea hot for a day: the best thermos we made."),
    });
    const SearchIndex index(products);
    CHECK(top_ids(index, products, "thermos", 2) == std::vector<std::string>{"A-2", "A-1"});
}

TEST_CASE("long reviews do not push a product down for a word of its title") {
    Product reviewed = product_titled("R-1", "Acme Thermos Flask");
    std::vector<Review> reviews;
    for (int i = 0; i < 30; ++i) {
        Review review;
        review.title = "Works";
        review.body = "It arrived quickly, it was well packed, and my whole family uses it every single day at work.";
        reviews.push_back(review);
    }
    reviewed.reviews = testing::kept(reviews);
    const std::vector<Product> products = with_filler({reviewed, product_titled("R-2", "Acme Thermos Flask")});
    const SearchIndex index(products);
    CHECK(score_of(index, products, "thermos", "R-1") == score_of(index, products, "thermos", "R-2"));
    CHECK(score_of(index, products, "thermos", "R-1") > 0);
}

TEST_CASE("a title saying the words side by side, as typed, ranks above shorter titles holding them apart") {
    std::vector<Product> products;
    for (int i = 0; i < 5; ++i) products.push_back(product_titled("P-" + std::to_string(i), "Cancelling Guard for Noise " + std::to_string(i)));
    products.push_back(product_titled("N-1", "Noise Cancelling Headphones, Over-Ear, Bluetooth 5.3, 40-Hour Battery, Foldable"));
    products = with_filler(std::move(products));
    const SearchIndex index(products);
    CHECK(top_ids(index, products, "noise cancelling", 1) == std::vector<std::string>{"N-1"});
    CHECK(top_ids(index, products, "noise cancel", 1) == std::vector<std::string>{"N-1"});  // still typing
    CHECK(top_ids(index, products, "noise canceling", 1) == std::vector<std::string>{"N-1"});  // misspelt
    // One word has no neighbour to be found beside: the shorter titles stay first.
    CHECK(top_ids(index, products, "cancelling", 1) != std::vector<std::string>{"N-1"});
}

TEST_CASE("results asked a page at a time are the results asked at once, best first") {
    std::vector<Product> products;
    for (int i = 0; i < 150; ++i) {
        const std::string n = std::to_string(i);
        products.push_back(product_titled("K-" + n, i % 3 ? "Steel Kettle Stove " + n : "Stove with a Steel Kettle " + n, "A steel kettle."));
    }
    products = with_filler(std::move(products));
    const SearchIndex index(products);
    for (const std::string query : {"steel kettle", "steel ket", "kettle steel"}) {
        CAPTURE(query);
        SearchRequest whole;
        whole.query = query;
        whole.limit = 140;
        const std::vector<Hit> all = index.search(whole).hits;
        REQUIRE(all.size() == 140);
        for (std::size_t i = 1; i < all.size(); ++i) CHECK(all[i - 1].score >= all[i].score);
        for (const bool facets : {true, false}) {
            std::vector<Hit> paged;
            for (std::size_t offset = 0; offset < 140; offset += 7) {
                SearchRequest page = whole;
                page.offset = offset;
                page.limit = 7;
                page.facets = facets;
                for (const Hit& hit : index.search(page).hits) paged.push_back(hit);
            }
            REQUIRE(paged.size() == all.size());
            for (std::size_t i = 0; i < all.size(); ++i) CHECK((paged[i].product == all[i].product && paged[i].score == all[i].score));
        }
    }
}
