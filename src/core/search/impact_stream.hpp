// A word's postings, the lists of all its expansions read together from the highest weighted
// score (posting score * expansion weight) down: each list is impact-ordered, so a heap of the
// lists' next postings yields them in order.
#pragma once

#include <cstdint>
#include <vector>

#include "core/search/search.hpp"
#include "core/search/term_index.hpp"

namespace vitrine {

class ImpactStream {
public:
    ImpactStream(const TermIndex& terms, const std::vector<Expansion>& expansions);

    bool done() const { return heads_.empty(); }
    // The weighted score of the next posting: no posting after it scores more. Only when !done().
    float next_value() const { return heads_.front().value; }
    // The next posting's product and weighted score, and moves past it. Only when !done().
    Hit pop();

private:
    struct Head {
        float value;
        float weight;
        const Posting* at;
        const Posting* end;
    };
    const TermIndex* terms_;
    std::vector<Head> heads_;  // a max-heap by value
};

}  // namespace vitrine
