// The pieces of a review as pages write them: a "### ⭐⭐⭐⭐ Title" heading, a
// "*by K***R on June 19, 2020*" byline, and the description's "Review: Title - body" copies.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"

namespace vitrine {

struct ReviewHeading {
    int stars = 0;  // as counted, possibly more than 5: the caller decides what to say
    std::string title;
};

// The text after "### ".
ReviewHeading read_review_heading(std::string_view heading);

struct Byline {
    std::string author;
    std::string date_text;        // as written, empty when the byline names no date
    std::size_t date_offset = 0;  // where date_text starts in the line
};

// "*by K***R on June 19, 2020*"; nullopt when the line is not a byline.
std::optional<Byline> read_byline(std::string_view line);

// The description's "Review: Title - body" paragraphs that repeat none of `reviews`, as reviews
// without stars, author or date: a page whose reviews exist only there loses nothing, and a page
// whose reviews are also in "Customer Reviews" gets none twice. Their text views `inline_reviews`.
std::vector<Review> reviews_not_in(const std::vector<std::string>& inline_reviews, std::span<const Review> reviews);

}  // namespace vitrine
