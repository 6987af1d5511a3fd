// Text wrapped to a width and drawn a line at a time. ImGui::TextWrapped lays out the whole text
// every frame, so ten 1 MB sections cost 70-100 ms a frame; here the lines are found once per
// text, width and font size, and only the lines in view are submitted (ImGuiListClipper).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

struct ImFont;

namespace vitrine {

class WrappedText {
public:
    void draw(std::string_view text, float width);
    std::size_t lines() const { return line_starts_.empty() ? 0 : line_starts_.size() - 1; }

private:
    void lay_out(std::string_view text, float width);

    const char* data_ = nullptr;  // the text laid out (the catalogue's, which outlives a view)
    std::size_t size_ = 0;
    float width_ = -1;
    float font_size_ = 0;
    ImFont* font_ = nullptr;
    std::vector<std::uint32_t> line_starts_;  // where each line begins, then where the last one ends
    std::vector<std::uint32_t> line_ends_;    // where each line's visible text ends (no trailing blanks)
};

// The wrapped texts of one view, by a name stable from frame to frame; forgotten when the view
// shows another product.
class WrappedTexts {
public:
    WrappedText& operator[](const std::string& name) { return texts_[name]; }
    void clear() { texts_.clear(); }

private:
    std::map<std::string, WrappedText> texts_;
};

}  // namespace vitrine
