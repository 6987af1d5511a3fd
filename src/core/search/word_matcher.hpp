// The products matching every word of a query, with their BM25 scores. Queries arrive one
// keystroke at a time, so the matcher remembers which products matched all words but the one
// being typed: the next keystroke searches only that word, within those products.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/search/query_words.hpp"
#include "core/search/search.hpp"
#include "core/search/term_index.hpp"

namespace vitrine {

class WordMatcher {
public:
    WordMatcher(const TermIndex& terms, std::size_t products);

    // `words` must hold at least one word. Hits come in no particular order.
    std::vector<Hit> match(const QueryWords& words);

    std::size_t memory_bytes() const;

private:
    std::vector<Hit> first_word(const std::vector<Expansion>& expansions);
    std::vector<Hit> narrow(const std::vector<Hit>& in, const std::vector<Expansion>& expansions);
    std::vector<Hit> all_of(const std::vector<std::string>& words);
    std::uint32_t next_epoch();

    const TermIndex& terms_;
    // Per product: its place in the current candidate list, valid while `epoch` is current.
    struct Mark {
        std::uint32_t epoch = 0;
        std::uint32_t slot = 0;
    };
    std::vector<Mark> marks_;
    std::uint32_t epoch_ = 0;
    std::vector<std::string> cached_words_;  // every word but the last, of the previous query
    std::vector<Hit> cached_;                // the products matching them
};

}  // namespace vitrine
