#include "ui/wrapped_text.hpp"

#include "imgui.h"

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

void WrappedText::draw(std::string_view text, float width) {
    if (text.data() != data_ || text.size() != size_ || width != width_ || ImGui::GetFont() != font_ || ImGui::GetFontSize() != font_size_) {
        lay_out(text, width);
    }
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 0));
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(lines()), ImGui::GetTextLineHeight());
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const auto line = static_cast<std::size_t>(i);
            ImGui::TextUnformatted(text.data() + line_starts_[line], text.data() + line_ends_[line]);
        }
    }
    ImGui::PopStyleVar();
    ImGui::Dummy(ImVec2(0, 0));  // the usual spacing after the block
}

}  // namespace vitrine
