// TermIndex as bytes, for catalogue.vitrine (docs/catalogue-binary.md, section "index").
#include <algorithm>
#include <cmath>

#include "core/search/term_index.hpp"
#include "core/utf8.hpp"

namespace vitrine {

void TermIndex::write(ByteWriter& out) const {
    out.put<std::uint64_t>(documents_);
    out.put_array(std::vector<float>(impact_scores_.begin(), impact_scores_.end()));
    std::vector<std::uint32_t> term_ends;
    std::string term_bytes;
    for (const std::string& term : terms_) {
        term_bytes += term;
        term_ends.push_back(static_cast<std::uint32_t>(term_bytes.size()));
    }
    out.put_array(term_ends);
    out.put<std::uint64_t>(term_bytes.size());
    out.put_bytes(term_bytes);
    out.align();
    out.put_array(std::vector<std::uint8_t>(spelled_.begin(), spelled_.end()));
    // Postings as the number per term, their impacts, and their products as varints: the first
    // of each run of equal impacts whole, the next ones as the step from the one before (a run
    // is in product order). Mostly one- and two-byte steps, where a packed posting takes four.
    std::vector<std::uint32_t> counts(terms_.size());
    for (std::size_t t = 0; t < terms_.size(); ++t) counts[t] = offsets_[t + 1] - offsets_[t];
    out.put_array(counts);
    std::vector<std::uint8_t> impacts(postings_.size());
    std::transform(postings_.begin(), postings_.end(), impacts.begin(), [](const Posting& p) { return static_cast<std::uint8_t>(p.impact()); });
    out.put_array(impacts);
    std::string docs;
    for (std::size_t t = 0; t < terms_.size(); ++t) {
        for (std::uint32_t i = offsets_[t]; i < offsets_[t + 1]; ++i) {
            const bool continues_run = i > offsets_[t] && postings_[i - 1].impact() == postings_[i].impact();
            const std::uint32_t value = continues_run ? postings_[i].doc() - postings_[i - 1].doc() : postings_[i].doc();
            append_varint(docs, value);
        }
    }
    out.put<std::uint64_t>(docs.size());
    out.put_bytes(docs);
    out.align();
}

std::optional<TermIndex> TermIndex::read(ByteReader& in, std::size_t documents, std::string& problem) {
    const auto fail = [&](const char* what) {
        problem = std::string("the search index is damaged: ") + what;
        return std::nullopt;
    };
    TermIndex index;
    index.documents_ = static_cast<std::size_t>(in.get<std::uint64_t>());
    const ArrayView<float> impacts = in.get_array<float>(256);
    const ArrayView<std::uint32_t> term_ends = in.get_array<std::uint32_t>();
    const auto term_bytes_size = in.get<std::uint64_t>();
    const std::string_view term_bytes = in.get_bytes(static_cast<std::size_t>(std::min<std::uint64_t>(term_bytes_size, SIZE_MAX)));
    in.align();
    const std::size_t terms = term_ends.size();
    const ArrayView<std::uint8_t> spelled = in.get_array<std::uint8_t>(terms);
    const ArrayView<std::uint32_t> counts = in.get_array<std::uint32_t>(terms);
    const ArrayView<std::uint8_t> impact_of = in.get_array<std::uint8_t>();
    const auto docs_size = in.get<std::uint64_t>();
    const std::string_view docs = in.get_bytes(static_cast<std::size_t>(std::min<std::uint64_t>(docs_size, SIZE_MAX)));
    in.align();
    if (!in.ok()) return fail("its parts are cut short or of the wrong size");
    if (index.documents_ != documents) return fail("it was made for another number of products");

    for (std::size_t i = 0; i < impacts.size(); ++i) {
        index.impact_scores_[i] = impacts[i];
        if (!std::isfinite(impacts[i]) || impacts[i] < 0 || (i > 0 && impacts[i] < impacts[i - 1])) return fail("its scores are not in order");
    }
    index.terms_.reserve(terms);
    std::size_t begin = 0;
    for (std::size_t t = 0; t < terms; ++t) {
        const std::size_t end = term_ends[t];
        if (end < begin || end > term_bytes.size()) return fail("a term lies outside the dictionary");
        const std::string_view term = term_bytes.substr(begin, end - begin);
        if (!is_valid_utf8(term)) return fail("a term is not UTF-8");
        if (t > 0 && !(std::string_view(index.terms_.back()) < term)) return fail("the dictionary is not sorted");
        index.terms_.emplace_back(term);
        begin = end;
    }
    index.spelled_.resize(terms);
    for (std::size_t t = 0; t < terms; ++t) index.spelled_[t] = spelled[t] != 0;

    index.offsets_.reserve(terms + 1);
    index.offsets_.push_back(0);
    std::uint64_t total = 0;
    for (std::size_t t = 0; t < terms; ++t) {
        total += counts[t];
        if (total > impact_of.size() || total > UINT32_MAX) return fail("its postings do not add up");
        index.offsets_.push_back(static_cast<std::uint32_t>(total));
    }
    if (total != impact_of.size()) return fail("its postings do not add up");
    index.postings_.reserve(impact_of.size());
    std::size_t at = 0;  // into `docs`
    for (std::size_t t = 0; t < terms; ++t) {
        for (std::uint32_t i = index.offsets_[t]; i < index.offsets_[t + 1]; ++i) {
            std::uint32_t value = 0;
            if (!read_varint(docs, at, value)) return fail("its postings are cut short");
            const std::uint32_t impact = impact_of[i];
            const bool continues_run = i > index.offsets_[t] && index.postings_.back().impact() == impact;
            if (i > index.offsets_[t] && index.postings_.back().impact() < impact) return fail("a term's postings are not in order");
            if (continues_run && value == 0) return fail("a term's postings are not in order");
            const std::uint64_t doc = continues_run ? std::uint64_t{index.postings_.back().doc()} + value : value;
            if (doc >= documents || impact == 0) return fail("a posting names no product");
            index.postings_.emplace_back(static_cast<std::uint32_t>(doc), impact);
        }
    }
    if (at != docs.size()) return fail("its postings do not add up");
    index.build_typo_table();
    return index;
}

}  // namespace vitrine
