#include "ui/row_offsets.hpp"

#include <algorithm>

namespace vitrine {

void RowOffsets::assign(const std::vector<float>& heights) {
    tops_.assign(1, 0.0f);
    tops_.reserve(heights.size() + 1);
    // Summed in double, so the offsets of thousands of rows carry no accumulated float rounding.
    double sum = 0;
    for (const float height : heights) {
        sum += static_cast<double>(height);
        tops_.push_back(static_cast<float>(sum));
    }
}

RowRange RowOffsets::visible(float scroll_top, float view_height) const {
    if (view_height <= 0) return {};  // a collapsed window shows no row
    const float bottom = scroll_top + view_height;
    // The first row whose bottom (the next row's top) is below the top edge...
    const auto first = std::upper_bound(tops_.begin() + 1, tops_.end(), scroll_top);
    // ...to the first row whose top is at or below the bottom edge.
    const auto end = std::lower_bound(tops_.begin(), tops_.end() - 1, bottom);
    RowRange range;
    range.first = static_cast<std::size_t>(first - (tops_.begin() + 1));
    range.end = static_cast<std::size_t>(end - tops_.begin());
    return range;
}

}  // namespace vitrine
