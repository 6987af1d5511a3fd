// Highlights: which words of a title, and of a short excerpt, match the query.
#include <algorithm>

#include "core/search/query_words.hpp"
#include "core/search/search.hpp"
#include "core/search/tokenizer.hpp"
#include "core/utf8.hpp"

namespace vitrine {

namespace {

constexpr std::size_t kExcerptBytes = 160;

bool word_matches(const std::string& token, const QueryWords& q) {
    for (std::size_t i = 0; i < q.words.size(); ++i) {
        if (token_matches_word(token, q, i)) return true;
    }
    return false;
}

std::vector<Span> matching_spans(std::string_view text, const QueryWords& q) {
    std::vector<Span> spans;
    for (const Token& token : tokenize(text)) {
        if (!word_matches(token.text, q)) continue;
        if (!spans.empty() && token.begin <= spans.back().end) spans.back().end = std::max(spans.back().end, token.end);
        else spans.push_back({token.begin, token.end});
    }
    return spans;
}

// A window of the text around its first match, cut on character boundaries.
void excerpt_from(std::string_view text, const QueryWords& q, Highlight& out) {
    const std::vector<Span> spans = matching_spans(text, q);
    if (spans.empty()) return;
    std::size_t begin = spans.front().begin > kExcerptBytes / 3 ? spans.front().begin - kExcerptBytes / 3 : 0;
    while (begin > 0 && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80) --begin;
    const std::string_view window = utf8_prefix(text.substr(begin), kExcerptBytes);
    out.excerpt = std::string(window);
    for (const Span& s : spans) {
        if (s.begin >= begin && s.end <= begin + window.size()) out.excerpt_spans.push_back({s.begin - begin, s.end - begin});
    }
}

}  // namespace

Highlight highlight_product(const Product& product, std::string_view query) {
    const QueryWords q = query_words(query);
    Highlight out;
    if (q.words.empty()) return out;
    out.title_spans = matching_spans(product.title, q);
    excerpt_from(product.description, q, out);
    for (std::size_t i = 0; out.excerpt.empty() && i < product.specs.size(); ++i) excerpt_from(product.specs[i].value, q, out);
    for (std::size_t i = 0; out.excerpt.empty() && i < product.reviews.size(); ++i) excerpt_from(product.reviews[i].body, q, out);
    return out;
}

std::vector<Span> highlight_text(std::string_view text, std::string_view query) { return matching_spans(text, query_words(query)); }

}  // namespace vitrine
