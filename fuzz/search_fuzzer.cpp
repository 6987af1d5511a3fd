// Random catalogues, queries and filters: search never crashes, and agrees with a plain scan.
// The products are built from the fuzzer's bytes (a small vocabulary, so queries hit, plus raw
// bytes as noise); then:
//   - with no query, the hits are exactly the products a scan of the filters keeps;
//   - with a query, the filtered hits are the unfiltered hits that the scan keeps;
//   - every product with the query word as a word of its title is found;
//   - a page (offset, limit) is that slice of the whole result.
#include <fuzzer/FuzzedDataProvider.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <set>
#include <string>
#include <vector>

#include "core/arena.hpp"
#include "core/model.hpp"
#include "core/search/search.hpp"

namespace {

const char* const kWords[] = {"kettle", "hose", "garden", "cooker", "pressure", "steel", "python", "headphones",
                              "wireless", "charger", "lamp", "desk", "crème", "café", "東京", "naïve"};
const char* const kCurrencies[] = {"GBP", "EUR", "USD", "JPY"};
const char* const kOrigins[] = {"GB", "DE", "US", ""};
const char* const kCategories[] = {"Books", "Kitchen", "Garden", "Audio"};

template <std::size_t N>
std::string pick(FuzzedDataProvider& in, const char* const (&values)[N]) {
    return values[in.ConsumeIntegralInRange<std::size_t>(0, N - 1)];
}

vitrine::Product make_product(FuzzedDataProvider& in, std::size_t i, vitrine::Arena& arena) {
    vitrine::Product p;
    p.id = arena.keep("p" + std::to_string(i));
    const int words = in.ConsumeIntegralInRange(0, 5);
    std::string title;
    for (int w = 0; w < words; ++w) title += (w ? " " : "") + pick(in, kWords);
    if (in.ConsumeBool()) title += " " + in.ConsumeRandomLengthString(24);
    p.title = arena.keep(title);
    if (in.ConsumeBool()) p.description = arena.keep(pick(in, kWords) + " " + in.ConsumeRandomLengthString(40));
    if (in.ConsumeBool()) p.price = vitrine::Money{in.ConsumeIntegralInRange<std::int64_t>(0, 1'000'000), arena.keep(pick(in, kCurrencies))};
    p.in_stock = in.ConsumeBool();
    p.store.origin = arena.keep(pick(in, kOrigins));
    p.rating.average = in.ConsumeIntegralInRange(0, 50) / 10.0;
    const int count = in.ConsumeIntegralInRange(0, 2);
    std::vector<vitrine::Rank> ranks;
    for (int r = 0; r < count; ++r) ranks.push_back({arena.keep(pick(in, kCategories)), in.ConsumeIntegralInRange<std::int64_t>(1, 1000)});
    p.ranks = arena.keep(ranks);
    return p;
}

vitrine::SearchFilters make_filters(FuzzedDataProvider& in) {
    vitrine::SearchFilters f;
    if (in.ConsumeBool()) {
        f.currency = pick(in, kCurrencies);
        if (in.ConsumeBool()) f.price_min_minor = in.ConsumeIntegralInRange<std::int64_t>(0, 1'000'000);
        if (in.ConsumeBool()) f.price_max_minor = in.ConsumeIntegralInRange<std::int64_t>(0, 1'000'000);
    }
    f.in_stock_only = in.ConsumeBool();
    if (in.ConsumeBool()) f.min_rating = in.ConsumeIntegralInRange(0, 5);
    if (in.ConsumeBool()) f.origins.push_back(pick(in, kOrigins));
    if (in.ConsumeBool()) f.categories.push_back(pick(in, kCategories));
    return f;
}

bool contains(const std::vector<std::string>& values, std::string_view value) {
    return std::find(values.begin(), values.end(), value) != values.end();
}

// What the filters mean, product by product. An empty value (no origin) matches no filter value.
bool scan_keeps(const vitrine::Product& p, const vitrine::SearchFilters& f) {
    if (!f.currency.empty()) {
        if (!p.price || p.price->currency != f.currency) return false;
        if (f.price_min_minor && p.price->minor < *f.price_min_minor) return false;
        if (f.price_max_minor && p.price->minor > *f.price_max_minor) return false;
    }
    if (f.in_stock_only && !p.in_stock) return false;
    if (p.rating.average < f.min_rating) return false;
    if (!f.origins.empty() && (p.store.origin.empty() || !contains(f.origins, p.store.origin))) return false;
    if (!f.categories.empty()) {
        bool any = false;
        for (const vitrine::Rank& r : p.ranks) any |= contains(f.categories, r.category);
        if (!any) return false;
    }
    return true;
}

bool title_has_word(std::string_view title, const std::string& word) {
    std::size_t start = 0;
    while (start <= title.size()) {
        const std::size_t end = std::min(title.find(' ', start), title.size());
        if (title.compare(start, end - start, word) == 0) return true;
        start = end + 1;
    }
    return false;
}

std::set<std::uint32_t> ids(const vitrine::SearchResult& result) {
    std::set<std::uint32_t> out;
    for (const vitrine::Hit& hit : result.hits) out.insert(hit.product);
    return out;
}

void require(bool condition) {
    if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider in(data, size);
    std::vector<vitrine::Product> products(in.ConsumeIntegralInRange<std::size_t>(0, 48));
    vitrine::Arena arena;
    for (std::size_t i = 0; i < products.size(); ++i) products[i] = make_product(in, i, arena);
    const vitrine::SearchIndex index(products);

    vitrine::SearchRequest request;
    request.filters = make_filters(in);
    request.sort = static_cast<vitrine::SortOrder>(in.ConsumeIntegralInRange(0, 4));
    const bool word_query = in.ConsumeBool();
    request.query = word_query ? pick(in, kWords) : in.ConsumeRandomLengthString(32);

    const vitrine::SearchResult filtered = index.search(request);
    require(filtered.total == filtered.hits.size());
    require(ids(filtered).size() == filtered.hits.size());  // no product twice

    vitrine::SearchRequest unfiltered = request;
    unfiltered.filters = {};
    const vitrine::SearchResult all = index.search(unfiltered);
    std::set<std::uint32_t> expected;
    for (const std::uint32_t product : ids(all)) {
        if (scan_keeps(products[product], request.filters)) expected.insert(product);
    }
    require(ids(filtered) == expected);

    if (request.query.empty()) {
        require(all.total == products.size());
    } else if (word_query) {
        const std::set<std::uint32_t> found = ids(all);
        for (std::uint32_t i = 0; i < products.size(); ++i) {
            if (title_has_word(products[i].title, request.query)) require(found.count(i) == 1);
        }
    }

    vitrine::SearchRequest page = request;
    page.offset = in.ConsumeIntegralInRange<std::size_t>(0, 50);
    page.limit = in.ConsumeIntegralInRange<std::size_t>(0, 50);
    const vitrine::SearchResult paged = index.search(page);
    require(paged.total == filtered.total);
    const std::size_t begin = std::min(page.offset, filtered.hits.size());
    const std::size_t end = std::min(begin + page.limit, filtered.hits.size());
    require(paged.hits.size() == end - begin);
    for (std::size_t i = begin; i < end; ++i) require(paged.hits[i - begin].product == filtered.hits[i].product);
    return 0;
}
