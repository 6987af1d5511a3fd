// Text wrapped to a width and drawn a line at a time. ImGui::TextWrapped lays out the whole text
// every frame, so ten 1 MB sections cost 70-100 ms a frame; here the lines are found once per
// text, width and font size, and only the lines in view are submitted. A paragraph that needs
// shaping (text_shaper.hpp) is wrapped by its shaped advances, its lines shaped when first in
// view, and a right-to-left one is aligned on the right.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <string_view>
#include <vector>

#include "ui/row_offsets.hpp"
#include "ui/text_shaper.hpp"

struct ImFont;

namespace vitrine {

// Where a line stands in its width: at the side its paragraph is read from, or on the right (in
// a mirrored layout, reading_column.hpp, whatever the paragraph's direction).
enum class LineAlign { by_direction, right };

class WrappedText {
public:
    void draw(std::string_view text, float width, LineAlign align = LineAlign::by_direction);
    // The height draw() will take, laying the text out if it has not been at this width: what a
    // list needs to leave the space of an item it does not draw.
    float height(std::string_view text, float width);
    std::size_t lines() const { return line_starts_.empty() ? 0 : line_starts_.size() - 1; }

private:
    void lay_out_if_changed(std::string_view text, float width);
    void lay_out(std::string_view text, float width);

    const char* data_ = nullptr;  // the text laid out (the catalogue's, which outlives a view)
    std::size_t size_ = 0;
    float width_ = -1;
    float font_size_ = 0;
    ImFont* font_ = nullptr;
    std::vector<std::uint32_t> line_starts_;  // where each line begins, then where the last one ends
    std::vector<std::uint32_t> line_ends_;    // where each line's visible text ends (no trailing blanks)
    // Paragraphs that need shaping, each with where it starts in the text; for each line, the
    // index of its shaped paragraph, or -1 when ImGui draws it.
    std::vector<std::unique_ptr<ShapedParagraph>> shaped_;
    std::vector<std::uint32_t> shaped_starts_;
    std::vector<std::int32_t> line_shaped_;
    std::unordered_map<std::size_t, ShapedLine> shaped_lines_;  // by line, those drawn so far
};

// Rows of wrapped texts, a text per column (a list's items, a table's cells): laid out once per
// count, widths and font, with where each row starts, so that a frame visits only the rows in view.
class WrappedRows {
public:
    using TextOf = std::function<std::string_view(std::size_t row, std::size_t column)>;
    // A row is as tall as its tallest text (at least a line), plus `row_extra` (spacing, padding).
    void lay_out(std::size_t rows, const std::vector<float>& widths, float row_extra, const TextOf& text_of);
    WrappedText& text(std::size_t row, std::size_t column) { return texts_[row * widths_.size() + column]; }
    const RowOffsets& offsets() const { return offsets_; }

private:
    std::vector<WrappedText> texts_;
    std::vector<float> widths_;
    float row_extra_ = -1;
    const char* first_text_ = nullptr;
    ImFont* font_ = nullptr;
    float font_size_ = 0;
    RowOffsets offsets_;
};

// The wrapped texts of one view, by a name stable from frame to frame; forgotten when the view
// shows another product.
class WrappedTexts {
public:
    WrappedText& operator[](const std::string& name) { return texts_[name]; }
    WrappedRows& rows(const std::string& name) { return rows_[name]; }
    void clear() {
        texts_.clear();
        rows_.clear();
    }

private:
    std::map<std::string, WrappedText> texts_;
    std::map<std::string, WrappedRows> rows_;
};

}  // namespace vitrine
