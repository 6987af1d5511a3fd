#include "core/search/word_matcher.hpp"

#include <algorithm>
#include <numeric>

namespace vitrine {

namespace {

// Below this many postings per candidate, looking each candidate up in a posting list (a binary
// search) costs more than reading the whole list once.
constexpr std::size_t kScanRatio = 32;

std::size_t postings_of(const TermIndex& terms, const std::vector<Expansion>& expansions) {
    std::size_t n = 0;
    for (const Expansion& e : expansions) n += terms.document_frequency(e.term);
    return n;
}

}  // namespace

WordMatcher::WordMatcher(const TermIndex& terms, std::size_t products) : terms_(terms), marks_(products) {}

std::uint32_t WordMatcher::next_epoch() {
    if (++epoch_ == 0) {  // wrapped: old marks could pass for new ones
        std::fill(marks_.begin(), marks_.end(), Mark{});
        epoch_ = 1;
    }
    return epoch_;
}

std::vector<Hit> WordMatcher::first_word(const std::vector<Expansion>& expansions) {
    const std::uint32_t epoch = next_epoch();
    std::vector<Hit> hits;
    hits.reserve(std::min(postings_of(terms_, expansions), marks_.size()));
    for (const Expansion& e : expansions) {
        for (const Posting* p = terms_.postings_begin(e.term); p != terms_.postings_end(e.term); ++p) {
            Mark& mark = marks_[p->doc];
            if (mark.epoch != epoch) {
                mark = {epoch, static_cast<std::uint32_t>(hits.size())};
                hits.push_back({p->doc, 0.0f});
            }
            hits[mark.slot].score += p->score * e.weight;
        }
    }
    return hits;
}

std::vector<Hit> WordMatcher::narrow(const std::vector<Hit>& in, const std::vector<Expansion>& expansions) {
    const std::size_t n = in.size();
    std::vector<float> added(n, -1.0f);  // -1: not found (a found word adds a positive score)
    const auto add = [&](std::size_t i, float score) { added[i] = (added[i] < 0.0f ? 0.0f : added[i]) + score; };
    std::uint32_t epoch = 0;  // 0 until the candidates are marked, on the first list read whole
    for (const Expansion& e : expansions) {
        const Posting* begin = terms_.postings_begin(e.term);
        const Posting* end = terms_.postings_end(e.term);
        if (static_cast<std::size_t>(end - begin) > n * kScanRatio) {
            for (std::size_t i = 0; i < n; ++i) {
                const Posting* p = std::lower_bound(begin, end, in[i].product, [](const Posting& q, std::uint32_t doc) { return q.doc < doc; });
                if (p != end && p->doc == in[i].product) add(i, p->score * e.weight);
            }
            continue;
        }
        if (epoch == 0) {
            epoch = next_epoch();
            for (std::size_t i = 0; i < n; ++i) marks_[in[i].product] = {epoch, static_cast<std::uint32_t>(i)};
        }
        for (const Posting* p = begin; p != end; ++p) {
            const Mark mark = marks_[p->doc];
            if (mark.epoch == epoch) add(mark.slot, p->score * e.weight);
        }
    }
    std::vector<Hit> out;
    for (std::size_t i = 0; i < n; ++i) {
        if (added[i] >= 0.0f) out.push_back({in[i].product, in[i].score + added[i]});
    }
    return out;
}

// Products matching every word, the word with the fewest postings searched first so that the
// others are looked up only within its matches.
std::vector<Hit> WordMatcher::all_of(const std::vector<std::string>& words) {
    std::vector<std::vector<Expansion>> expansions;
    for (const std::string& word : words) expansions.push_back(terms_.expand(word, false));
    std::vector<std::size_t> order(words.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return postings_of(terms_, expansions[a]) < postings_of(terms_, expansions[b]);
    });
    std::vector<Hit> hits = first_word(expansions[order[0]]);
    for (std::size_t k = 1; k < order.size() && !hits.empty(); ++k) hits = narrow(hits, expansions[order[k]]);
    return hits;
}

std::vector<Hit> WordMatcher::match(const QueryWords& words) {
    const std::vector<std::string> fixed(words.words.begin(), words.words.end() - 1);
    const std::vector<Expansion> last = terms_.expand(words.words.back(), words.last_is_prefix);
    if (fixed.empty()) return first_word(last);
    if (fixed != cached_words_) {  // never equal while nothing is cached: `fixed` is not empty
        cached_ = all_of(fixed);
        cached_words_ = fixed;
    }
    return narrow(cached_, last);
}

std::size_t WordMatcher::memory_bytes() const { return marks_.capacity() * sizeof(Mark) + cached_.capacity() * sizeof(Hit); }

}  // namespace vitrine
