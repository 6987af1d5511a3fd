// Product search: ranked, typo-tolerant, faceted. Pure C++, shared by the viewer, the CLI and
// the Node build. The index refers to the products it was built from: they must outlive it
// and stay unchanged while it exists. search() keeps scratch space and the previous keystroke's
// matches inside the index: one thread at a time per index.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"

namespace vitrine {

enum class SortOrder { relevance, price_ascending, price_descending, rating, most_reviewed };

const char* to_string(SortOrder order);
std::optional<SortOrder> parse_sort_order(std::string_view text);

struct SearchFilters {
    std::string currency;  // price bounds apply within this currency; empty = any currency
    std::optional<std::int64_t> price_min_minor;
    std::optional<std::int64_t> price_max_minor;
    bool in_stock_only = false;
    double min_rating = 0;  // products rated at least this average
    std::vector<std::string> origins;     // any of; empty = all
    std::vector<std::string> regions;     // any of; empty = all
    std::vector<std::string> categories;  // any of (rank categories); empty = all

    bool operator==(const SearchFilters&) const = default;
};

struct SearchRequest {
    std::string query;
    SearchFilters filters;
    SortOrder sort = SortOrder::relevance;
    std::size_t offset = 0;
    std::size_t limit = std::numeric_limits<std::size_t>::max();
    // Facets and an exact total need every match. Without them, a query ranked by relevance and
    // not filtered ranks only what can reach the first offset + limit, and `total` counts the
    // matches up to `total_cap` (a list shows "10,000+"; 0 counts none).
    bool facets = true;
    std::size_t total_cap = std::numeric_limits<std::size_t>::max();
};

struct Span {
    std::size_t begin = 0;  // byte offsets into the highlighted text
    std::size_t end = 0;
};

struct Hit {
    std::uint32_t product = 0;  // index into the products the index was built from
    float score = 0;
};

// What to paint for one hit. Computed on demand for the rows on screen, not for every match.
struct Highlight {
    std::vector<Span> title_spans;  // into the product's title
    std::string excerpt;            // a short piece (about 160 bytes) of the best-matching other field
    std::vector<Span> excerpt_spans;
};

struct FacetValue {
    std::string value;
    std::size_t count = 0;
};

struct CurrencyFacet {
    std::string currency;
    std::size_t count = 0;
    std::int64_t min_minor = 0;
    std::int64_t max_minor = 0;
};

// Counts over the products matching the query and all filters but the facet's own, so a
// shopper sees what choosing another value would give.
struct Facets {
    std::vector<CurrencyFacet> currencies;
    std::size_t in_stock = 0;
    std::size_t rating_at_least[6] = {};  // [n] = products with average >= n
    std::vector<FacetValue> origins;
    std::vector<FacetValue> regions;
    std::vector<FacetValue> categories;
};

struct SearchResult {
    std::size_t total = 0;  // matches before offset/limit
    bool total_capped = false;  // there may be more than `total` (SearchRequest::total_cap)
    std::vector<Hit> hits;
    Facets facets;
};

class SearchIndex {
public:
    explicit SearchIndex(const std::vector<Product>& products);
    ~SearchIndex();

    // The index's dictionary and postings as bytes (the "index" part of catalogue.vitrine), and an
    // index opened from them without tokenising the products again. open_saved() gives null, and
    // the problem, when the bytes are not an index of these products.
    std::string saved() const;
    static std::unique_ptr<SearchIndex> open_saved(const std::vector<Product>& products, std::string_view bytes, std::string& problem);
    SearchIndex(const SearchIndex&) = delete;
    SearchIndex& operator=(const SearchIndex&) = delete;

    SearchResult search(const SearchRequest& request) const;

    // What the index itself holds (dictionary, postings, typo table, columns), in bytes.
    std::size_t memory_bytes() const;

    // A close spelling of a query: each word not found as typed replaced by the dictionary word
    // it stands for (or the nearest one, within two edits). Empty when every word is found as typed.
    std::string suggest(std::string_view query) const;

private:
    struct Impl;
    explicit SearchIndex(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

// What of a product matches a query: spans in its title and an excerpt of another field.
Highlight highlight_product(const Product& product, std::string_view query);

// Spans of `text` matching a query, by the same rules as search.
std::vector<Span> highlight_text(std::string_view text, std::string_view query);

// The review view: one product's reviews, searched with the same tokeniser and scoring.
enum class ReviewSort { newest, oldest, highest, lowest };

const char* to_string(ReviewSort order);
std::optional<ReviewSort> parse_review_sort(std::string_view text);

struct ReviewRequest {
    std::string query;
    int stars = 0;  // only reviews with exactly this many stars; 0 = all
    ReviewSort sort = ReviewSort::newest;
    bool operator==(const ReviewRequest&) const = default;
};

struct ReviewHit {
    std::uint32_t review = 0;  // index into product.reviews
    std::vector<Span> title_spans;
    std::vector<Span> body_spans;
};

struct ReviewResult {
    std::vector<ReviewHit> hits;
    std::size_t star_counts[6] = {};  // [n] = reviews with n stars, among those matching the query
};

ReviewResult search_reviews(const Product& product, const ReviewRequest& request);

}  // namespace vitrine
