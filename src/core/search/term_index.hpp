// The inverted index behind search: a sorted term dictionary (prefix ranges by binary search),
// impact-ordered postings as one flat array (a query can stop reading a list once what is left
// cannot reach its top results), and a flat deletion neighbourhood for typo-tolerant look-up.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/byte_io.hpp"

namespace vitrine {

// A product holding a term, and how much the term counts there: its BM25 score quantised to
// 8 bits (an impact; TermIndex::score turns it back into a score). 4 bytes, as postings are most
// of the index: a product number has 24 bits, so an index holds at most kMaxIndexedProducts.
class Posting {
public:
    Posting(std::uint32_t doc, std::uint32_t impact) : packed_(doc << 8 | impact) {}
    std::uint32_t doc() const { return packed_ >> 8; }
    std::uint32_t impact() const { return packed_ & 0xFFu; }
    std::uint32_t packed() const { return packed_; }
    static Posting from_packed(std::uint32_t packed) { return Posting(packed >> 8, packed & 0xFFu); }

private:
    std::uint32_t packed_;
};

inline constexpr std::size_t kMaxIndexedProducts = std::size_t{1} << 24;

// A dictionary term a query word stands for, and how much a match on it counts.
struct Expansion {
    std::uint32_t term = 0;
    float weight = 1;
};

class TermIndexBuilder;

class TermIndex {
public:
    std::size_t term_count() const { return terms_.size(); }
    std::size_t product_count() const { return documents_; }
    std::size_t posting_count() const { return postings_.size(); }
    const std::string& term(std::uint32_t id) const { return terms_[id]; }
    std::uint32_t document_frequency(std::uint32_t id) const { return offsets_[id + 1] - offsets_[id]; }
    const Posting* postings_begin(std::uint32_t id) const { return postings_.data() + offsets_[id]; }
    const Posting* postings_end(std::uint32_t id) const { return postings_.data() + offsets_[id + 1]; }
    // A posting's BM25 score, as its impact stands for it: the same float on every path.
    float score(const Posting& posting) const { return impact_scores_[posting.impact()]; }
    float score_of_impact(std::uint32_t impact) const { return impact_scores_[impact & 0xFFu]; }

    // The exact term, terms it is a prefix of (when the word is still being typed) and terms
    // within the allowed edit distance (1 from 4 characters, 2 from 8).
    std::vector<Expansion> expand(std::string_view word, bool is_prefix) const;

    // The most common term within `max_distance` edits of `word`, nearest first; empty if none.
    // Scans the whole dictionary: for "did you mean", asked once when nothing matched.
    std::string closest_term(std::string_view word, int max_distance) const;

    std::size_t memory_bytes() const;

    // The index as bytes (catalogue.vitrine), and back: read() checks everything a search relies
    // on (sorted UTF-8 terms, postings of known products in impact order) and makes the typo table
    // and gives nothing, with the problem, for bytes that are not an index of `documents` products.
    void write(ByteWriter& out) const;
    static std::optional<TermIndex> read(ByteReader& in, std::size_t documents, std::string& problem);

    std::uint32_t id_of(std::string_view term) const { return find(term); }  // UINT32_MAX if absent

private:
    friend class TermIndexBuilder;
    std::uint32_t find(std::string_view term) const;  // term id, or UINT32_MAX
    float idf(std::size_t document_frequency) const;   // BM25's, among documents_ products
    void build_typo_table();  // deletions_, from terms_ and spelled_
    void add_typo_candidates(std::string_view word, int typos, std::vector<std::uint32_t>& out) const;

    std::size_t documents_ = 0;
    std::vector<std::string> terms_;        // sorted
    std::vector<bool> spelled_;             // per term: a word as written, whose typos are forgiven
    std::vector<std::uint32_t> offsets_;    // postings of term t: [offsets_[t], offsets_[t+1])
    std::vector<Posting> postings_;         // within a term, impact-ordered: the highest first, then by doc
    std::array<float, 256> impact_scores_{};  // impact i stands for the score i * (highest score / 255)
    // (32-bit hash of a term with one or two code points deleted) << 32 | term id, sorted. A word
    // within k edits of a term shares such a variant with it, each side losing at most k code
    // points; collisions only add candidates, which are measured anyway.
    std::vector<std::uint64_t> deletions_;
};

// The parts of a product that search reads, each scored on its own (see TermIndexBuilder).
enum class Field : std::uint8_t { title, category, spec, description };
inline constexpr std::size_t kFieldCount = 4;

using FieldBoosts = std::array<float, kFieldCount>;   // how much a match in each field counts
using FieldLengths = std::array<std::uint32_t, kFieldCount>;  // a product's words per field

class TermIndexBuilder {
public:
    // `spelled`: the term is a word as written somewhere, so a typo in it is forgiven; runs of a
    // code's parts are not (nobody misspells "usbc", and a typo table per run would be large).
    void add(std::uint32_t doc, const std::string& term, Field field, bool spelled);
    // Scores each posting as BM25+ summed over the fields, boosted: per field, the term's
    // frequency saturates (k1) and is dampened (b) by the field's length against its average, and
    // a match scores at least `delta`. So a word found in the title and again in the description
    // counts for more than in the title alone, and a long description does not dampen a title.
    // `lengths[doc]` are the products' field lengths.
    struct Scoring {
        FieldBoosts boosts;
        float k1;
        float b;
        float delta;
    };
    TermIndex build(const std::vector<FieldLengths>& lengths, const Scoring& scoring);

private:
    // A term's occurrences in one product, counted per field in bit fields of kFieldBits (the
    // counts stop at their width's maximum, where BM25 has long saturated): 8 bytes, as there
    // are as many as postings.
    struct Occurrence {
        std::uint32_t doc;
        std::uint32_t counts;
    };
    struct Entry {
        std::vector<Occurrence> occurrences;
        bool spelled = false;
    };
    std::unordered_map<std::string, Entry> entries_;
};

}  // namespace vitrine
