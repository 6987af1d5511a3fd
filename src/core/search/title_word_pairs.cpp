#include "core/search/title_word_pairs.hpp"

#include <algorithm>

#include "core/search/tokenizer.hpp"

namespace vitrine {

TitleWordPairs::TitleWordPairs(const std::vector<Product>& products, const TermIndex& terms) {
    starts_.reserve(products.size() + 1);
    starts_.push_back(0);
    for (const Product& product : products) {
        for (const Token& token : tokenize(product.title)) {
            // A run of a code's parts stands beside its parts, not between two words. (A word the
            // dictionary lacks, UINT32_MAX, still keeps its neighbours apart.)
            if (!token.joined) terms_.push_back(terms.id_of(token.text));
        }
        starts_.push_back(static_cast<std::uint32_t>(terms_.size()));
    }
    terms_.shrink_to_fit();
}

void TitleWordPairs::reorder(std::vector<Hit>& hits, const QueryWords& words, const TermIndex& terms) const {
    if (words.words.size() < 2 || hits.empty()) return;
    // The terms each word stands for (as in matching: exact, completed, misspelt), sorted.
    std::vector<std::vector<std::uint32_t>> stands_for;
    for (std::size_t i = 0; i < words.words.size(); ++i) {
        std::vector<std::uint32_t> ids;
        for (const Expansion& e : terms.expand(words.words[i], words.last_is_prefix && i + 1 == words.words.size())) ids.push_back(e.term);
        std::sort(ids.begin(), ids.end());
        stands_for.push_back(std::move(ids));
    }
    const auto is = [&](std::uint32_t term, std::size_t word) { return std::binary_search(stands_for[word].begin(), stands_for[word].end(), term); };
    const std::size_t window = std::min(kPairWindow, hits.size());
    const float best = hits.front().score;
    std::vector<std::pair<std::uint32_t, Hit>> ranked;  // (pairs found, hit)
    ranked.reserve(window);
    for (std::size_t h = 0; h < window; ++h) {
        const std::uint32_t* title = terms_.data() + starts_[hits[h].product];
        const std::size_t length = starts_[hits[h].product + 1] - starts_[hits[h].product];
        std::uint32_t pairs = 0;
        for (std::size_t w = 0; w + 1 < stands_for.size(); ++w) {
            for (std::size_t i = 0; i + 1 < length; ++i) {
                if (is(title[i], w) && is(title[i + 1], w + 1)) {
                    ++pairs;
                    break;
                }
            }
        }
        ranked.push_back({pairs, {hits[h].product, hits[h].score + static_cast<float>(pairs) * best}});
    }
    // Stable: among titles with as many pairs, the order of BM25 (and of place) stays.
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t h = 0; h < window; ++h) hits[h] = ranked[h].second;
}

void TitleWordPairs::write(ByteWriter& out) const {
    out.put_array(starts_);
    out.put_array(terms_);
}

std::optional<TitleWordPairs> TitleWordPairs::read(ByteReader& in, std::size_t products, std::size_t term_count, std::string& problem) {
    const ArrayView<std::uint32_t> starts = in.get_array<std::uint32_t>(products + 1);
    const ArrayView<std::uint32_t> terms = in.get_array<std::uint32_t>();
    const auto fail = [&](const char* what) {
        problem = std::string("the search index is damaged: ") + what;
        return std::nullopt;
    };
    if (!in.ok()) return fail("its titles' words are cut short or of the wrong size");
    if (starts[0] != 0 || starts[products] != terms.size()) return fail("its titles' words do not add up");
    for (std::size_t p = 0; p < products; ++p) {
        if (starts[p + 1] < starts[p]) return fail("its titles' words do not add up");
    }
    TitleWordPairs pairs;
    pairs.starts_ = starts.to_vector();
    pairs.terms_ = terms.to_vector();
    for (const std::uint32_t term : pairs.terms_) {
        if (term >= term_count && term != UINT32_MAX) return fail("a title's word is not in the dictionary");
    }
    return pairs;
}

std::size_t TitleWordPairs::memory_bytes() const { return (starts_.capacity() + terms_.capacity()) * sizeof(std::uint32_t); }

}  // namespace vitrine
