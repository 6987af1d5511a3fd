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
    line_shaped_.clear();
    shaped_.clear();
    shaped_starts_.clear();
    shaped_lines_.clear();
    const char* const begin = text.data();
    const char* const end = begin + text.size();
    const auto offset = [begin](const char* p) { return static_cast<std::uint32_t>(p - begin); };
    const auto add_line = [&](const char* start, const char* stop, std::int32_t shaped) {
        while (stop > start && (stop[-1] == ' ' || stop[-1] == '\t')) --stop;
        line_starts_.push_back(offset(start));
        line_ends_.push_back(offset(stop));
        line_shaped_.push_back(shaped);
    };
    const char* line = begin;
    while (line <= end) {
        const char* paragraph_end = line;
        while (paragraph_end < end && *paragraph_end != '\n') ++paragraph_end;
        const std::string_view paragraph(line, static_cast<std::size_t>(paragraph_end - line));
        if (needs_shaping(paragraph)) {
            const auto index = static_cast<std::int32_t>(shaped_.size());
            shaped_.push_back(std::make_unique<ShapedParagraph>(paragraph));
            shaped_starts_.push_back(offset(line));
            const std::vector<std::uint32_t> starts = shaped_.back()->wrap(width);
            for (std::size_t k = 0; k < starts.size(); ++k) {
                add_line(line + starts[k], k + 1 < starts.size() ? line + starts[k + 1] : paragraph_end, index);
            }
        } else {
            do {
                // At least one character, however narrow the width (ImGui sees to that).
                const char* wrap = font->CalcWordWrapPosition(size, line, paragraph_end, width);
                add_line(line, wrap, -1);
                line = wrap;
                while (line < paragraph_end && (*line == ' ' || *line == '\t')) ++line;
            } while (line < paragraph_end);
        }
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

void WrappedText::draw(std::string_view text, float width, LineAlign align) {
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
        if (line_shaped_[line] < 0) {
            const char* begin = text.data() + line_starts_[line];
            const char* stop = text.data() + line_ends_[line];
            if (align == LineAlign::right) {
                const float shift = std::max(0.0f, width - ImGui::CalcTextSize(begin, stop).x);
                ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x + shift, ImGui::GetCursorScreenPos().y));
            }
            ImGui::TextUnformatted(begin, stop);
            continue;
        }
        const ShapedParagraph& paragraph = *shaped_[static_cast<std::size_t>(line_shaped_[line])];
        const std::uint32_t start = shaped_starts_[static_cast<std::size_t>(line_shaped_[line])];
        auto [it, inserted] = shaped_lines_.try_emplace(line);
        if (inserted) it->second = paragraph.line(line_starts_[line] - start, line_ends_[line] - start);
        const ShapedLine& shaped = it->second;
        ImVec2 at = ImGui::GetCursorScreenPos();
        if (paragraph.right_to_left() || align == LineAlign::right) at.x += std::max(0.0f, width - shaped.width);
        draw_shaped_line(ImGui::GetWindowDrawList(), shaped, at, ImGui::GetColorU32(ImGuiCol_Text));
        ImGui::Dummy(ImVec2(std::min(width, shaped.width), line_height));
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
    texts_.clear();
    texts_.resize(rows * widths.size());
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
