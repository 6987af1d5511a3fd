#include "ui/review_list.hpp"

namespace vitrine {

bool ReviewList::update(const Product& product, const ReviewRequest& request) {
    if (holds(product, request)) return false;
    product_ = &product;
    request_ = request;
    result_ = search_reviews(product, request);
    measured_ = false;
    return true;
}

void ReviewList::set_heights(const std::vector<float>& heights, float width, float font_size) {
    rows_.assign(heights);
    width_ = width;
    font_size_ = font_size;
    measured_ = true;
}

}  // namespace vitrine
