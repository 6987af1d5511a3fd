#include "core/review_text.hpp"

#include <algorithm>

#include "core/normalise.hpp"
#include "core/text.hpp"

namespace vitrine {

namespace {

// What may stand before a review title: stars, U+FE0F (the emoji variation selector) and spaces.
constexpr std::string_view kStarPrefixes[] = {"⭐", "★", "☆", "\xEF\xB8\x8F", " "};

std::size_t star_prefix_length(std::string_view heading) {
    std::size_t length = 0;
    bool advanced = true;
    while (advanced) {
        advanced = false;
        for (const std::string_view prefix : kStarPrefixes) {
            if (starts_with(heading.substr(length), prefix)) {
                length += prefix.size();
                advanced = true;
            }
        }
    }
    return length;
}

bool repeats(std::string_view inline_review, const Review& review) {
    return !review.title.empty() && starts_with(inline_review, review.title) &&
           (inline_review.size() == review.title.size() || starts_with(inline_review.substr(review.title.size()), " - "));
}

}  // namespace

ReviewHeading read_review_heading(std::string_view heading) {
    return {count_stars(heading), std::string(trim(heading.substr(star_prefix_length(heading))))};
}

std::optional<Byline> read_byline(std::string_view line) {
    if (!starts_with(line, "*by ")) return std::nullopt;
    std::string_view inner = line.substr(4);
    if (!inner.empty() && inner.back() == '*') inner.remove_suffix(1);
    const std::size_t on = inner.rfind(" on ");
    if (on == std::string_view::npos) return Byline{std::string(trim(inner)), "", 0};
    return Byline{std::string(trim(inner.substr(0, on))), std::string(trim(inner.substr(on + 4))), 4 + on + 4};
}

std::vector<Review> reviews_not_in(const std::vector<std::string>& inline_reviews, const std::vector<Review>& reviews) {
    std::vector<Review> out;
    for (const std::string& text : inline_reviews) {
        if (std::any_of(reviews.begin(), reviews.end(), [&](const Review& r) { return repeats(text, r); })) continue;
        const std::size_t dash = text.find(" - ");
        Review review;
        review.title = text.substr(0, dash);
        if (dash != std::string::npos) review.body = text.substr(dash + 3);
        out.push_back(std::move(review));
    }
    return out;
}

}  // namespace vitrine
