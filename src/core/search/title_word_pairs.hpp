// Words typed side by side, found side by side in a title. A query made of words remembered from
// a title ("noise cancelling headphones") matches every product holding those words anywhere;
// BM25 cannot tell the one whose title says them in that order. So the best kPairWindow matches
// are ordered again, the titles holding more of the query's neighbouring word pairs first (by
// BM25 among equals), and the matches after them keep their order.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/byte_io.hpp"
#include "core/model.hpp"
#include "core/search/query_words.hpp"
#include "core/search/search.hpp"
#include "core/search/term_index.hpp"

namespace vitrine {

// Enough to lift a title match over products that only hold the words apart, few enough to
// look at on every keystroke.
inline constexpr std::size_t kPairWindow = 100;

class TitleWordPairs {
public:
    // Each title's words as dictionary terms, in order.
    TitleWordPairs(const std::vector<Product>& products, const TermIndex& terms);

    // Orders the first kPairWindow of `hits` (best first) as above: a title holding n of the
    // query's pairs gains n times the best score, so the scores still descend.
    void reorder(std::vector<Hit>& hits, const QueryWords& words, const TermIndex& terms) const;

    std::size_t memory_bytes() const;

    // The title terms as bytes (catalogue.vitrine, after the term index), and back: read() checks
    // that there is a list per product and that every term is in the dictionary (or UINT32_MAX).
    void write(ByteWriter& out) const;
    static std::optional<TitleWordPairs> read(ByteReader& in, std::size_t products, std::size_t term_count, std::string& problem);

private:
    TitleWordPairs() = default;

    std::vector<std::uint32_t> starts_;  // product p's title terms: [starts_[p], starts_[p + 1])
    std::vector<std::uint32_t> terms_;
};

}  // namespace vitrine
