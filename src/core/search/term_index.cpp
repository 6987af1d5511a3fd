#include "core/search/term_index.hpp"

#include <algorithm>
#include <cmath>

#include "core/search/query_words.hpp"
#include "core/search/tokenizer.hpp"

namespace vitrine {

namespace {

// How many completions of the word being typed are searched, the most frequent first: a single
// letter stands for too many words to search them all on every keystroke. Nor are more read than
// kCompletionPostings postings per product in the catalogue: by then nearly every product matches.
std::size_t max_completions(std::size_t prefix_bytes) { return prefix_bytes <= 1 ? 12 : prefix_bytes == 2 ? 24 : 48; }
constexpr std::size_t kCompletionPostings = 2;
constexpr float kPrefixWeight = 0.85f;
constexpr float kTypoWeight[] = {1.0f, 0.6f, 0.4f};
constexpr std::uint32_t kMissing = UINT32_MAX;

// FNV-1a: the same on every platform, so native and WebAssembly indexes agree.
std::uint32_t hash_of(std::string_view text) {
    std::uint32_t h = 2166136261u;
    for (const char c : text) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h;
}

// Byte offsets where each code point of a term starts.
std::vector<std::size_t> char_starts(std::string_view term) {
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < term.size(); ++i) {
        if ((static_cast<unsigned char>(term[i]) & 0xC0) != 0x80) starts.push_back(i);
    }
    return starts;
}

// The distinct strings made from `term` by deleting 1..`depth` code points.
std::vector<std::string> deletions_of(std::string_view term, int depth) {
    std::vector<std::string> out;
    std::vector<std::string> level{std::string(term)};
    for (int d = 0; d < depth; ++d) {
        std::vector<std::string> next;
        for (const std::string& s : level) {
            const std::vector<std::size_t> starts = char_starts(s);
            for (std::size_t k = 0; k < starts.size(); ++k) {
                const std::size_t end = k + 1 < starts.size() ? starts[k + 1] : s.size();
                next.push_back(s.substr(0, starts[k]) + s.substr(end));
            }
        }
        std::sort(next.begin(), next.end());
        next.erase(std::unique(next.begin(), next.end()), next.end());
        out.insert(out.end(), next.begin(), next.end());
        level = std::move(next);
    }
    return out;
}

// hash_of(term) with the code points [a, a_end) and [b, b_end) left out (empty ranges for none):
// a deletion variant's hash without making the variant.
std::uint32_t hash_without(std::string_view term, std::size_t a, std::size_t a_end, std::size_t b, std::size_t b_end) {
    std::uint32_t h = 2166136261u;
    for (std::size_t i = 0; i < term.size(); ++i) {
        if ((i >= a && i < a_end) || (i >= b && i < b_end)) continue;
        h = (h ^ static_cast<unsigned char>(term[i])) * 16777619u;
    }
    return h;
}

// A term within one edit of a word of 4+ characters has 4+ itself when it must lose one; within
// two edits of a word of 8+, a term that must lose two has 8+ (see TermIndex::deletions_). A term
// more than two longer than the longest typo-tolerant word can never be within two edits of one.
int deletion_depth(std::size_t chars) {
    if (chars > kMaxTypoWordChars + 2) return 0;
    return chars >= 8 ? 2 : chars >= 4 ? 1 : 0;
}

// Sorts values made in order of their low halves by their high halves, keeping that order among
// equal high halves: a full sort, in two counting passes of 16 bits. Opening a catalogue makes
// and sorts its typo table, over a million values, where std::sort took most of the time.
void sort_by_high_half(std::vector<std::uint64_t>& values) {
    std::vector<std::uint64_t> scratch(values.size());
    for (const unsigned shift : {32u, 48u}) {
        std::vector<std::size_t> starts(65537, 0);
        for (const std::uint64_t v : values) ++starts[(v >> shift & 0xFFFF) + 1];
        for (std::size_t d = 1; d < starts.size(); ++d) starts[d] += starts[d - 1];
        for (const std::uint64_t v : values) scratch[starts[v >> shift & 0xFFFF]++] = v;
        values.swap(scratch);
    }
}

}  // namespace

namespace {

// Bits of each field's count in Occurrence::counts, in Field order: 32 in all.
constexpr std::array<std::uint32_t, kFieldCount> kFieldBits = {8, 8, 8, 8};
static_assert(kFieldBits[0] + kFieldBits[1] + kFieldBits[2] + kFieldBits[3] == 32);

constexpr std::uint32_t shift_of(std::size_t field) {
    std::uint32_t shift = 0;
    for (std::size_t f = 0; f < field; ++f) shift += kFieldBits[f];
    return shift;
}

std::uint32_t count_in(std::uint32_t counts, std::size_t field) { return counts >> shift_of(field) & ((1u << kFieldBits[field]) - 1); }

std::uint32_t with_one_more(std::uint32_t counts, std::size_t field) {
    return count_in(counts, field) == (1u << kFieldBits[field]) - 1 ? counts : counts + (1u << shift_of(field));
}

}  // namespace

void TermIndexBuilder::add(std::uint32_t doc, const std::string& term, Field field, bool spelled) {
    Entry& entry = entries_[term];
    entry.spelled |= spelled;
    std::vector<Occurrence>& list = entry.occurrences;
    if (list.empty() || list.back().doc != doc) list.push_back({doc, 0});
    list.back().counts = with_one_more(list.back().counts, static_cast<std::size_t>(field));
}

TermIndex TermIndexBuilder::build(const std::vector<FieldLengths>& lengths, const Scoring& scoring) {
    const float k1 = scoring.k1;
    TermIndex index;
    index.terms_.reserve(entries_.size());
    for (const auto& entry : entries_) index.terms_.push_back(entry.first);
    std::sort(index.terms_.begin(), index.terms_.end());
    index.documents_ = lengths.size();
    std::array<double, kFieldCount> average{};
    for (const FieldLengths& l : lengths) {
        for (std::size_t f = 0; f < kFieldCount; ++f) average[f] += l[f];
    }
    for (double& a : average) a = std::max(1.0, a / static_cast<double>(std::max<std::size_t>(1, lengths.size())));
    // k1 * (1 - b + b * length / average), per product and field.
    std::vector<std::array<float, kFieldCount>> norms(lengths.size());
    for (std::size_t doc = 0; doc < lengths.size(); ++doc) {
        for (std::size_t f = 0; f < kFieldCount; ++f) {
            norms[doc][f] = k1 * (1.0f - scoring.b + scoring.b * static_cast<float>(lengths[doc][f] / average[f]));
        }
    }
    const auto score_of = [&](const Occurrence& o, float idf) {
        float score = 0;
        for (std::size_t f = 0; f < kFieldCount; ++f) {
            const auto tf = static_cast<float>(count_in(o.counts, f));
            if (tf > 0) score += scoring.boosts[f] * (scoring.delta + tf * (k1 + 1.0f) / (tf + norms[o.doc][f]));
        }
        return idf * score;
    };
    // The scores first, for the highest: the impacts are fractions of it.
    float highest = 0;
    std::size_t total = 0;
    for (const auto& [term, entry] : entries_) {
        const float idf = index.idf(entry.occurrences.size());
        for (const Occurrence& o : entry.occurrences) {
            highest = std::max(highest, score_of(o, idf));
        }
        total += entry.occurrences.size();
    }
    const float unit = highest > 0 ? highest / 255.0f : 1.0f;
    for (std::size_t i = 0; i < index.impact_scores_.size(); ++i) index.impact_scores_[i] = static_cast<float>(i) * unit;
    index.offsets_.reserve(index.terms_.size() + 1);
    index.offsets_.push_back(0);
    index.postings_.reserve(total);
    for (std::uint32_t id = 0; id < index.terms_.size(); ++id) {
        Entry& entry = entries_[index.terms_[id]];
        index.spelled_.push_back(entry.spelled);
        const std::size_t first = index.postings_.size();
        const float idf = index.idf(entry.occurrences.size());
        for (const Occurrence& o : entry.occurrences) {
            // Every match counts for something: no impact rounds down to 0.
            const auto impact = static_cast<std::uint32_t>(std::clamp(std::lround(score_of(o, idf) / unit), 1l, 255l));
            index.postings_.emplace_back(o.doc, impact);
        }
        std::vector<Occurrence>().swap(entry.occurrences);
        std::sort(index.postings_.begin() + static_cast<std::ptrdiff_t>(first), index.postings_.end(), [](const Posting& a, const Posting& b) {
            return a.impact() != b.impact() ? a.impact() > b.impact() : a.doc() < b.doc();
        });
        index.offsets_.push_back(static_cast<std::uint32_t>(index.postings_.size()));
    }
    entries_.clear();
    index.build_typo_table();
    return index;
}

// Made again when an index is read (TermIndex::read): it is a function of the dictionary, and
// its hashes would be most of a saved index's bytes, and the least compressible.
void TermIndex::build_typo_table() {
    deletions_.clear();
    for (std::uint32_t id = 0; id < terms_.size(); ++id) {
        if (!spelled_[id]) continue;
        const std::string& term = terms_[id];
        const std::vector<std::size_t> starts = char_starts(term);
        const int depth = deletion_depth(starts.size());
        const auto end_of = [&](std::size_t k) { return k + 1 < starts.size() ? starts[k + 1] : term.size(); };
        for (std::size_t i = 0; depth >= 1 && i < starts.size(); ++i) {
            deletions_.push_back(std::uint64_t{hash_without(term, starts[i], end_of(i), 0, 0)} << 32 | id);
            for (std::size_t j = i + 1; depth >= 2 && j < starts.size(); ++j) {
                deletions_.push_back(std::uint64_t{hash_without(term, starts[i], end_of(i), starts[j], end_of(j))} << 32 | id);
            }
        }
    }
    sort_by_high_half(deletions_);
    deletions_.erase(std::unique(deletions_.begin(), deletions_.end()), deletions_.end());
    deletions_.shrink_to_fit();
}

std::uint32_t TermIndex::find(std::string_view term) const {
    const auto it = std::lower_bound(terms_.begin(), terms_.end(), term);
    return it != terms_.end() && *it == term ? static_cast<std::uint32_t>(it - terms_.begin()) : kMissing;
}

void TermIndex::add_typo_candidates(std::string_view word, int typos, std::vector<std::uint32_t>& out) const {
    std::vector<std::string> variants = deletions_of(word, typos);
    variants.emplace_back(word);
    for (const std::string& variant : variants) {
        if (variant != word) {
            if (const std::uint32_t id = find(variant); id != kMissing && spelled_[id]) out.push_back(id);
        }
        const std::uint64_t key = std::uint64_t{hash_of(variant)} << 32;
        for (auto it = std::lower_bound(deletions_.begin(), deletions_.end(), key); it != deletions_.end() && (*it >> 32) == (key >> 32); ++it) {
            out.push_back(static_cast<std::uint32_t>(*it));
        }
    }
}

float TermIndex::idf(std::size_t document_frequency) const {
    const auto n = static_cast<float>(documents_), df = static_cast<float>(document_frequency);
    return std::log(1.0f + (n - df + 0.5f) / (df + 0.5f));
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
        const std::size_t keep = std::min(max_completions(word.size()), completions.size());
        std::partial_sort(completions.begin(), completions.begin() + static_cast<std::ptrdiff_t>(keep), completions.end(),
                          [&](std::uint32_t a, std::uint32_t b) {
                              return document_frequency(a) != document_frequency(b) ? document_frequency(a) > document_frequency(b) : a < b;
                          });
        completions.resize(keep);
        std::size_t postings = 0;
        std::size_t taken = 0;
        for (; taken < completions.size() && postings < documents_ * kCompletionPostings; ++taken) postings += document_frequency(completions[taken]);
        completions.resize(taken);
        // A completion counts as the word typed would, a little less: a rarer word does not
        // outrank the one typed whole ("smart" before "smartwatch") by its rarity. A word not in
        // the dictionary counts as common as its completions together.
        const float typed_idf = idf(out.empty() ? std::min(postings, documents_) : document_frequency(out.front().term));
        for (const std::uint32_t id : completions) out.push_back({id, kPrefixWeight * std::min(1.0f, typed_idf / idf(document_frequency(id)))});
    }

    const int typos = allowed_typos(word);
    if (typos == 0) return out;
    std::vector<std::uint32_t> candidates;
    add_typo_candidates(word, typos, candidates);
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

std::size_t TermIndex::memory_bytes() const {
    std::size_t bytes = terms_.capacity() * sizeof(std::string) + offsets_.capacity() * sizeof(std::uint32_t) +
                        postings_.capacity() * sizeof(Posting) + deletions_.capacity() * sizeof(std::uint64_t) +
                        spelled_.capacity() / 8;
    for (const std::string& t : terms_) bytes += t.capacity() > 15 ? t.capacity() + 1 : 0;  // beyond the small-string buffer
    return bytes;
}

}  // namespace vitrine
