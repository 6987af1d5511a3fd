#include "ui/wrapped_text.hpp"

#include <algorithm>

#include "imgui.h"
#include "imgui_internal.h"

namespace vitrine {

void WrappedText::lay_out(std::string_view text, float width) {
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    line_starts_.clear();
    line_ends_.clear();
    const char* const begin = text.data();
    const char* const end = begin + text.size();
    const char* line = begin;
    while (line <= end) {
        const char* paragraph_end = line;
        while (paragraph_end < end && *paragraph_end != '\n') ++paragraph_end;
        do {
            // At least one character, however narrow the width (ImGui sees to that).
            const char* wrap = font->CalcWordWrapPosition(size, line, paragraph_end, width);
            const char* visible = wrap;
            while (visible > line && (visible[-1] == ' ' || visible[-1] == '\t')) --visible;
            line_starts_.push_back(static_cast<std::uint32_t>(line - begin));
            line_ends_.push_back(static_cast<std::uint32_t>(visible - begin));
            line = wrap;
            while (line < paragraph_end && (*line == ' ' || *line == '\t')) ++line;
        } while (line < paragraph_end);
        if (paragraph_end == end) break;
        line = paragraph_end + 1;
    }
    line_starts_.push_back(static_cast<std::uint32_t>(text.size()));
    data_ = text.data();
    size_ = text.size();
    width_ = width;
    font_ = font;
    font_size_ = size;
}

void WrappedText::lay_out_if_changed(std::string_view text, float width) {
    if (text.data() != data_ || text.size() != size_ || width != width_ || ImGui::GetFont() != font_ || ImGui::GetFontSize() != font_size_) {
        lay_out(text, width);
    }
}

float WrappedText::height(std::string_view text, float width) {
    lay_out_if_changed(text, width);
    return static_cast<float>(lines()) * ImGui::GetTextLineHeight();
}

void WrappedText::draw(std::string_view text, float width) {
    lay_out_if_changed(text, width);
    // Only the lines in the clip rectangle, the rest left as space. (Not ImGuiListClipper: inside a
    // table cell it takes each line for a table row.)
    const float line_height = ImGui::GetTextLineHeight();
    const float top = ImGui::GetCursorScreenPos().y;
    const ImRect clip = ImGui::GetCurrentWindow()->ClipRect;
    const auto line_at = [&](float y) { return static_cast<std::size_t>(std::clamp((y - top) / line_height, 0.0f, static_cast<float>(lines()))); };
    const std::size_t first = line_at(clip.Min.y);
    const std::size_t end = std::max(first, std::min(lines(), line_at(clip.Max.y) + 1));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 0));
    if (first > 0) ImGui::Dummy(ImVec2(0, static_cast<float>(first) * line_height));
    for (std::size_t line = first; line < end; ++line) {
        ImGui::TextUnformatted(text.data() + line_starts_[line], text.data() + line_ends_[line]);
    }
    if (end < lines()) ImGui::Dummy(ImVec2(0, static_cast<float>(lines() - end) * line_height));
    ImGui::PopStyleVar();
    ImGui::Dummy(ImVec2(0, 0));  // the usual spacing after the block
}

void WrappedRows::lay_out(std::size_t rows, const std::vector<float>& widths, float row_extra, const TextOf& text_of) {
    const char* first_text = rows > 0 && !widths.empty() ? text_of(0, 0).data() : nullptr;
    if (rows * widths.size() == texts_.size() && widths == widths_ && row_extra == row_extra_ && first_text == first_text_ &&
        ImGui::GetFont() == font_ && ImGui::GetFontSize() == font_size_) {
        return;
    }
    texts_.assign(rows * widths.size(), WrappedText());
    widths_ = widths;
    row_extra_ = row_extra;
    first_text_ = first_text;
    font_ = ImGui::GetFont();
    font_size_ = ImGui::GetFontSize();
    std::vector<float> heights(rows);
    for (std::size_t row = 0; row < rows; ++row) {
        float height = ImGui::GetTextLineHeight();
        for (std::size_t column = 0; column < widths.size(); ++column) {
            height = std::max(height, text(row, column).height(text_of(row, column), widths[column]));
        }
        heights[row] = height + row_extra;
    }
    offsets_.assign(heights);
}

}  // namespace vitrine
