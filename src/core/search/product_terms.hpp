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
    // Empty (and available() false) for an index of 2^24 terms or more, which a term number
    // beside an 8-bit impact in 32 bits cannot name.
    explicit ProductTerms(const TermIndex& terms);

    bool available() const { return !starts_.empty(); }
    // Product `doc`'s terms as `term << 8 | impact`, in term order. Only when available().
    const std::uint32_t* begin(std::uint32_t doc) const { return entries_.data() + starts_[doc]; }
    const std::uint32_t* end(std::uint32_t doc) const { return entries_.data() + starts_[doc + 1]; }
    std::size_t count(std::uint32_t doc) const { return starts_[doc + 1] - starts_[doc]; }

    std::size_t memory_bytes() const { return starts_.capacity() * sizeof(std::uint32_t) + entries_.capacity() * sizeof(std::uint32_t); }

private:
    std::vector<std::uint32_t> starts_;   // product d's entries: [starts_[d], starts_[d + 1])
    std::vector<std::uint32_t> entries_;
};

}  // namespace vitrine
