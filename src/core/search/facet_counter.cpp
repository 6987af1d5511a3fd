#include "core/search/facet_counter.hpp"

#include <algorithm>
#include <cstdint>

namespace vitrine {

namespace {

enum FilterBit : std::uint32_t {
    kPriceBit = 1, kStockBit = 2, kRatingBit = 4, kOriginBit = 8, kRegionBit = 16, kCategoryBit = 32, kAllBits = 63,
};

bool wanted(const std::vector<std::uint16_t>& values, std::uint16_t value) {
    return values.empty() || std::find(values.begin(), values.end(), value) != values.end();
}

std::vector<std::uint16_t> ids_of(const Interner& names, const std::vector<std::string>& values) {
    std::vector<std::uint16_t> ids;
    for (const std::string& v : values) ids.push_back(names.find(v));
    return ids;
}

// Facet lists shoppers read: values with products, most first, then by name.
std::vector<FacetValue> facet_values(const Interner& names, const std::vector<std::size_t>& counts) {
    std::vector<FacetValue> out;
    for (std::uint16_t id = 0; id < names.size(); ++id) {
        if (counts[id] > 0) out.push_back({names.value(id), counts[id]});
    }
    std::sort(out.begin(), out.end(), [](const FacetValue& a, const FacetValue& b) { return a.count != b.count ? a.count > b.count : a.value < b.value; });
    return out;
}

}  // namespace

FacetCounter::FacetCounter(const ProductColumns& columns, const SearchFilters& f)
    : columns_(columns),
      min_(f.price_min_minor.value_or(INT64_MIN)),
      max_(f.price_max_minor.value_or(INT64_MAX)),
      in_stock_only_(f.in_stock_only),
      min_rating_(f.min_rating),
      origins_(ids_of(columns.origins, f.origins)),
      regions_(ids_of(columns.regions, f.regions)),
      categories_(ids_of(columns.categories, f.categories)),
      prices_(columns.currencies.size()),
      // One slot more than there are values: products without one count there, unread.
      origin_counts_(columns.origins.size() + 1),
      region_counts_(columns.regions.size() + 1),
      category_counts_(columns.categories.size() + 1) {
    // Price bounds only mean something within one currency.
    if (!f.currency.empty()) currency_ = columns.currencies.find(f.currency);
    any_filter_ = !(f == SearchFilters{});
}

std::uint32_t FacetCounter::passes(std::uint32_t product) const {
    const ProductRow& r = columns_.rows[product];
    std::uint32_t mask = 0;
    if (currency_ == kNoValue || (r.currency == currency_ && r.price_minor >= min_ && r.price_minor <= max_)) mask |= kPriceBit;
    if (!in_stock_only_ || r.in_stock) mask |= kStockBit;
    if (columns_.ratings[product] >= min_rating_) mask |= kRatingBit;
    if (wanted(origins_, r.origin)) mask |= kOriginBit;
    if (wanted(regions_, r.region)) mask |= kRegionBit;
    bool in_category = categories_.empty();
    for (std::uint32_t k = r.categories_begin; k < r.categories_begin + r.category_count && !in_category; ++k) in_category = wanted(categories_, columns_.category_ids[k]);
    if (in_category) mask |= kCategoryBit;
    return mask;
}

void FacetCounter::count(const ProductRow& r, std::uint32_t mask) {
    // A facet counts the product when every other filter passes it, whatever its own says.
    const auto all_but = [mask](std::uint32_t bit) { return (mask | bit) == kAllBits; };
    if (all_but(kPriceBit) && r.currency != kNoValue) {
        PriceRange& p = prices_[r.currency];
        p.min = std::min(p.min, r.price_minor);
        p.max = std::max(p.max, r.price_minor);
        ++p.count;
    }
    if (all_but(kStockBit) && r.in_stock) ++in_stock_;
    if (all_but(kRatingBit)) ++stars_[r.stars];
    if (all_but(kOriginBit)) ++origin_counts_[std::min<std::size_t>(r.origin, origin_counts_.size() - 1)];
    if (all_but(kRegionBit)) ++region_counts_[std::min<std::size_t>(r.region, region_counts_.size() - 1)];
    if (all_but(kCategoryBit)) {
        for (std::uint32_t k = r.categories_begin; k < r.categories_begin + r.category_count; ++k) ++category_counts_[columns_.category_ids[k]];
    }
}

void FacetCounter::count_and_filter(std::vector<Hit>& hits) {
    const std::vector<ProductRow>& rows = columns_.rows;
    if (!any_filter_) {  // the common case while typing: every hit passes
        for (const Hit& hit : hits) count(rows[hit.product], kAllBits);
        return;
    }
    std::size_t kept = 0;
    for (const Hit& hit : hits) {
        const std::uint32_t mask = passes(hit.product);
        count(rows[hit.product], mask);
        if (mask == kAllBits) hits[kept++] = hit;
    }
    hits.resize(kept);
}

Facets FacetCounter::facets() const {
    Facets f;
    for (std::uint16_t c = 0; c < prices_.size(); ++c) {
        if (prices_[c].count > 0) f.currencies.push_back({columns_.currencies.value(c), prices_[c].count, prices_[c].min, prices_[c].max});
    }
    std::sort(f.currencies.begin(), f.currencies.end(), [](const CurrencyFacet& a, const CurrencyFacet& b) { return a.currency < b.currency; });
    f.in_stock = in_stock_;
    std::size_t at_least = 0;
    for (int stars = 5; stars >= 0; --stars) f.rating_at_least[stars] = at_least += stars_[stars];
    f.origins = facet_values(columns_.origins, origin_counts_);
    f.regions = facet_values(columns_.regions, region_counts_);
    f.categories = facet_values(columns_.categories, category_counts_);
    return f;
}

}  // namespace vitrine
