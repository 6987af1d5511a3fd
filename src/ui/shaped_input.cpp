#include "ui/shaped_input.hpp"

#include <algorithm>
#include <utility>

#include "imgui.h"
#include "imgui_internal.h"
#include "misc/cpp/imgui_stdlib.h"
#include "ui/text_shaper.hpp"

// The definition of ImGui's editing state, configured by imgui_internal.h as ImGui builds it,
// for placing the caret and selection where a click on the shaped text lands.
namespace ImStb {
#include "imstb_textedit.h"
}

namespace vitrine {
namespace {

constexpr ImU32 kInvisible = IM_COL32(0, 0, 0, 0);

// In a right-to-left field the left arrow moves forward through the text, as in the browser's
// own fields: the caret still steps through the characters in their logical order.
void swap_arrow_keys() {
    std::swap(*ImGui::GetKeyData(ImGuiKey_LeftArrow), *ImGui::GetKeyData(ImGuiKey_RightArrow));
}

// The word around `offset`, for a double click.
std::pair<int, int> word_around(const std::string& text, int offset) {
    int begin = offset;
    int end = offset;
    while (begin > 0 && text[static_cast<std::size_t>(begin) - 1] != ' ') --begin;
    while (end < static_cast<int>(text.size()) && text[static_cast<std::size_t>(end)] != ' ') ++end;
    return {begin, end};
}

// Puts ImGui's caret and selection where the pointer is on the shaped text.
void follow_pointer(ImGuiInputTextState& state, const std::string& text, int pointer) {
    ImStb::STB_TexteditState& edit = *state.Stb;
    const ImGuiIO& io = ImGui::GetIO();
    if (io.MouseClicked[0] && io.MouseClickedCount[0] == 2) {
        const auto [begin, end] = word_around(text, pointer);
        edit.select_start = begin;
        edit.select_end = edit.cursor = end;
    } else if (io.MouseClicked[0] && io.MouseClickedCount[0] >= 3) {
        edit.select_start = 0;
        edit.select_end = edit.cursor = static_cast<int>(text.size());
    } else if (io.MouseClicked[0] && !io.KeyShift) {
        edit.select_start = edit.select_end = edit.cursor = pointer;
    } else {
        // A drag, or a shift-click: the selection runs from where it was anchored.
        if (edit.select_start == edit.select_end) edit.select_start = edit.cursor;
        edit.select_end = edit.cursor = pointer;
    }
    state.CursorAnimReset();
}

// Where the shaped line's left edge goes in the field's inner span [left, right]: at the left or,
// for a right-to-left paragraph, so that it ends at the right; a line wider than the field slides
// so the caret stays in view (`slide` is kept between frames).
float line_origin(const ShapedLine& line, bool right_to_left, float left, float right, float caret_on_line, float& slide) {
    const float room = right - left;
    const float natural = right_to_left ? right - line.width : left;
    if (line.width <= room) {
        slide = 0;
    } else {
        const float caret = natural + slide + caret_on_line;
        if (caret < left) slide += left - caret;
        if (caret > right) slide -= caret - right;
        slide = right_to_left ? std::clamp(slide, 0.0f, line.width - room) : std::clamp(slide, room - line.width, 0.0f);
    }
    return natural + slide;
}

}  // namespace

bool input_text_any_script(const char* label, const char* hint, std::string* text) {
    const ImGuiID id = ImGui::GetID(label);
    const bool shaped_before = needs_shaping(*text);
    const bool swap = shaped_before && ImGui::GetActiveID() == id && reads_right_to_left(*text);
    if (shaped_before) {
        ImGui::PushStyleColor(ImGuiCol_Text, kInvisible);
        ImGui::PushStyleColor(ImGuiCol_InputTextCursor, kInvisible);
        ImGui::PushStyleColor(ImGuiCol_TextSelectedBg, kInvisible);
    }
    if (swap) swap_arrow_keys();
    const bool changed = ImGui::InputTextWithHint(label, hint, text);
    if (swap) swap_arrow_keys();
    if (shaped_before) ImGui::PopStyleColor(3);
    // A first Arabic letter is typed into a field ImGui drew this frame: it is drawn shaped from the next.
    if (!shaped_before || !needs_shaping(*text)) return changed;

    const ShapedBlock& block = shaped_block(*text, 0);
    if (block.lines.empty()) return changed;
    const ShapedBlock::Line& line = block.lines.front();
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    const float left = min.x + style.FramePadding.x;
    const float right = max.x - style.FramePadding.x;
    const float top = min.y + style.FramePadding.y;

    ImGuiInputTextState* state = ImGui::GetActiveID() == id ? ImGui::GetInputTextState(id) : nullptr;
    const int cursor = state != nullptr ? std::min(state->GetCursorPos(), static_cast<int>(line.end)) : 0;
    ImGuiStorage* storage = ImGui::GetStateStorage();
    float* slide = storage->GetFloatRef(ImHashStr("shaped-slide", 0, id), 0.0f);
    const float origin = line_origin(line.shaped, line.right_to_left, left, right, caret_x(line.shaped, static_cast<std::size_t>(cursor), line.end), *slide);

    // ImGui has placed the caret by its own, unshaped layout: a click in the field, and a drag
    // from it, put it where the pointer is on the shaped one.
    if (state != nullptr && ((ImGui::IsMouseClicked(0) && ImGui::IsItemHovered()) || ImGui::IsMouseDragging(0))) {
        const float x = ImGui::GetIO().MousePos.x - origin;
        follow_pointer(*state, *text, static_cast<int>(offset_at(line.shaped, x, line.end)));
    }

    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRect(ImVec2(left, min.y), ImVec2(right, max.y), true);
    if (state != nullptr && state->HasSelection()) {
        const ImU32 selected = ImGui::GetColorU32(ImGuiCol_TextSelectedBg);
        for (const ImVec2& span : shaped_extents(line.shaped, static_cast<std::size_t>(state->GetSelectionStart()), static_cast<std::size_t>(state->GetSelectionEnd()))) {
            draw->AddRectFilled(ImVec2(origin + span.x, top), ImVec2(origin + span.y, top + ImGui::GetFontSize()), selected);
        }
    }
    draw_shaped_line(draw, line.shaped, ImVec2(origin, top), ImGui::GetColorU32(ImGuiCol_Text));
    if (state != nullptr) {
        const float blink = state->CursorAnim;
        const bool visible = !ImGui::GetIO().ConfigInputTextCursorBlink || blink <= 0.0f || ImFmod(blink, 1.20f) <= 0.80f;
        const float caret = IM_TRUNC(caret_x(line.shaped, static_cast<std::size_t>(state->GetCursorPos()), line.end) + origin);
        if (visible) draw->AddLine(ImVec2(caret, top + 0.5f), ImVec2(caret, top + ImGui::GetFontSize() - 1.5f), ImGui::GetColorU32(ImGuiCol_InputTextCursor));
        // The page's text agent (and an input method's window) follows the caret drawn, not ImGui's.
        ImGui::GetCurrentContext()->PlatformImeData.InputPos.x = caret - 1.0f;
    }
    draw->PopClipRect();
    return changed;
}

}  // namespace vitrine
