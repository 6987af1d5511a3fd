#include "core/search/impact_stream.hpp"

#include <algorithm>

namespace vitrine {

constexpr auto by_value = [](const auto& a, const auto& b) { return a.value < b.value; };

ImpactStream::ImpactStream(const TermIndex& terms, const std::vector<Expansion>& expansions) : terms_(&terms) {
    for (const Expansion& e : expansions) {
        const Posting* begin = terms.postings_begin(e.term);
        const Posting* end = terms.postings_end(e.term);
        if (begin != end) heads_.push_back({terms.score(*begin) * e.weight, e.weight, begin, end});
    }
    std::make_heap(heads_.begin(), heads_.end(), by_value);
}

Hit ImpactStream::pop() {
    std::pop_heap(heads_.begin(), heads_.end(), by_value);
    Head& head = heads_.back();
    const Hit hit{head.at->doc(), head.value};
    if (++head.at == head.end) {
        heads_.pop_back();
    } else {
        head.value = terms_->score(*head.at) * head.weight;
        std::push_heap(heads_.begin(), heads_.end(), by_value);
    }
    return hit;
}

}  // namespace vitrine
