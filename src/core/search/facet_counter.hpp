// Filters and facet counts in one pass over the products a query matched.
#pragma once

#include <cstdint>
#include <vector>

#include "core/search/product_columns.hpp"
#include "core/search/search.hpp"

namespace vitrine {

class FacetCounter {
public:
    FacetCounter(const ProductColumns& columns, const SearchFilters& filters);

    // Counts each hit in every facet whose other filters it passes, and keeps the hits that
    // pass them all, in their order.
    void count_and_filter(std::vector<Hit>& hits);

    Facets facets() const;

private:
    std::uint32_t passes(std::uint32_t product) const;  // one bit per filter passed
    void count(const ProductRow& row, std::uint32_t mask);

    const ProductColumns& columns_;
    bool any_filter_ = false;
    std::uint16_t currency_ = kNoValue;  // kNoValue: prices are not filtered
    std::int64_t min_, max_;
    bool in_stock_only_;
    double min_rating_;
    std::vector<std::uint16_t> origins_, regions_, categories_;

    struct PriceRange {
        std::size_t count = 0;
        std::int64_t min = INT64_MAX, max = INT64_MIN;
    };
    std::vector<PriceRange> prices_;  // by currency
    std::size_t in_stock_ = 0;
    std::size_t stars_[6] = {};  // by whole stars: summed from the top into "at least n"
    std::vector<std::size_t> origin_counts_, region_counts_, category_counts_;
};

}  // namespace vitrine
