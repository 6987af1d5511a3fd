#include "core/search/product_columns.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace vitrine {

namespace {

constexpr std::uint16_t kUnknown = kNoValue - 1;  // what a filter on an unknown value compares with
constexpr std::size_t kMaxValues = kUnknown;      // beyond this many distinct values, the rest are not faceted

std::int64_t popularity(const Product& p) { return std::max(p.rating.count, p.reviews_count); }

}  // namespace

std::uint16_t Interner::intern(Text value) {
    if (value.empty()) return kNoValue;
    if (const auto it = ids_.find(value); it != ids_.end()) return it->second;
    if (values_.size() == kMaxValues) return kNoValue;
    ids_.emplace(value, static_cast<std::uint16_t>(values_.size()));
    values_.emplace_back(value);
    return static_cast<std::uint16_t>(values_.size() - 1);
}

std::uint16_t Interner::find(std::string_view value) const {
    const auto it = ids_.find(value);
    return it == ids_.end() ? kUnknown : it->second;
}

ProductColumns::ProductColumns(const std::vector<Product>& products) {
    rows.resize(products.size());
    ratings.resize(products.size());
    for (std::size_t i = 0; i < products.size(); ++i) {
        const Product& p = products[i];
        ProductRow& r = rows[i];
        if (p.price) {
            r.price_minor = p.price->minor;
            r.currency = currencies.intern(p.price->currency);
        }
        r.origin = origins.intern(p.store.origin);
        r.region = regions.intern(p.store.region);
        r.in_stock = p.in_stock;
        ratings[i] = p.rating.average;
        r.stars = static_cast<std::uint8_t>(std::clamp(std::floor(p.rating.average), 0.0, 5.0));
        r.categories_begin = static_cast<std::uint32_t>(category_ids.size());
        for (const Rank& rank : p.ranks) {
            const std::uint16_t id = categories.intern(rank.category);
            // A product ranked twice in one category counts once in its facet.
            const auto begin = category_ids.begin() + r.categories_begin;
            if (id != kNoValue && r.category_count < UINT8_MAX && std::find(begin, category_ids.end(), id) == category_ids.end()) {
                category_ids.push_back(id);
                ++r.category_count;
            }
        }
    }

    // Ties fall back on the ids, compared as text once (the relevance order is the id order) and
    // then by their place in it: strings compared in every sort were most of opening's time.
    const std::vector<std::uint32_t>* id_place = nullptr;
    const auto by_id = [&](std::uint32_t a, std::uint32_t b) { return id_place ? (*id_place)[a] < (*id_place)[b] : products[a].id < products[b].id; };
    const auto rank = [&](SortOrder order, auto before) {
        Ranking& ranking = rankings_[static_cast<std::size_t>(order)];
        ranking.product_at.resize(products.size());
        std::iota(ranking.product_at.begin(), ranking.product_at.end(), 0u);
        std::sort(ranking.product_at.begin(), ranking.product_at.end(), [&](std::uint32_t a, std::uint32_t b) {
            const int c = before(a, b);
            return c != 0 ? c < 0 : by_id(a, b);
        });
        ranking.place_of.resize(products.size());
        for (std::uint32_t place = 0; place < products.size(); ++place) ranking.place_of[ranking.product_at[place]] = place;
    };
    // Each comparison: negative when a goes first, positive when b does, 0 to fall back on ids.
    const auto compare = [](auto x, auto y) { return x < y ? -1 : y < x ? 1 : 0; };
    const auto by_price = [&](bool ascending) {
        return [&, ascending](std::uint32_t a, std::uint32_t b) {
            const ProductRow& x = rows[a];
            const ProductRow& y = rows[b];
            // Prices compare within a currency; currencies by code; products without a price last.
            if ((x.currency == kNoValue) != (y.currency == kNoValue)) return x.currency == kNoValue ? 1 : -1;
            if (x.currency != y.currency) return compare(currencies.value(x.currency), currencies.value(y.currency));
            return ascending ? compare(x.price_minor, y.price_minor) : compare(y.price_minor, x.price_minor);
        };
    };
    rank(SortOrder::relevance, [](std::uint32_t, std::uint32_t) { return 0; });
    id_place = &rankings_[static_cast<std::size_t>(SortOrder::relevance)].place_of;
    rank(SortOrder::price_ascending, by_price(true));
    rank(SortOrder::price_descending, by_price(false));
    rank(SortOrder::rating, [&](std::uint32_t a, std::uint32_t b) {
        const int c = compare(ratings[b], ratings[a]);
        return c != 0 ? c : compare(popularity(products[b]), popularity(products[a]));
    });
    rank(SortOrder::most_reviewed, [&](std::uint32_t a, std::uint32_t b) { return compare(popularity(products[b]), popularity(products[a])); });
}

std::size_t ProductColumns::memory_bytes() const {
    std::size_t bytes = rows.capacity() * sizeof(ProductRow) + ratings.capacity() * sizeof(double) + category_ids.capacity() * sizeof(std::uint16_t);
    for (const Ranking& r : rankings_) bytes += (r.place_of.capacity() + r.product_at.capacity()) * sizeof(std::uint32_t);
    return bytes;
}

const ProductColumns::Ranking& ProductColumns::ranking(SortOrder order) const {
    const auto i = static_cast<std::size_t>(order);
    return rankings_[i < rankings_.size() ? i : 0];
}

}  // namespace vitrine
