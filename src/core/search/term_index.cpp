#include "core/search/term_index.hpp"

#include <algorithm>
#include <functional>

#include "core/search/query_words.hpp"
#include "core/search/tokenizer.hpp"

namespace vitrine {

namespace {

// How many completions of the word being typed are searched, the most frequent first: a single
// letter stands for too many words to search them all on every keystroke.
std::size_t max_completions(std::size_t prefix_bytes) { return prefix_bytes <= 1 ? 12 : prefix_bytes == 2 ? 24 : 48; }
constexpr float kPrefixWeight = 0.85f;
constexpr float kTypoWeight[] = {1.0f, 0.6f, 0.4f};

std::uint64_t hash_of(std::string_view text) { return std::hash<std::string_view>{}(text); }

// Byte offsets where each code point of a term starts.
std::vector<std::size_t> char_starts(std::string_view term) {
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < term.size(); ++i) {
        if ((static_cast<unsigned char>(term[i]) & 0xC0) != 0x80) starts.push_back(i);
    }
    return starts;
}

// The term with one code point removed, for every code point.
template <typename Visit>
void for_each_deletion(std::string_view term, Visit visit) {
    const std::vector<std::size_t> starts = char_starts(term);
    std::string variant;
    for (std::size_t k = 0; k < starts.size(); ++k) {
        const std::size_t end = k + 1 < starts.size() ? starts[k + 1] : term.size();
        variant.assign(term.substr(0, starts[k]));
        variant.append(term.substr(end));
        visit(variant);
    }
}

}  // namespace

void TermIndexBuilder::add(std::uint32_t doc, const std::string& term, float weight) {
    std::vector<Posting>& list = postings_[term];
    if (!list.empty() && list.back().doc == doc) list.back().weight += weight;
    else list.push_back({doc, weight});
}

TermIndex TermIndexBuilder::build() {
    TermIndex index;
    index.terms_.reserve(postings_.size());
    for (const auto& entry : postings_) index.terms_.push_back(entry.first);
    std::sort(index.terms_.begin(), index.terms_.end());
    index.offsets_.reserve(index.terms_.size() + 1);
    index.offsets_.push_back(0);
    for (std::uint32_t id = 0; id < index.terms_.size(); ++id) {
        std::vector<Posting>& list = postings_[index.terms_[id]];
        index.postings_.insert(index.postings_.end(), list.begin(), list.end());
        index.offsets_.push_back(static_cast<std::uint32_t>(index.postings_.size()));
        std::vector<Posting>().swap(list);
        const std::string& term = index.terms_[id];
        if (allowed_typos(term) > 0 || char_starts(term).size() >= 3) {
            for_each_deletion(term, [&](const std::string& variant) { index.deletions_[hash_of(variant)].push_back(id); });
        }
    }
    postings_.clear();
    return index;
}

std::vector<Expansion> TermIndex::expand(std::string_view word, bool is_prefix) const {
    std::vector<Expansion> out;
    const auto first = std::lower_bound(terms_.begin(), terms_.end(), word);
    if (first != terms_.end() && *first == word) out.push_back({static_cast<std::uint32_t>(first - terms_.begin()), 1.0f});

    if (is_prefix) {
        std::vector<std::uint32_t> completions;
        for (auto it = first; it != terms_.end() && it->compare(0, word.size(), word) == 0; ++it) {
            if (it->size() > word.size()) completions.push_back(static_cast<std::uint32_t>(it - terms_.begin()));
        }
        const std::size_t keep = max_completions(word.size());
        if (completions.size() > keep) {
            std::partial_sort(completions.begin(), completions.begin() + static_cast<std::ptrdiff_t>(keep), completions.end(),
                              [&](std::uint32_t a, std::uint32_t b) { return document_frequency(a) > document_frequency(b); });
            completions.resize(keep);
        }
        for (const std::uint32_t id : completions) out.push_back({id, kPrefixWeight});
    }

    const int typos = allowed_typos(word);
    if (typos == 0) return out;
    // Candidates share a one-deletion variant with the word (or are one); each is then measured.
    std::vector<std::uint32_t> candidates;
    const auto collect = [&](std::string_view variant) {
        const auto it = deletions_.find(hash_of(variant));
        if (it != deletions_.end()) candidates.insert(candidates.end(), it->second.begin(), it->second.end());
    };
    collect(word);
    for_each_deletion(word, [&](const std::string& variant) {
        collect(variant);
        const auto exact = std::lower_bound(terms_.begin(), terms_.end(), variant);
        if (exact != terms_.end() && *exact == variant) candidates.push_back(static_cast<std::uint32_t>(exact - terms_.begin()));
    });
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    for (const std::uint32_t id : candidates) {
        if (std::any_of(out.begin(), out.end(), [&](const Expansion& e) { return e.term == id; })) continue;
        const int distance = edit_distance(word, terms_[id], typos);
        if (distance >= 1 && distance <= typos) out.push_back({id, kTypoWeight[distance]});
    }
    return out;
}

std::string TermIndex::closest_term(std::string_view word, int max_distance) const {
    std::uint32_t best = 0;
    int best_distance = max_distance + 1;
    for (std::uint32_t id = 0; id < terms_.size(); ++id) {
        const int distance = edit_distance(word, terms_[id], std::min(best_distance, max_distance));
        if (distance < best_distance || (distance == best_distance && distance <= max_distance &&
                                         document_frequency(id) > document_frequency(best))) {
            best = id;
            best_distance = distance;
        }
    }
    return best_distance <= max_distance ? terms_[best] : std::string();
}

}  // namespace vitrine
