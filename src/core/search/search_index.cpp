// SearchIndex: BM25 over boosted fields, AND across query words (each word may match exactly,
// as a prefix while typed, or with a typo), then filters, facets and the chosen order.
#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

#include "core/search/query_words.hpp"
#include "core/search/search.hpp"
#include "core/search/term_index.hpp"
#include "core/search/tokenizer.hpp"

namespace vitrine {

namespace {

// How much a word counts by the field it is found in.
constexpr float kTitleBoost = 5.0f;
constexpr float kCategoryBoost = 3.0f;
constexpr float kSpecBoost = 2.0f;
constexpr float kDescriptionBoost = 1.0f;
constexpr float kReviewBoost = 0.5f;
constexpr float kK1 = 1.2f;
constexpr float kB = 0.75f;
constexpr std::uint16_t kNone = 0xFFFF;

enum FilterBit : std::uint32_t {
    kPriceBit = 1, kStockBit = 2, kRatingBit = 4, kOriginBit = 8, kRegionBit = 16, kCategoryBit = 32, kAllBits = 63,
};

// Interned strings: facet values become small integers.
class Interner {
public:
    std::uint16_t id(const std::string& value) {
        if (value.empty()) return kNone;
        const auto [it, inserted] = ids_.emplace(value, static_cast<std::uint16_t>(values_.size()));
        if (inserted) values_.push_back(value);
        return it->second;
    }
    std::uint16_t find(const std::string& value) const {
        const auto it = ids_.find(value);
        return it == ids_.end() ? kNone - 1 : it->second;  // kNone - 1 matches nothing
    }
    const std::string& value(std::uint16_t id) const { return values_[id]; }
    std::size_t size() const { return values_.size(); }

private:
    std::unordered_map<std::string, std::uint16_t> ids_;
    std::vector<std::string> values_;
};

struct Document {
    std::int64_t price_minor = 0;
    std::uint16_t currency = kNone;
    std::uint16_t origin = kNone;
    std::uint16_t region = kNone;
    bool in_stock = false;
    float rating = 0;
    std::int64_t popularity = 0;  // number of ratings
    std::uint32_t id_rank = 0;    // position of the id in sorted order: the tie-breaker
    std::uint32_t categories_begin = 0, categories_end = 0;
    float length = 0;             // boosted word count
    float length_norm = 0;        // BM25's k1 * (1 - b + b * length / average length), kept per document
};

void add_field(TermIndexBuilder& builder, std::uint32_t doc, std::string_view text, float boost, float& length) {
    for (const Token& token : tokenize(text)) {
        builder.add(doc, token.text, boost);
        length += boost;
    }
}

}  // namespace

struct SearchIndex::Impl {
    const std::vector<Product>& products;
    TermIndex terms;
    std::vector<Document> documents;
    std::vector<std::uint16_t> category_ids;
    Interner currencies, origins, regions, categories;
    float average_length = 1;
    // Scratch space reused by every query (an index serves one thread).
    mutable std::vector<float> scores;
    mutable std::vector<std::uint32_t> matched_words;

    explicit Impl(const std::vector<Product>& all) : products(all) {
        TermIndexBuilder builder;
        documents.resize(products.size());
        std::vector<std::uint32_t> by_id(products.size());
        std::iota(by_id.begin(), by_id.end(), 0u);
        std::sort(by_id.begin(), by_id.end(), [&](std::uint32_t a, std::uint32_t b) { return products[a].id < products[b].id; });
        for (std::uint32_t rank = 0; rank < by_id.size(); ++rank) documents[by_id[rank]].id_rank = rank;

        double total_length = 0;
        for (std::uint32_t doc = 0; doc < products.size(); ++doc) {
            const Product& p = products[doc];
            Document& d = documents[doc];
            add_field(builder, doc, p.title, kTitleBoost, d.length);
            for (const Rank& rank : p.ranks) add_field(builder, doc, rank.category, kCategoryBoost, d.length);
            for (const Spec& spec : p.specs) add_field(builder, doc, spec.value, kSpecBoost, d.length);
            add_field(builder, doc, p.description, kDescriptionBoost, d.length);
            for (const Review& review : p.reviews) {
                add_field(builder, doc, review.title, kReviewBoost, d.length);
                add_field(builder, doc, review.body, kReviewBoost, d.length);
            }
            total_length += d.length;
            if (p.price) {
                d.price_minor = p.price->minor;
                d.currency = currencies.id(p.price->currency);
            }
            d.origin = origins.id(p.store.origin);
            d.region = regions.id(p.store.region);
            d.in_stock = p.in_stock;
            d.rating = static_cast<float>(p.rating.average);
            d.popularity = std::max(p.rating.count, p.reviews_count);
            d.categories_begin = static_cast<std::uint32_t>(category_ids.size());
            for (const Rank& rank : p.ranks) category_ids.push_back(categories.id(rank.category));
            d.categories_end = static_cast<std::uint32_t>(category_ids.size());
        }
        terms = builder.build();
        average_length = products.empty() ? 1.0f : std::max(1.0f, static_cast<float>(total_length / static_cast<double>(products.size())));
        for (Document& d : documents) d.length_norm = kK1 * (1.0f - kB + kB * d.length / average_length);
        scores.assign(products.size(), 0.0f);
        matched_words.assign(products.size(), 0);
    }

    // Which filters a document passes, one bit each (see FilterBit).
    struct CompiledFilters {
        std::uint16_t currency = kNone;  // kNone: any
        std::int64_t min = INT64_MIN, max = INT64_MAX;
        bool in_stock_only = false;
        float min_rating = 0;
        std::vector<std::uint16_t> origins, regions, categories;
    };

    CompiledFilters compile(const SearchFilters& f) const {
        CompiledFilters c;
        if (!f.currency.empty()) c.currency = currencies.find(f.currency);
        if (f.price_min_minor) c.min = *f.price_min_minor;
        if (f.price_max_minor) c.max = *f.price_max_minor;
        c.in_stock_only = f.in_stock_only;
        c.min_rating = static_cast<float>(f.min_rating);
        for (const std::string& v : f.origins) c.origins.push_back(origins.find(v));
        for (const std::string& v : f.regions) c.regions.push_back(regions.find(v));
        for (const std::string& v : f.categories) c.categories.push_back(categories.find(v));
        return c;
    }

    static bool any_of(const std::vector<std::uint16_t>& wanted, std::uint16_t value) {
        return wanted.empty() || std::find(wanted.begin(), wanted.end(), value) != wanted.end();
    }

    std::uint32_t passes(const Document& d, const CompiledFilters& c) const {
        std::uint32_t mask = 0;
        // Price bounds only mean something within one currency.
        const bool price_ok = c.currency == kNone || (d.currency == c.currency && d.price_minor >= c.min && d.price_minor <= c.max);
        if (price_ok) mask |= kPriceBit;
        if (!c.in_stock_only || d.in_stock) mask |= kStockBit;
        if (d.rating >= c.min_rating) mask |= kRatingBit;
        if (any_of(c.origins, d.origin)) mask |= kOriginBit;
        if (any_of(c.regions, d.region)) mask |= kRegionBit;
        bool category_ok = c.categories.empty();
        for (std::uint32_t k = d.categories_begin; k < d.categories_end && !category_ok; ++k) category_ok = any_of(c.categories, category_ids[k]);
        if (category_ok) mask |= kCategoryBit;
        return mask;
    }

    // Documents matching every query word, with their BM25 scores.
    std::vector<Hit> match(const QueryWords& words) const {
        std::vector<Hit> hits;
        if (words.words.empty()) {
            hits.reserve(products.size());
            for (std::uint32_t doc = 0; doc < products.size(); ++doc) hits.push_back({doc, 0.0f});
            return hits;
        }
        std::vector<std::uint32_t> touched;
        const auto n = static_cast<float>(products.size());
        for (std::size_t w = 0; w < words.words.size(); ++w) {
            const std::uint32_t bit = 1u << w;
            for (const Expansion& e : terms.expand(words.words[w], w + 1 == words.words.size() && words.last_is_prefix)) {
                const auto df = static_cast<float>(terms.document_frequency(e.term));
                const float idf = std::log(1.0f + (n - df + 0.5f) / (df + 0.5f)) * e.weight;
                for (const Posting* p = terms.postings_begin(e.term); p != terms.postings_end(e.term); ++p) {
                    if (matched_words[p->doc] == 0) touched.push_back(p->doc);
                    scores[p->doc] += idf * p->weight * (kK1 + 1.0f) / (p->weight + documents[p->doc].length_norm);
                    matched_words[p->doc] |= bit;
                }
            }
        }
        const std::uint32_t all = words.words.size() >= 32 ? 0xFFFFFFFFu : (1u << words.words.size()) - 1;
        for (const std::uint32_t doc : touched) {
            if (matched_words[doc] == all) hits.push_back({doc, scores[doc]});
            scores[doc] = 0;
            matched_words[doc] = 0;
        }
        return hits;
    }

    void count_facets(const Document& d, std::uint32_t mask, Facets& f, std::vector<std::size_t>& currency_rows) const {
        const auto passes_except = [&](std::uint32_t bit) { return (mask | bit) == kAllBits; };
        if (passes_except(kPriceBit) && d.currency != kNone) {
            std::size_t& row = currency_rows[d.currency];
            if (row == SIZE_MAX) {
                row = f.currencies.size();
                f.currencies.push_back({currencies.value(d.currency), 0, d.price_minor, d.price_minor});
            }
            CurrencyFacet& c = f.currencies[row];
            ++c.count;
            c.min_minor = std::min(c.min_minor, d.price_minor);
            c.max_minor = std::max(c.max_minor, d.price_minor);
        }
        if (passes_except(kStockBit) && d.in_stock) ++f.in_stock;
        if (passes_except(kRatingBit)) {
            for (int stars = 0; stars <= 5 && d.rating >= static_cast<float>(stars); ++stars) ++f.rating_at_least[stars];
        }
        if (passes_except(kOriginBit) && d.origin != kNone) ++f.origins[d.origin].count;
        if (passes_except(kRegionBit) && d.region != kNone) ++f.regions[d.region].count;
        if (passes_except(kCategoryBit)) {
            for (std::uint32_t k = d.categories_begin; k < d.categories_end; ++k) ++f.categories[category_ids[k]].count;
        }
    }

    static std::vector<FacetValue> named(const Interner& names) {
        std::vector<FacetValue> out(names.size());
        for (std::uint16_t i = 0; i < names.size(); ++i) out[i].value = names.value(i);
        return out;
    }

    // Facet lists shoppers read: values with products, most first, then by name.
    static void tidy(std::vector<FacetValue>& values) {
        values.erase(std::remove_if(values.begin(), values.end(), [](const FacetValue& v) { return v.count == 0; }), values.end());
        std::sort(values.begin(), values.end(), [](const FacetValue& a, const FacetValue& b) {
            return a.count != b.count ? a.count > b.count : a.value < b.value;
        });
    }

    void sort_hits(std::vector<Hit>& hits, SortOrder order, bool empty_query, std::size_t keep) const {
        const auto by_id = [&](const Hit& a, const Hit& b) { return documents[a.product].id_rank < documents[b.product].id_rank; };
        const auto less = [&](const Hit& a, const Hit& b) {
            const Document& x = documents[a.product];
            const Document& y = documents[b.product];
            switch (order) {
                case SortOrder::relevance:
                    if (empty_query && x.popularity != y.popularity) return x.popularity > y.popularity;
                    if (a.score != b.score) return a.score > b.score;
                    break;
                case SortOrder::price_ascending:
                case SortOrder::price_descending:
                    if ((x.currency == kNone) != (y.currency == kNone)) return y.currency == kNone;  // no price: last
                    if (x.currency != y.currency) return currencies.value(x.currency) < currencies.value(y.currency);
                    if (x.price_minor != y.price_minor) {
                        return order == SortOrder::price_ascending ? x.price_minor < y.price_minor : x.price_minor > y.price_minor;
                    }
                    break;
                case SortOrder::rating:
                    if (x.rating != y.rating) return x.rating > y.rating;
                    if (x.popularity != y.popularity) return x.popularity > y.popularity;
                    break;
                case SortOrder::most_reviewed:
                    if (x.popularity != y.popularity) return x.popularity > y.popularity;
                    break;
            }
            return by_id(a, b);
        };
        if (keep < hits.size()) {
            std::partial_sort(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(keep), hits.end(), less);
        } else {
            std::sort(hits.begin(), hits.end(), less);
        }
    }
};

SearchIndex::SearchIndex(const std::vector<Product>& products) : impl_(std::make_unique<Impl>(products)) {}
SearchIndex::~SearchIndex() = default;

SearchResult SearchIndex::search(const SearchRequest& request) const {
    const Impl& index = *impl_;
    const QueryWords words = query_words(request.query);
    std::vector<Hit> matches = index.match(words);

    SearchResult result;
    result.facets.origins = Impl::named(index.origins);
    result.facets.regions = Impl::named(index.regions);
    result.facets.categories = Impl::named(index.categories);
    std::vector<std::size_t> currency_rows(index.currencies.size(), SIZE_MAX);
    const Impl::CompiledFilters filters = index.compile(request.filters);
    std::size_t kept = 0;
    for (const Hit& hit : matches) {
        const Document& d = index.documents[hit.product];
        const std::uint32_t mask = index.passes(d, filters);
        index.count_facets(d, mask, result.facets, currency_rows);
        if (mask == kAllBits) matches[kept++] = hit;
    }
    matches.resize(kept);
    Impl::tidy(result.facets.origins);
    Impl::tidy(result.facets.regions);
    Impl::tidy(result.facets.categories);
    std::sort(result.facets.currencies.begin(), result.facets.currencies.end(),
              [](const CurrencyFacet& a, const CurrencyFacet& b) { return a.currency < b.currency; });

    result.total = matches.size();
    const std::size_t offset = std::min(request.offset, matches.size());
    const std::size_t end = request.limit >= matches.size() - offset ? matches.size() : offset + request.limit;
    index.sort_hits(matches, request.sort, words.words.empty(), end);
    result.hits.assign(matches.begin() + static_cast<std::ptrdiff_t>(offset), matches.begin() + static_cast<std::ptrdiff_t>(end));
    return result;
}

std::string SearchIndex::suggest(std::string_view query) const {
    const QueryWords words = query_words(query);
    std::string suggestion;
    bool changed = false;
    for (std::size_t i = 0; i < words.words.size(); ++i) {
        const std::string& word = words.words[i];
        const bool typing = i + 1 == words.words.size() && words.last_is_prefix;
        // A word found as typed (or as the start of a word) stays; one found only through a typo
        // shows the word it stands for; one found not at all gets the nearest dictionary word.
        const std::vector<Expansion> found = impl_->terms.expand(word, typing);
        const TermIndex& terms = impl_->terms;
        const bool as_typed = std::any_of(found.begin(), found.end(), [&](const Expansion& e) { return terms.term(e.term).starts_with(word); });
        std::string replacement = word;
        if (!as_typed) {
            const auto best = std::max_element(found.begin(), found.end(), [&](const Expansion& a, const Expansion& b) {
                return a.weight != b.weight ? a.weight < b.weight : terms.document_frequency(a.term) < terms.document_frequency(b.term);
            });
            replacement = best != found.end() ? terms.term(best->term) : terms.closest_term(word, 2);
            if (replacement.empty()) replacement = word;
            changed |= replacement != word;
        }
        if (!suggestion.empty()) suggestion += ' ';
        suggestion += replacement;
    }
    return changed ? suggestion : std::string();
}

}  // namespace vitrine
