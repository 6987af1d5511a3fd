#include "core/search/word_matcher.hpp"

#include <algorithm>
#include <numeric>

#include "core/search/impact_stream.hpp"

namespace vitrine {

namespace {

std::size_t postings_of(const TermIndex& terms, const std::vector<Expansion>& expansions) {
    std::size_t n = 0;
    for (const Expansion& e : expansions) n += terms.document_frequency(e.term);
    return n;
}

// What reading one posting through best()'s heap of lists costs, in terms read (chosen from 2, 4
// and 8 by timing the keystrokes of make bench's 100,000-product query log natively).
constexpr std::size_t kStreamPostingCost = 4;

// The order of search results: the higher score first, then the earlier place.
struct Better {
    const std::vector<std::uint32_t>& place_of;
    bool operator()(const Hit& a, const Hit& b) const {
        return a.score != b.score ? a.score > b.score : place_of[a.product] < place_of[b.product];
    }
};

}  // namespace

WordMatcher::WordMatcher(const TermIndex& terms, std::size_t products)
    : terms_(terms),
      terms_per_product_(products == 0 ? 0.0 : static_cast<double>(terms.posting_count()) / static_cast<double>(products)),
      marks_(products),
      seen_(products) {}

std::uint32_t WordMatcher::next_epoch() {
    if (++epoch_ == 0) {  // wrapped: old marks could pass for new ones
        std::fill(marks_.begin(), marks_.end(), Mark{});
        std::fill(seen_.begin(), seen_.end(), 0u);
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
            const float value = terms_.score(*p) * e.weight;
            Mark& mark = marks_[p->doc()];
            if (mark.epoch != epoch) {
                mark = {epoch, static_cast<std::uint32_t>(hits.size())};
                hits.push_back({p->doc(), value});
            } else {
                hits[mark.slot].score = std::max(hits[mark.slot].score, value);
            }
        }
    }
    return hits;
}

bool WordMatcher::cheaper_by_products(const std::vector<Hit>& in, const std::vector<Expansion>& expansions, std::size_t per_posting) const {
    return ProductTerms::fits(terms_) && static_cast<double>(in.size()) * terms_per_product_ < static_cast<double>(postings_of(terms_, expansions) * per_posting);
}

std::vector<Hit> WordMatcher::narrow_by_products(const std::vector<Hit>& in, const std::vector<Expansion>& expansions) {
    if (!product_terms_) {
        product_terms_.emplace(terms_);
        term_marks_.resize(terms_.term_count());
    }
    const ProductTerms& products = *product_terms_;
    if (++term_epoch_ == 0) {  // wrapped: old marks could pass for new ones
        std::fill(term_marks_.begin(), term_marks_.end(), TermMark{});
        term_epoch_ = 1;
    }
    for (const Expansion& e : expansions) {
        TermMark& mark = term_marks_[e.term];
        mark.weight = mark.epoch == term_epoch_ ? std::max(mark.weight, e.weight) : e.weight;
        mark.epoch = term_epoch_;
    }
    std::vector<Hit> out;
    for (const Hit& hit : in) {
        float added = -1.0f;  // -1: not found (a found word adds a positive score)
        for (const std::uint32_t* entry = products.begin(hit.product); entry != products.end(hit.product); ++entry) {
            const TermMark& mark = term_marks_[*entry >> 8];
            if (mark.epoch == term_epoch_) added = std::max(added, terms_.score_of_impact(*entry) * mark.weight);
        }
        if (added >= 0.0f) out.push_back({hit.product, hit.score + added});
    }
    return out;
}

std::vector<Hit> WordMatcher::narrow(const std::vector<Hit>& in, const std::vector<Expansion>& expansions) {
    if (cheaper_by_products(in, expansions, 1)) return narrow_by_products(in, expansions);
    const std::size_t n = in.size();
    std::vector<float> added(n, -1.0f);  // -1: not found (a found word adds a positive score)
    const std::uint32_t epoch = next_epoch();
    for (std::size_t i = 0; i < n; ++i) marks_[in[i].product] = {epoch, static_cast<std::uint32_t>(i)};
    for (const Expansion& e : expansions) {
        for (const Posting* p = terms_.postings_begin(e.term); p != terms_.postings_end(e.term); ++p) {
            const Mark mark = marks_[p->doc()];
            if (mark.epoch == epoch) added[mark.slot] = std::max(added[mark.slot], terms_.score(*p) * e.weight);
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

const std::vector<Hit>& WordMatcher::fixed_matches(const QueryWords& words) {
    const std::vector<std::string> fixed(words.words.begin(), words.words.end() - 1);
    if (fixed != cached_words_) {  // never equal while nothing is cached: `fixed` is not empty
        cached_ = all_of(fixed);
        cached_words_ = fixed;
    }
    return cached_;
}

std::uint32_t WordMatcher::mark_fixed_matches() {
    const std::uint32_t epoch = next_epoch();
    for (std::size_t i = 0; i < cached_.size(); ++i) marks_[cached_[i].product] = {epoch, static_cast<std::uint32_t>(i)};
    return epoch;
}

std::vector<Hit> WordMatcher::match(const QueryWords& words) {
    const std::vector<Expansion> last = terms_.expand(words.words.back(), words.last_is_prefix);
    if (words.words.size() == 1) return first_word(last);
    return narrow(fixed_matches(words), last);
}

// Reads the last word's postings best first. A product met for the first time is met at its
// best expansion, so its score is then known; once the k-th best score found beats the next
// posting plus the best score of the other words, no product still unread can enter.
std::vector<Hit> WordMatcher::best(const QueryWords& words, std::size_t k, const std::vector<std::uint32_t>& place_of) {
    std::vector<Hit> top;  // a heap with the worst of the best k at its front
    if (k == 0) return top;
    // Taken before the other words' matches are marked: should that wrap the epochs, it clears
    // `seen_`, which is not yet in use.
    const std::uint32_t epoch = next_epoch();
    const bool narrowing = words.words.size() > 1;
    float fixed_best = 0;  // the highest score of a product matching every other word
    std::uint32_t fixed_epoch = 0;
    std::size_t fixed_left = 0;  // products matching the other words not yet met
    const std::vector<Expansion> last = terms_.expand(words.words.back(), words.last_is_prefix);
    const Better better{place_of};
    if (narrowing) {
        const std::vector<Hit>& fixed = fixed_matches(words);
        if (fixed.empty()) return top;
        if (cheaper_by_products(fixed, last, kStreamPostingCost)) {
            top = narrow_by_products(fixed, last);
            const std::size_t n = std::min(k, top.size());
            std::partial_sort(top.begin(), top.begin() + static_cast<std::ptrdiff_t>(n), top.end(), better);
            top.resize(n);
            return top;
        }
        for (const Hit& hit : fixed) fixed_best = std::max(fixed_best, hit.score);
        fixed_epoch = mark_fixed_matches();
        fixed_left = fixed.size();
    }
    ImpactStream stream(terms_, last);
    while (!stream.done()) {
        if (top.size() == k && top.front().score > stream.next_value() + fixed_best) break;
        const Hit posting = stream.pop();
        if (seen_[posting.product] == epoch) continue;
        seen_[posting.product] = epoch;
        Hit hit = posting;
        if (narrowing) {
            const Mark mark = marks_[posting.product];
            if (mark.epoch != fixed_epoch) continue;
            hit.score = cached_[mark.slot].score + posting.score;
        }
        if (top.size() < k) {
            top.push_back(hit);
            std::push_heap(top.begin(), top.end(), better);
        } else if (better(hit, top.front())) {
            std::pop_heap(top.begin(), top.end(), better);
            top.back() = hit;
            std::push_heap(top.begin(), top.end(), better);
        }
        if (narrowing && --fixed_left == 0) break;  // every candidate met
    }
    std::sort_heap(top.begin(), top.end(), better);
    return top;
}

std::size_t WordMatcher::count(const QueryWords& words, std::size_t cap) {
    const std::vector<Expansion> last = terms_.expand(words.words.back(), words.last_is_prefix);
    const std::uint32_t epoch = next_epoch();  // first, as in best()
    const bool narrowing = words.words.size() > 1;
    std::uint32_t fixed_epoch = 0;
    if (narrowing) {
        if (fixed_matches(words).empty()) return 0;
        fixed_epoch = mark_fixed_matches();
    } else {
        // One list alone may already reach the cap.
        for (const Expansion& e : last) {
            if (terms_.document_frequency(e.term) >= cap) return cap;
        }
    }
    std::size_t n = 0;
    for (const Expansion& e : last) {
        for (const Posting* p = terms_.postings_begin(e.term); p != terms_.postings_end(e.term) && n < cap; ++p) {
            const std::uint32_t doc = p->doc();
            if (seen_[doc] == epoch || (narrowing && marks_[doc].epoch != fixed_epoch)) continue;
            seen_[doc] = epoch;
            ++n;
        }
    }
    return n;
}

std::size_t WordMatcher::memory_bytes() const {
    return (product_terms_ ? product_terms_->memory_bytes() : 0) + term_marks_.capacity() * sizeof(TermMark) + marks_.capacity() * sizeof(Mark) +
           seen_.capacity() * sizeof(std::uint32_t) + cached_.capacity() * sizeof(Hit);
}

}  // namespace vitrine
