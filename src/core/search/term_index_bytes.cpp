// TermIndex as bytes, for catalogue.vitrine (docs/catalogue-binary.md, section "index").
#include <algorithm>
#include <cmath>

#include "core/search/term_index.hpp"
#include "core/utf8.hpp"

namespace vitrine {

namespace {

bool valid_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t n = utf8_sequence_length(text, i);
        if (n == 0) return false;
        i += n;
    }
    return true;
}

}  // namespace

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
    out.put_array(offsets_);
    std::vector<std::uint32_t> packed(postings_.size());
    std::transform(postings_.begin(), postings_.end(), packed.begin(), [](const Posting& p) { return p.packed(); });
    out.put_array(packed);
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
    const ArrayView<std::uint32_t> offsets = in.get_array<std::uint32_t>(terms + 1);
    const ArrayView<std::uint32_t> packed = in.get_array<std::uint32_t>();
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
        if (!valid_utf8(term)) return fail("a term is not UTF-8");
        if (t > 0 && !(std::string_view(index.terms_.back()) < term)) return fail("the dictionary is not sorted");
        index.terms_.emplace_back(term);
        begin = end;
    }
    index.spelled_.resize(terms);
    for (std::size_t t = 0; t < terms; ++t) index.spelled_[t] = spelled[t] != 0;

    index.offsets_ = offsets.to_vector();
    if (index.offsets_.front() != 0 || index.offsets_.back() != packed.size()) return fail("its postings do not add up");
    index.postings_.reserve(packed.size());
    for (std::size_t t = 0; t < terms; ++t) {
        if (index.offsets_[t + 1] < index.offsets_[t] || index.offsets_[t + 1] > packed.size()) return fail("its postings do not add up");
        for (std::uint32_t i = index.offsets_[t]; i < index.offsets_[t + 1]; ++i) {
            const Posting p = Posting::from_packed(packed[i]);
            if (p.doc() >= documents || p.impact() == 0) return fail("a posting names no product");
            if (i > index.offsets_[t]) {
                const Posting before = index.postings_.back();
                if (before.impact() < p.impact() || (before.impact() == p.impact() && before.doc() >= p.doc())) return fail("a term's postings are not in order");
            }
            index.postings_.push_back(p);
        }
    }
    index.build_typo_table();
    return index;
}

}  // namespace vitrine
