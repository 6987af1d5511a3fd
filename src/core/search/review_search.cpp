// Searching one product's reviews, with the same words-and-typos rules as product search.
#include <algorithm>
#include <numeric>

#include "core/search/query_words.hpp"
#include "core/search/search.hpp"
#include "core/search/tokenizer.hpp"

namespace vitrine {

namespace {

bool review_matches(const Review& review, const QueryWords& q) {
    if (q.words.empty()) return true;
    std::vector<Token> tokens = tokenize(review.title);
    const std::vector<Token> body = tokenize(review.body);
    tokens.insert(tokens.end(), body.begin(), body.end());
    for (std::size_t i = 0; i < q.words.size(); ++i) {
        const bool found = std::any_of(tokens.begin(), tokens.end(), [&](const Token& t) { return token_matches_word(t.text, q, i); });
        if (!found) return false;
    }
    return true;
}

}  // namespace

ReviewResult search_reviews(const Product& product, const ReviewRequest& request) {
    const QueryWords q = query_words(request.query);
    ReviewResult result;
    for (std::uint32_t i = 0; i < product.reviews.size(); ++i) {
        const Review& review = product.reviews[i];
        if (!review_matches(review, q)) continue;
        ++result.star_counts[std::clamp(review.rating, 0, 5)];
        if (request.stars != 0 && review.rating != request.stars) continue;
        result.hits.push_back({i, highlight_text(review.title, request.query), highlight_text(review.body, request.query)});
    }
    const auto& reviews = product.reviews;
    // Undated reviews go last whichever way dates are sorted; ties keep the page's order.
    std::stable_sort(result.hits.begin(), result.hits.end(), [&](const ReviewHit& a, const ReviewHit& b) {
        const Review& x = reviews[a.review];
        const Review& y = reviews[b.review];
        switch (request.sort) {
            case ReviewSort::newest:
            case ReviewSort::oldest:
                if (x.date.empty() != y.date.empty()) return y.date.empty();
                return request.sort == ReviewSort::newest ? x.date > y.date : x.date < y.date;
            case ReviewSort::highest: return x.rating > y.rating;
            case ReviewSort::lowest: return x.rating < y.rating;
        }
        return false;
    });
    return result;
}

}  // namespace vitrine
