// What filters, facets and sort orders read of each product, as small numbers in flat arrays:
// one pass over a hundred thousand matches must not chase strings.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/model.hpp"
#include "core/search/search.hpp"

namespace vitrine {

constexpr std::uint16_t kNoValue = 0xFFFF;  // a product without this value (no price, no origin)

// Strings interned as small integers, in order of first appearance. The products' text, which
// outlives the index, is what the lookup keys view.
class Interner {
public:
    std::uint16_t intern(Text value);
    std::uint16_t find(std::string_view value) const;  // an id matching nothing when unknown
    const std::string& value(std::uint16_t id) const { return values_[id]; }
    std::size_t size() const { return values_.size(); }

private:
    std::unordered_map<std::string_view, std::uint16_t> ids_;
    std::vector<std::string> values_;
};

// 24 bytes: facets read every matching row, and at 100k rows memory is what they wait on.
struct ProductRow {
    std::int64_t price_minor = 0;
    std::uint32_t categories_begin = 0;  // into ProductColumns::category_ids
    std::uint16_t currency = kNoValue;
    std::uint16_t origin = kNoValue;
    std::uint16_t region = kNoValue;
    std::uint8_t stars = 0;  // whole stars of the average, 0..5: the "rating at least" facet
    std::uint8_t category_count = 0;  // the first 255 distinct categories of a product are faceted
    bool in_stock = false;
};

class ProductColumns {
public:
    explicit ProductColumns(const std::vector<Product>& products);

    std::vector<ProductRow> rows;
    std::vector<double> ratings;  // the exact averages, for a "rating at least" filter
    std::vector<std::uint16_t> category_ids;
    Interner currencies, origins, regions, categories;

    // Where a product stands when the whole catalogue is sorted by an order (ties by id), and
    // which product stands at each place: sorting matches compares one integer.
    struct Ranking {
        std::vector<std::uint32_t> place_of;  // by product
        std::vector<std::uint32_t> product_at;  // by place
    };
    const Ranking& ranking(SortOrder order) const;  // relevance: by id (the tie-breaker of scores)

    std::size_t memory_bytes() const;

private:
    std::array<Ranking, 5> rankings_;
};

}  // namespace vitrine
