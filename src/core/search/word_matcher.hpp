// The products matching every word of a query, with their BM25 scores. Queries arrive one
// keystroke at a time, so the matcher remembers which products matched all words but the one
// being typed: the next keystroke searches only that word, within those products.
//
// A word scores a product by its best expansion (the word as typed, a completion, a typo), not
// by their sum: a product does not rise for holding both "kettle" and "kettles". Postings are
// impact-ordered, so the best expansion of a word for a product is the first one met when the
// word's lists are read together from the highest weighted score down: best() stops reading as
// soon as no product still unread could enter the top k. When the products matching the other
// words hold fewer terms than the last word's lists have postings, their own terms are read
// instead (ProductTerms): "camera a" looks through the terms of the products holding "camera",
// not through the postings of every term starting with a. The products' terms are made when
// first needed: opening a catalogue does not wait for them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/search/product_terms.hpp"
#include "core/search/query_words.hpp"
#include "core/search/search.hpp"
#include "core/search/term_index.hpp"

namespace vitrine {

class WordMatcher {
public:
    WordMatcher(const TermIndex& terms, std::size_t products);

    // Every match. `words` must hold at least one word. Hits come in no particular order.
    std::vector<Hit> match(const QueryWords& words);

    // The `k` best matches, by score and then by `place_of` (a product's place among equal
    // scores), best first: the same as the first k of match() in that order.
    std::vector<Hit> best(const QueryWords& words, std::size_t k, const std::vector<std::uint32_t>& place_of);

    // How many products match, counted up to `cap`.
    std::size_t count(const QueryWords& words, std::size_t cap);

    std::size_t memory_bytes() const;

private:
    std::vector<Hit> first_word(const std::vector<Expansion>& expansions);
    std::vector<Hit> narrow(const std::vector<Hit>& in, const std::vector<Expansion>& expansions);
    // Whether reading the terms of the products `in` (as many as a product holds on average)
    // costs less than `per_posting` times the postings of `expansions` (a term read and a posting
    // read cost alike; a posting popped from best()'s stream, through its heap, costs several).
    bool cheaper_by_products(const std::vector<Hit>& in, const std::vector<Expansion>& expansions, std::size_t per_posting) const;
    std::vector<Hit> narrow_by_products(const std::vector<Hit>& in, const std::vector<Expansion>& expansions);
    std::vector<Hit> all_of(const std::vector<std::string>& words);
    // The matches of every word but the last, remembered for the next keystroke.
    const std::vector<Hit>& fixed_matches(const QueryWords& words);
    std::uint32_t mark_fixed_matches();  // marks the remembered matches; returns their epoch
    std::uint32_t next_epoch();

    const TermIndex& terms_;
    double terms_per_product_ = 0;
    std::optional<ProductTerms> product_terms_;  // made by the first narrow_by_products()
    // Per term: the weight of the expansion naming it, valid while `term_epoch` is current.
    struct TermMark {
        std::uint32_t epoch = 0;
        float weight = 0;
    };
    std::vector<TermMark> term_marks_;
    std::uint32_t term_epoch_ = 0;
    // Per product: its place in the current candidate list, valid while `epoch` is current.
    struct Mark {
        std::uint32_t epoch = 0;
        std::uint32_t slot = 0;
    };
    std::vector<Mark> marks_;
    std::vector<std::uint32_t> seen_;  // per product: the epoch in which best() or count() met it
    std::uint32_t epoch_ = 0;
    std::vector<std::string> cached_words_;  // every word but the last, of the previous query
    std::vector<Hit> cached_;                // the products matching them
};

}  // namespace vitrine
