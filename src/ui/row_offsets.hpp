// Rows of different heights stacked top to bottom: where each one starts, and which ones a
// scrolled window shows. ImGuiListClipper cannot do this: it steps through rows of one height.
#pragma once

#include <cstddef>
#include <vector>

namespace vitrine {

struct RowRange {
    std::size_t first = 0;
    std::size_t end = 0;  // one past the last
    std::size_t size() const { return end - first; }
};

class RowOffsets {
public:
    void assign(const std::vector<float>& heights);
    std::size_t size() const { return tops_.size() - 1; }
    float top(std::size_t row) const { return tops_[row]; }
    float total_height() const { return tops_.back(); }
    // The rows that overlap [scroll_top, scroll_top + view_height): partly shown ones included.
    RowRange visible(float scroll_top, float view_height) const;

private:
    std::vector<float> tops_{0.0f};  // tops_[i] = sum of the heights before row i; one more than rows
};

}  // namespace vitrine
