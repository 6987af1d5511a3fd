#include "ui/reading_column.hpp"

#include <algorithm>

#include "imgui.h"
#include "ui/text_shaper.hpp"

namespace vitrine {

ReadingColumn ReadingColumn::at_cursor(float width, std::string_view title) {
    return {ImGui::GetCursorScreenPos().x, width, reads_right_to_left(title)};
}

void ReadingColumn::place(float item_width) const {
    const float x = mirrored ? left + std::max(0.0f, width - item_width) : left;
    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y));
}

float drawn_text_width(std::string_view text) {
    if (needs_shaping(text)) return shaped_block(text, 0).width;
    return ImGui::CalcTextSize(text.data(), text.data() + text.size()).x;
}

}  // namespace vitrine
