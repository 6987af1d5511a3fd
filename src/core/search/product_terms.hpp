// The inverted index turned around: per product, the terms it holds and at what impact. A
// query word that expands to many terms ("a" while typed: every term starting with a) within
// the few products matching the words before it is cheaper to look up in those products' own
// terms than to read through the postings of all its expansions.
#pragma once

#include <cstdint>
#include <vector>

#include "core/search/term_index.hpp"

namespace vitrine {

class ProductTerms {
public:
    // Whether `terms` can be turned around: a term number beside an 8-bit impact in 32 bits
    // names at most 2^24 terms.
    static bool fits(const TermIndex& terms) { return terms.term_count() < (std::size_t{1} << 24); }
    explicit ProductTerms(const TermIndex& terms);  // only when fits(terms)

    // Product `doc`'s terms as `term << 8 | impact`, in term order.
    const std::uint32_t* begin(std::uint32_t doc) const { return entries_.data() + starts_[doc]; }
    const std::uint32_t* end(std::uint32_t doc) const { return entries_.data() + starts_[doc + 1]; }

    std::size_t memory_bytes() const { return starts_.capacity() * sizeof(std::uint32_t) + entries_.capacity() * sizeof(std::uint32_t); }

private:
    std::vector<std::uint32_t> starts_;   // product d's entries: [starts_[d], starts_[d + 1])
    std::vector<std::uint32_t> entries_;
};

}  // namespace vitrine
