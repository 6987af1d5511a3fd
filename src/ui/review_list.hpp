// What the review view keeps between frames, so a frame costs the same with 10 reviews or 5,000:
// the matching reviews, searched again only when the product or the request changes, and where
// each one starts, measured again only when the width or the text size changes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/model.hpp"
#include "core/search/search.hpp"
#include "ui/row_offsets.hpp"

namespace vitrine {

struct ReviewList {
    // Searches again when `product` or `request` differ from the last call; true when it did.
    bool update(const Product& product, const ReviewRequest& request);
    bool holds(const Product& product, const ReviewRequest& request) const {
        return product_ == &product && request_ == request;
    }
    const ReviewResult& result() const { return result_; }

    // True when the rows were measured for another width or text size (or another result).
    bool needs_measuring(float width, float font_size) const {
        return !measured_ || width != width_ || font_size != font_size_;
    }
    void set_heights(const std::vector<float>& heights, float width, float font_size);
    const RowOffsets& rows() const { return rows_; }

    std::vector<std::uint32_t> drawn;  // the reviews drawn in the last frame, as indexes into product.reviews

private:
    const Product* product_ = nullptr;
    ReviewRequest request_;
    ReviewResult result_;
    bool measured_ = false;
    float width_ = 0;
    float font_size_ = 0;
    RowOffsets rows_;
};

}  // namespace vitrine
