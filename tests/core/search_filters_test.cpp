// Filters, facets and sort orders, checked against a plain recount on random catalogues.
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/generators/catch_generators_range.hpp>

#include <algorithm>
#include <map>
#include <set>

#include "core/search/search.hpp"
#include "search_test_support.hpp"

using namespace vitrine;

namespace {

bool in_category(const Product& p, const std::vector<std::string>& wanted) {
    if (wanted.empty()) return true;
    return std::any_of(p.ranks.begin(), p.ranks.end(),
                       [&](const Rank& r) { return std::find(wanted.begin(), wanted.end(), r.category) != wanted.end(); });
}

bool in_list(std::string_view value, const std::vector<std::string>& wanted) {
    return wanted.empty() || std::find(wanted.begin(), wanted.end(), value) != wanted.end();
}

// The filters, written the obvious way.
enum Skip { kNothing, kPrice, kStock, kRating, kOrigin, kRegion, kCategory };

// Whether the product passes every filter but `skip`: what the facet of `skip` counts.
bool naive_passes(const Product& p, const SearchFilters& f, Skip skip = kNothing) {
    const bool price = skip == kPrice || f.currency.empty() ||
                       (p.price && p.price->currency == f.currency && p.price->minor >= f.price_min_minor.value_or(INT64_MIN) &&
                        p.price->minor <= f.price_max_minor.value_or(INT64_MAX));
    return price && (skip == kStock || !f.in_stock_only || p.in_stock) && (skip == kRating || p.rating.average >= f.min_rating) &&
           (skip == kOrigin || in_list(p.store.origin, f.origins)) && (skip == kRegion || in_list(p.store.region, f.regions)) &&
           (skip == kCategory || in_category(p, f.categories));
}

SearchFilters random_filters(std::mt19937& random) {
    SearchFilters f;
    if (random() % 2) f.currency = random() % 2 ? "GBP" : "JPY";
    if (!f.currency.empty() && random() % 2) f.price_min_minor = random() % 2000;
    if (!f.currency.empty() && random() % 2) f.price_max_minor = 2000 + random() % 3000;
    f.in_stock_only = random() % 2;
    f.min_rating = random() % 4 == 0 ? static_cast<double>(random() % 51) / 10.0 : static_cast<double>(random() % 5);
    if (random() % 2) f.origins = {"GB", "JP"};
    if (random() % 3 == 0) f.regions = {"Japan", "Atlantis"};  // a value no product has matches nothing
    if (random() % 3 == 0) f.categories = {"Books"};
    if (random() % 5 == 0) f.categories.push_back("Toys");
    return f;
}

}  // namespace

TEST_CASE("filters keep exactly the products a plain check keeps, and facets equal a recount") {
    const unsigned seed = GENERATE(range(1u, 41u));
    CAPTURE(seed);
    const std::vector<Product> products = testing::random_catalogue(seed, 300);
    const SearchIndex index(products);
    std::mt19937 random(seed * 7919u);
    SearchRequest request;
    request.filters = random_filters(random);
    request.query = random() % 2 ? "kettle" : "";
    const SearchResult result = index.search(request);

    const auto matches_query = [&](const Product& p) {
        return request.query.empty() || p.title.find("kettle") != std::string::npos || p.description.find("kettle") != std::string::npos;
    };
    std::vector<std::uint32_t> expected;
    std::size_t in_stock = 0, rated[6] = {};
    std::map<std::string, std::size_t> origins, regions, categories;
    std::map<std::string, CurrencyFacet> currencies;
    const SearchFilters& f = request.filters;
    for (std::uint32_t i = 0; i < products.size(); ++i) {
        const Product& p = products[i];
        if (!matches_query(p)) continue;
        if (naive_passes(p, f)) expected.push_back(i);
        if (naive_passes(p, f, kStock) && p.in_stock) ++in_stock;
        for (int stars = 0; stars <= 5; ++stars) rated[stars] += naive_passes(p, f, kRating) && p.rating.average >= stars ? 1 : 0;
        if (naive_passes(p, f, kPrice) && p.price) {
            CurrencyFacet& c = currencies[std::string(p.price->currency)];
            c.min_minor = c.count == 0 ? p.price->minor : std::min(c.min_minor, p.price->minor);
            c.max_minor = c.count == 0 ? p.price->minor : std::max(c.max_minor, p.price->minor);
            c.currency = std::string(p.price->currency);
            ++c.count;
        }
        if (naive_passes(p, f, kOrigin)) ++origins[std::string(p.store.origin)];
        if (naive_passes(p, f, kRegion)) ++regions[std::string(p.store.region)];
        if (naive_passes(p, f, kCategory)) {
            std::set<std::string> distinct;  // a product ranked twice in a category is one product in it
            for (const Rank& r : p.ranks) distinct.emplace(r.category);
            for (const std::string& c : distinct) ++categories[c];
        }
    }
    std::vector<std::uint32_t> got;
    for (const Hit& hit : result.hits) got.push_back(hit.product);
    std::sort(got.begin(), got.end());
    CHECK(got == expected);
    CHECK(result.total == expected.size());
    CHECK(result.facets.in_stock == in_stock);
    for (int stars = 0; stars <= 5; ++stars) CHECK(result.facets.rating_at_least[stars] == rated[stars]);
    REQUIRE(result.facets.currencies.size() == currencies.size());
    for (const CurrencyFacet& c : result.facets.currencies) {
        CAPTURE(c.currency);
        CHECK(c.count == currencies[c.currency].count);
        CHECK(c.min_minor == currencies[c.currency].min_minor);
        CHECK(c.max_minor == currencies[c.currency].max_minor);
    }
    const auto counts = [](const std::vector<FacetValue>& values) {
        std::map<std::string, std::size_t> out;
        for (const FacetValue& v : values) out[v.value] = v.count;
        return out;
    };
    CHECK(counts(result.facets.origins) == origins);
    CHECK(counts(result.facets.regions) == regions);
    CHECK(counts(result.facets.categories) == categories);
}

TEST_CASE("every sort order agrees with a plain sort, ties broken by id") {
    const unsigned seed = GENERATE(range(1u, 11u));
    const SortOrder order = GENERATE(SortOrder::price_ascending, SortOrder::price_descending, SortOrder::rating, SortOrder::most_reviewed);
    // Many matches are ordered by walking a ranking, few by sorting: both ways are checked.
    const bool few = GENERATE(false, true);
    CAPTURE(seed, to_string(order), few);
    const std::vector<Product> products = testing::random_catalogue(seed, 400);
    const SearchIndex index(products);
    SearchRequest request;
    request.sort = order;
    if (few) {
        request.query = "kettle";
        request.filters.origins = {"JP"};
        request.filters.in_stock_only = true;
    }
    const SearchResult result = index.search(request);
    REQUIRE(result.hits.size() == result.total);
    if (few) CHECK(result.total * 8 < products.size());
    else CHECK(result.total == products.size());
    for (std::size_t i = 1; i < result.hits.size(); ++i) {
        const Product& a = products[result.hits[i - 1].product];
        const Product& b = products[result.hits[i].product];
        CAPTURE(a.id, b.id);
        const auto popularity = [](const Product& p) { return std::max(p.rating.count, p.reviews_count); };
        switch (order) {
            case SortOrder::price_ascending:
            case SortOrder::price_descending: {
                if (!a.price || !b.price) {
                    CHECK((a.price || !b.price));  // products without a price come last
                    if (!a.price && !b.price) CHECK(a.id < b.id);
                    break;
                }
                CHECK(a.price->currency <= b.price->currency);
                if (a.price->currency != b.price->currency) break;
                if (a.price->minor == b.price->minor) CHECK(a.id < b.id);
                else CHECK((order == SortOrder::price_ascending) == (a.price->minor < b.price->minor));
                break;
            }
            case SortOrder::rating:
                CHECK(a.rating.average >= b.rating.average);
                if (a.rating.average == b.rating.average) CHECK(popularity(a) >= popularity(b));
                break;
            case SortOrder::most_reviewed:
                CHECK(popularity(a) >= popularity(b));
                if (popularity(a) == popularity(b)) CHECK(a.id < b.id);
                break;
            case SortOrder::relevance: break;
        }
    }
}

TEST_CASE("relevance orders by score, ties by id; without a query, by number of ratings and reviews") {
    const std::vector<Product> products = testing::random_catalogue(4, 300);
    const SearchIndex index(products);
    SearchRequest request;
    request.query = "kettle garden";
    const SearchResult scored = index.search(request);
    REQUIRE(scored.hits.size() > 2);
    for (std::size_t i = 1; i < scored.hits.size(); ++i) {
        const Hit& a = scored.hits[i - 1];
        const Hit& b = scored.hits[i];
        CHECK(a.score >= b.score);
        if (a.score == b.score) CHECK(products[a.product].id < products[b.product].id);
    }
    request.query = "";
    SearchRequest most_reviewed = request;
    most_reviewed.sort = SortOrder::most_reviewed;
    const SearchResult browsed = index.search(request);
    const SearchResult by_reviews = index.search(most_reviewed);
    REQUIRE(browsed.hits.size() == by_reviews.hits.size());
    for (std::size_t i = 0; i < browsed.hits.size(); ++i) CHECK(browsed.hits[i].product == by_reviews.hits[i].product);
}

TEST_CASE("the whole catalogue's facets, counted once and kept, stay right") {
    const std::vector<Product> products = testing::random_catalogue(8, 250);
    const SearchIndex index(products);
    std::size_t in_stock = 0;
    for (const Product& p : products) in_stock += p.in_stock ? 1 : 0;
    for (int i = 0; i < 3; ++i) {
        SearchRequest request;
        request.query = i == 1 ? "kettle" : "";
        const SearchResult result = index.search(request);
        if (i == 1) continue;
        CHECK(result.total == products.size());
        CHECK(result.facets.in_stock == in_stock);
        CHECK(result.facets.rating_at_least[0] == products.size());
    }
}

TEST_CASE("offset and limit page through the same order") {
    const std::vector<Product> products = testing::random_catalogue(3, 120);
    const SearchIndex index(products);
    SearchRequest all;
    all.sort = SortOrder::price_ascending;
    const SearchResult whole = index.search(all);
    SearchRequest page = all;
    page.offset = 40;
    page.limit = 25;
    const SearchResult part = index.search(page);
    CHECK(part.total == whole.total);
    REQUIRE(part.hits.size() == 25);
    for (std::size_t i = 0; i < 25; ++i) CHECK(part.hits[i].product == whole.hits[40 + i].product);
}

TEST_CASE("reviews are searched, counted by stars and sorted") {
    const std::vector<Product> products = testing::demo_catalogue();
    const auto it = std::find_if(products.begin(), products.end(), [](const Product& p) { return p.id == "K-3001"; });
    REQUIRE(it != products.end());
    ReviewRequest request;
    ReviewResult all = search_reviews(*it, request);
    CHECK(all.hits.size() == it->reviews.size());
    CHECK(all.star_counts[5] == 3);
    CHECK(all.star_counts[2] == 1);
    for (std::size_t i = 1; i < all.hits.size(); ++i) CHECK(it->reviews[all.hits[i - 1].review].date >= it->reviews[all.hits[i].review].date);
    request.stars = 5;
    CHECK(search_reviews(*it, request).hits.size() == 3);
    request.stars = 0;
    request.query = "rustd";  // a typo
    const ReviewResult rust = search_reviews(*it, request);
    REQUIRE(rust.hits.size() == 1);
    CHECK(it->reviews[rust.hits[0].review].title == "Rusted");
    CHECK_FALSE(rust.hits[0].title_spans.empty());
    request.query = "pan";
    for (const ReviewHit& hit : search_reviews(*it, request).hits) {
        const Review& review = it->reviews[hit.review];
        CHECK(hit.title_spans.size() + hit.body_spans.size() > 0);
        for (const Span& s : hit.body_spans) CHECK((s.begin < s.end && s.end <= review.body.size()));
    }
}

TEST_CASE("a word only a product's reviews hold finds the review, not the product") {
    const std::vector<Product> products = testing::demo_catalogue();
    const auto pan = std::find_if(products.begin(), products.end(), [](const Product& p) { return p.id == "K-3001"; });
    REQUIRE(pan != products.end());
    const SearchIndex index(products);
    SearchRequest request;
    request.query = "dishwasher";  // only in a review: "Rusted after the dishwasher (my fault)."
    for (const Hit& hit : index.search(request).hits) CHECK(products[hit.product].id != "K-3001");
    ReviewRequest in_reviews;
    in_reviews.query = "dishwasher";
    CHECK(search_reviews(*pan, in_reviews).hits.size() == 1);
}
