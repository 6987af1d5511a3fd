// SearchIndex: BM25 over boosted fields, AND across query words (each word may match exactly,
// as a prefix while typed, or with a typo), then filters, facets and the chosen order; by
// relevance, the best matches whose titles hold the words side by side first.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <optional>

#include "core/search/facet_counter.hpp"
#include "core/search/product_columns.hpp"
#include "core/search/query_words.hpp"
#include "core/search/search.hpp"
#include "core/search/term_index.hpp"
#include "core/search/title_word_pairs.hpp"
#include "core/search/tokenizer.hpp"
#include "core/search/word_matcher.hpp"

namespace vitrine {

namespace {

// How much a word counts by the field it is found in (title, category, spec, description),
// and BM25+'s parameters.
constexpr TermIndexBuilder::Scoring kScoring = {{5.0f, 3.0f, 2.0f, 1.0f}, 1.2f, 0.75f, 0.5f};
// From one match in this many products, walking a precomputed order beats sorting the matches.
constexpr std::size_t kWalkRatio = 8;

// Calls `visit(text, field)` for each field of `p` that search reads: what the shop says about
// the product. Reviews are left to each product's reviews view: what shoppers write names other
// products and what an item is not ("unlike my old Sony", "not waterproof"), which would find the
// wrong products, and it is half of a catalogue's words.
template <typename Visit>
void for_each_searched_field(const Product& p, Visit&& visit) {
    visit(p.title, Field::title);
    for (const Rank& rank : p.ranks) visit(rank.category, Field::category);
    for (const Spec& spec : p.specs) visit(spec.value, Field::spec);
    visit(p.description, Field::description);
}

TermIndex index_words(const std::vector<Product>& products) {
    TermIndexBuilder builder;
    std::vector<FieldLengths> lengths(products.size());
    for (std::uint32_t doc = 0; doc < products.size(); ++doc) {
        for_each_searched_field(products[doc], [&](std::string_view text, Field field) {
            for (const Token& token : tokenize(text)) {
                builder.add(doc, token.text, field, !token.joined);
                ++lengths[doc][static_cast<std::size_t>(field)];
            }
        });
    }
    return builder.build(lengths, kScoring);
}

// The bits of a float (Emscripten 3.1.6's libc++ has no std::bit_cast).
std::uint32_t bits_of(float value) {
    std::uint32_t bits = 0;
    std::memcpy(&bits, &value, sizeof bits);
    return bits;
}

// The dictionary term `term` as the product it scores highest in writes it, for "did you mean": the
// index keeps words folded (no accents, harakat, niqqud or Indic vowel signs), which a shopper
// would not type. A word that differs from its term only in ASCII case shows as the term.
std::string written_form(const TermIndex& terms, const std::vector<Product>& products, const std::string& term) {
    const std::uint32_t id = terms.id_of(term);
    if (id == UINT32_MAX || terms.postings_begin(id) == terms.postings_end(id)) return term;
    std::string written;
    for_each_searched_field(products[terms.postings_begin(id)->doc()], [&](std::string_view text, Field) {
        if (!written.empty()) return;
        for (const Token& token : tokenize(text)) {
            if (token.text == term && !token.joined) {
                written = std::string(text.substr(token.begin, token.end - token.begin));
                return;
            }
        }
    });
    const auto same_but_case = [&] {
        return written.size() == term.size() && std::equal(written.begin(), written.end(), term.begin(), [](char a, char b) {
                   return std::tolower(static_cast<unsigned char>(a)) == static_cast<unsigned char>(b);
               });
    };
    return written.empty() || same_but_case() ? term : written;
}

// A hit with the one integer its order compares: sorting moves 12 bytes and follows no pointer.
struct Keyed {
    std::uint64_t key;
    std::uint32_t hit;
};

}  // namespace

struct SearchIndex::Impl {
    const std::vector<Product>& products;
    ProductColumns columns;
    TermIndex terms;
    TitleWordPairs title_pairs;
    WordMatcher matcher;  // holds scratch space and the previous keystroke's matches
    std::optional<Facets> catalogue_facets;  // of every product, unfiltered: counted once, when first asked

    Impl(const std::vector<Product>& all, TermIndex built)
        : products(all), columns(all), terms(std::move(built)), title_pairs(all, terms), matcher(terms, all.size()) {}
    Impl(const std::vector<Product>& all, TermIndex built, TitleWordPairs pairs)
        : products(all), columns(all), terms(std::move(built)), title_pairs(std::move(pairs)), matcher(terms, all.size()) {}

    // Filters `matches` and counts the facets, unless every product matched and nothing is
    // filtered (an empty query, or one letter): then the facets are the catalogue's own.
    Facets filter(std::vector<Hit>& matches, const SearchFilters& filters) {
        const bool everything = matches.size() == products.size() && filters == SearchFilters{};
        if (everything && catalogue_facets) return *catalogue_facets;
        FacetCounter counter(columns, filters);
        counter.count_and_filter(matches);
        if (everything) catalogue_facets = counter.facets();
        return counter.facets();
    }

    // Hits [offset, end) of the matches in an order. Relevance: the higher score first (a
    // non-negative float's bits order as it does), then id, by partial sort. Other orders (and
    // relevance without a query) are ranked in advance: many matches are picked out by walking
    // that ranking, few are sorted by their place in it.
    std::vector<Hit> order(const std::vector<Hit>& matches, SortOrder sort, bool by_score, std::size_t offset, std::size_t end) const {
        const ProductColumns::Ranking& ranking = columns.ranking(by_score ? SortOrder::relevance : sort);
        std::vector<Hit> out;
        out.reserve(end - offset);
        if (!by_score && matches.size() * kWalkRatio >= products.size()) {
            std::vector<float> score(products.size(), -1.0f);  // -1: not matched
            for (const Hit& hit : matches) score[hit.product] = hit.score;
            std::size_t seen = 0;
            for (std::size_t place = 0; place < products.size() && seen < end; ++place) {
                const std::uint32_t product = ranking.product_at[place];
                if (score[product] < 0.0f) continue;
                if (seen++ >= offset) out.push_back({product, score[product]});
            }
            return out;
        }
        std::vector<Keyed> keyed(matches.size());
        for (std::uint32_t i = 0; i < matches.size(); ++i) {
            const std::uint64_t place = ranking.place_of[matches[i].product];
            keyed[i] = {by_score ? std::uint64_t{~bits_of(matches[i].score)} << 32 | place : place, i};
        }
        std::partial_sort(keyed.begin(), keyed.begin() + static_cast<std::ptrdiff_t>(end), keyed.end(),
                          [](const Keyed& a, const Keyed& b) { return a.key < b.key; });
        for (std::size_t i = offset; i < end; ++i) out.push_back(matches[keyed[i].hit]);
        return out;
    }
};

SearchIndex::SearchIndex(const std::vector<Product>& products) : impl_(std::make_unique<Impl>(products, index_words(products))) {}
SearchIndex::SearchIndex(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SearchIndex::~SearchIndex() = default;

std::string SearchIndex::saved() const {
    ByteWriter out;
    impl_->terms.write(out);
    impl_->title_pairs.write(out);
    return std::move(out.bytes());
}

std::unique_ptr<SearchIndex> SearchIndex::open_saved(const std::vector<Product>& products, std::string_view bytes, std::string& problem) {
    ByteReader in(bytes);
    std::optional<TermIndex> terms = TermIndex::read(in, products.size(), problem);
    if (!terms) return nullptr;
    // An index saved before it held the titles' words has them made from the titles.
    if (in.at_end()) return std::unique_ptr<SearchIndex>(new SearchIndex(std::make_unique<Impl>(products, std::move(*terms))));
    std::optional<TitleWordPairs> pairs = TitleWordPairs::read(in, products.size(), terms->term_count(), problem);
    if (!pairs) return nullptr;
    return std::unique_ptr<SearchIndex>(new SearchIndex(std::make_unique<Impl>(products, std::move(*terms), std::move(*pairs))));
}

SearchResult SearchIndex::search(const SearchRequest& request) const {
    Impl& index = *impl_;
    const QueryWords words = query_words(request.query);
    const bool ranks_only = !request.facets && !words.words.empty() && request.sort == SortOrder::relevance && request.filters == SearchFilters{};
    if (ranks_only) {
        SearchResult result;
        const std::size_t end = request.limit > SIZE_MAX - request.offset ? SIZE_MAX : request.offset + request.limit;
        // The whole window, whatever the page: a page's order does not depend on its size.
        result.hits = index.matcher.best(words, std::max(end, kPairWindow), index.columns.ranking(SortOrder::relevance).place_of);
        index.title_pairs.reorder(result.hits, words, index.terms);
        if (result.hits.size() > end) result.hits.resize(end);
        result.hits.erase(result.hits.begin(), result.hits.begin() + static_cast<std::ptrdiff_t>(std::min(request.offset, result.hits.size())));
        // One more than the cap tells "exactly the cap" from "more".
        const std::size_t cap = request.total_cap;
        const std::size_t counted = cap == 0 ? 0 : index.matcher.count(words, cap == SIZE_MAX ? cap : cap + 1);
        result.total = std::min(counted, cap);
        result.total_capped = cap == 0 || counted > cap;
        return result;
    }
    std::vector<Hit> matches;
    if (words.words.empty()) {
        matches.resize(index.products.size());
        for (std::uint32_t doc = 0; doc < matches.size(); ++doc) matches[doc] = {doc, 0.0f};
    } else {
        matches = index.matcher.match(words);
    }

    SearchResult result;
    if (request.facets || request.filters != SearchFilters{}) result.facets = index.filter(matches, request.filters);
    result.total = matches.size();
    const std::size_t offset = std::min(request.offset, matches.size());
    const std::size_t end = request.limit >= matches.size() - offset ? matches.size() : offset + request.limit;
    // Without a query every score is 0: relevance then means the most reviewed first.
    const bool by_score = request.sort == SortOrder::relevance && !words.words.empty();
    const SortOrder sort = request.sort == SortOrder::relevance && !by_score ? SortOrder::most_reviewed : request.sort;
    if (!by_score) {
        result.hits = index.order(matches, sort, by_score, offset, end);
        return result;
    }
    result.hits = index.order(matches, sort, by_score, 0, std::max(end, std::min(kPairWindow, matches.size())));
    index.title_pairs.reorder(result.hits, words, index.terms);
    result.hits.resize(end);
    result.hits.erase(result.hits.begin(), result.hits.begin() + static_cast<std::ptrdiff_t>(offset));
    return result;
}

std::size_t SearchIndex::memory_bytes() const {
    const Impl& index = *impl_;
    return index.terms.memory_bytes() + index.columns.memory_bytes() + index.title_pairs.memory_bytes() + index.matcher.memory_bytes();
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
        suggestion += written_form(terms, impl_->products, replacement);
    }
    return changed ? suggestion : std::string();
}

}  // namespace vitrine
