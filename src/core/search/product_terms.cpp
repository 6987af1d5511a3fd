#include "core/search/product_terms.hpp"

namespace vitrine {

ProductTerms::ProductTerms(const TermIndex& terms) {
    const std::size_t products = terms.product_count();
    // Counted first, then placed: two passes over the postings and no allocation per product.
    starts_.assign(products + 1, 0);
    for (std::uint32_t t = 0; t < terms.term_count(); ++t) {
        for (const Posting* p = terms.postings_begin(t); p != terms.postings_end(t); ++p) ++starts_[p->doc() + 1];
    }
    for (std::size_t d = 0; d < products; ++d) starts_[d + 1] += starts_[d];
    entries_.resize(starts_[products]);
    std::vector<std::uint32_t> next(starts_.begin(), starts_.end() - 1);
    for (std::uint32_t t = 0; t < terms.term_count(); ++t) {
        for (const Posting* p = terms.postings_begin(t); p != terms.postings_end(t); ++p) entries_[next[p->doc()]++] = t << 8 | p->impact();
    }
}

}  // namespace vitrine
