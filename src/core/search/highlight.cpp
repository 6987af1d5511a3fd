// Highlights: which words of a title, and of a short excerpt, match the query.
#include <algorithm>
#include <bit>

#include "core/search/query_words.hpp"
#include "core/search/search.hpp"
#include "core/search/tokenizer.hpp"
#include "core/utf8.hpp"

namespace vitrine {

namespace {

constexpr std::size_t kExcerptBytes = 160;

struct Matches {
    std::vector<Span> spans;
    std::uint32_t words = 0;  // bit i: query word i matched somewhere
};

Matches find_matches(std::string_view text, const QueryWords& q) {
    Matches m;
    for (const Token& token : tokenize(text)) {
        bool matched = false;
        for (std::size_t i = 0; i < q.words.size(); ++i) {
            if (token_matches_word(token.text, q, i)) {
                m.words |= 1u << i;
                matched = true;
            }
        }
        if (matched) m.spans.push_back({token.begin, token.end});
    }
    // A run of a code's parts ("usbc") starts before the parts read just ahead of it: order by
    // start, then join the spans that touch.
    std::sort(m.spans.begin(), m.spans.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
    std::vector<Span> joined;
    for (const Span& span : m.spans) {
        if (!joined.empty() && span.begin <= joined.back().end) joined.back().end = std::max(joined.back().end, span.end);
        else joined.push_back(span);
    }
    m.spans = std::move(joined);
    return m;
}

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

// About kExcerptBytes of the text around its first match, starting and ending between words
// where it can, always on character boundaries.
void excerpt_from(std::string_view text, const std::vector<Span>& spans, Highlight& out) {
    std::size_t begin = spans.front().begin > kExcerptBytes / 3 ? spans.front().begin - kExcerptBytes / 3 : 0;
    while (begin > 0 && begin < spans.front().begin && !is_space(text[begin - 1])) ++begin;  // to the next word's start
    std::string_view window = utf8_prefix(text.substr(begin), kExcerptBytes);
    if (begin + window.size() < text.size()) {
        const std::size_t last_space = window.find_last_of(" \n\r\t");
        if (last_space != std::string_view::npos && begin + last_space > spans.front().end) window = window.substr(0, last_space);
    }
    out.excerpt = std::string(window);
    // One line to draw: line breaks become spaces, byte for byte, so the spans still fit.
    std::replace_if(out.excerpt.begin(), out.excerpt.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
    for (const Span& s : spans) {
        if (s.begin >= begin && s.end <= begin + window.size()) out.excerpt_spans.push_back({s.begin - begin, s.end - begin});
    }
}

}  // namespace

Highlight highlight_product(const Product& product, std::string_view query) {
    const QueryWords q = query_words(query);
    Highlight out;
    if (q.words.empty()) return out;
    out.title_spans = find_matches(product.title, q).spans;
    // The excerpt comes from the searched field matching the most query words; the first such,
    // the description before the specs.
    std::vector<std::string_view> fields{product.description};
    for (const Spec& spec : product.specs) fields.push_back(spec.value);
    int best_words = 0;
    std::string_view best_text;
    std::vector<Span> best_spans;
    for (const std::string_view text : fields) {
        Matches m = find_matches(text, q);
        const int words = std::popcount(m.words);
        if (words <= best_words) continue;
        best_words = words;
        best_text = text;
        best_spans = std::move(m.spans);
    }
    if (best_words > 0) excerpt_from(best_text, best_spans, out);
    return out;
}

std::vector<Span> highlight_text(std::string_view text, std::string_view query) { return find_matches(text, query_words(query)).spans; }

}  // namespace vitrine
