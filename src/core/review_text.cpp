#include "core/review_text.hpp"

#include <unordered_set>

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

// Whether "Title - body" has the title of one of the reviews. The title may itself hold " - ",
// so the text is cut at each of its first few " - " in turn; looking each cut up in a set keeps
// this linear when a page has thousands of reviews.
bool repeats_one_of(std::string_view inline_review, const std::unordered_set<std::string_view>& titles) {
    constexpr int kCutsTried = 8;
    if (titles.count(inline_review) != 0) return true;
    std::size_t dash = inline_review.find(" - ");
    for (int cut = 0; cut < kCutsTried && dash != std::string_view::npos; ++cut, dash = inline_review.find(" - ", dash + 1)) {
        if (titles.count(inline_review.substr(0, dash)) != 0) return true;
    }
    return false;
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

std::vector<Review> reviews_not_in(const std::vector<std::string>& inline_reviews, std::span<const Review> reviews) {
    std::unordered_set<std::string_view> titles;
    for (const Review& review : reviews) {
        if (!review.title.empty()) titles.insert(review.title);
    }
    std::vector<Review> out;
    for (const std::string& text : inline_reviews) {
        if (repeats_one_of(text, titles)) continue;
        const std::size_t dash = text.find(" - ");
        Review review;
        review.title = Text(std::string_view(text).substr(0, dash));
        if (dash != std::string::npos) review.body = Text(std::string_view(text).substr(dash + 3));
        out.push_back(std::move(review));
    }
    return out;
}

}  // namespace vitrine
