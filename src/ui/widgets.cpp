#include "ui/widgets.hpp"

#include <algorithm>
#include <cmath>

#include "core/normalise.hpp"
#include "ui/fonts.hpp"
#include "ui/text_shaper.hpp"
#include "ui/theme.hpp"

namespace vitrine {

namespace {

constexpr float kPi = 3.14159265f;

// A five-pointed star centred on `centre`, filled to `fraction` from the left.
void draw_star(ImDrawList* draw, ImVec2 centre, float radius, float fraction) {
    ImVec2 points[10];
    for (int i = 0; i < 10; ++i) {
        const float angle = -kPi / 2 + static_cast<float>(i) * kPi / 5;
        const float r = (i % 2 == 0) ? radius : radius * 0.45f;
        points[i] = ImVec2(centre.x + std::cos(angle) * r, centre.y + std::sin(angle) * r);
    }
    const Palette& colours = palette();
    draw->AddConcavePolyFilled(points, 10, colours.star_empty);
    if (fraction <= 0) return;
    draw->PushClipRect(ImVec2(centre.x - radius, centre.y - radius),
                       ImVec2(centre.x - radius + 2 * radius * std::min(fraction, 1.0f), centre.y + radius), true);
    draw->AddConcavePolyFilled(points, 10, colours.star);
    draw->PopClipRect();
}

}  // namespace

void draw_stars(double rating, float size) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float radius = size * 0.5f;
    for (int i = 0; i < 5; ++i) {
        const ImVec2 centre(origin.x + radius + static_cast<float>(i) * size * 1.1f, origin.y + ImGui::GetTextLineHeight() * 0.5f);
        draw_star(draw, centre, radius, static_cast<float>(rating) - static_cast<float>(i));
    }
    ImGui::Dummy(ImVec2(stars_width(size), ImGui::GetTextLineHeight()));
}

float stars_width(float size) { return size * 5.5f; }

const char* stock_label(bool in_stock) { return in_stock ? "In stock" : "Out of stock"; }

void draw_stock_badge(bool in_stock) {
    const Palette& colours = palette();
    ImGui::PushStyleColor(ImGuiCol_Text, in_stock ? colours.in_stock : colours.out_of_stock);
    ImGui::TextUnformatted(stock_label(in_stock));
    ImGui::PopStyleColor();
}

std::string count_label(std::size_t count, const char* singular, const char* plural) {
    return std::to_string(count) + " " + (count == 1 ? singular : plural);
}

// Without an amount a shop's own words ("Call for price", "₪—") say more than ours; the texts
// that only mean "no price" ("N/A", "—") read better as a sentence.
std::string price_label(const Product& product) {
    if (!product.price) return is_no_price(product.price_text) ? "Price not available" : std::string(product.price_text);
    return product.price_text.empty() ? format_money(*product.price) : std::string(product.price_text);
}

namespace {

// The clusters of `line` whose glyphs all lie between `from` and `to` (from the line's left edge):
// a letter is shown whole, with its marks, or not at all.
ShapedLine clusters_between(const ShapedLine& line, float from, float to) {
    std::vector<std::uint32_t> cut;
    for (const ShapedGlyph& glyph : line.glyphs) {
        if (glyph.x < from || glyph.x + glyph.advance > to) cut.push_back(glyph.cluster);
    }
    std::sort(cut.begin(), cut.end());
    ShapedLine shown = line;
    std::erase_if(shown.glyphs, [&](const ShapedGlyph& glyph) { return std::binary_search(cut.begin(), cut.end(), glyph.cluster); });
    return shown;
}

// A line the shaper lays out: right-to-left text ends at the right of `max_width`; a line too
// long for it shows the clusters that fit and an ellipsis where the text goes on (on the left of
// a right-to-left line), the whole line in a tooltip.
void draw_shaped_highlighted_text(std::string_view text, const std::vector<Span>& spans, float max_width) {
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float height = ImGui::GetTextLineHeight();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ShapedBlock& block = shaped_block(text, 0);
    const ShapedBlock::Line& line = block.lines.front();
    const bool cut = line.shaped.width > max_width;
    const char* ellipsis = "…";
    const float ellipsis_width = cut ? ImGui::CalcTextSize(ellipsis).x : 0.0f;
    const float left = line.right_to_left ? origin.x + max_width - line.shaped.width : origin.x;
    const float shown_from = line.right_to_left ? origin.x + ellipsis_width : origin.x;
    const float shown_to = origin.x + max_width - (line.right_to_left ? 0.0f : ellipsis_width);
    if (cut) draw->AddText(ImVec2(line.right_to_left ? origin.x : shown_to, origin.y), ImGui::GetColorU32(ImGuiCol_Text), ellipsis);
    draw->PushClipRect(ImVec2(shown_from, origin.y), ImVec2(shown_to, origin.y + height), true);
    for (const Span& span : spans) {
        if (span.begin >= span.end || span.end > text.size()) continue;
        for (const ImVec2& extent : shaped_extents(line.shaped, span.begin, span.end)) {
            draw->AddRectFilled(ImVec2(left + extent.x, origin.y), ImVec2(left + extent.y, origin.y + height), palette().highlight, 3.0f);
        }
    }
    const ImU32 colour = ImGui::GetColorU32(ImGuiCol_Text);
    if (cut) {
        draw_shaped_line(draw, clusters_between(line.shaped, shown_from - left, shown_to - left), ImVec2(left, origin.y), colour);
    } else {
        draw_shaped_line(draw, line.shaped, ImVec2(left, origin.y), colour);
    }
    draw->PopClipRect();
    ImGui::Dummy(ImVec2(max_width, height));
    if (cut && ImGui::BeginItemTooltip()) {
        draw_shaped_text(text, 0);
        ImGui::EndTooltip();
    }
}

// A link whose text ImGui cannot draw (TextLink lays out one codepoint after another): a button
// as large as the shaped text, reached and activated as TextLink is, underlined as it is.
bool shaped_link(const char* label) {
    const ShapedLine& line = shaped_block(label, 0).lines.front().shaped;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float height = ImGui::GetTextLineHeight();
    const bool clicked = ImGui::InvisibleButton(label, ImVec2(std::max(1.0f, line.width), height), ImGuiButtonFlags_EnableNav);
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    const ImU32 colour = palette().accent;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw_shaped_line(draw, line, at, colour);
    const float underline = at.y + height - 1.0f;
    draw->AddLine(ImVec2(at.x, underline), ImVec2(at.x + line.width, underline), colour);
    return clicked;
}

}  // namespace

void draw_highlighted_text(std::string_view text, const std::vector<Span>& spans, float max_width) {
    if (needs_shaping(text)) {
        draw_shaped_highlighted_text(text.substr(0, std::min(text.find('\n'), text.size())), spans, max_width);
        return;
    }
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float height = ImGui::GetTextLineHeight();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const char* begin = text.data();
    const char* end = begin + text.size();
    // Too long for the line: cut at the last character that fits beside an ellipsis.
    const char* shown_end = end;
    const char* ellipsis = "…";
    float shown_width = ImGui::CalcTextSize(begin, end).x;
    const bool cut = shown_width > max_width;
    if (cut) {
        const float room = std::max(0.0f, max_width - ImGui::CalcTextSize(ellipsis).x);
        shown_width = ImGui::GetFont()->CalcTextSizeA(ImGui::GetFontSize(), room, 0.0f, begin, end, &shown_end).x;
    }
    draw->PushClipRect(origin, ImVec2(origin.x + max_width, origin.y + height), true);
    for (const Span& span : spans) {
        if (span.begin >= span.end || span.end > text.size()) continue;
        const float x0 = ImGui::CalcTextSize(begin, begin + span.begin).x;
        const float x1 = std::min(ImGui::CalcTextSize(begin, begin + span.end).x, shown_width);
        if (x0 < x1) draw->AddRectFilled(ImVec2(origin.x + x0, origin.y), ImVec2(origin.x + x1, origin.y + height), palette().highlight, 3.0f);
    }
    draw->AddText(origin, ImGui::GetColorU32(ImGuiCol_Text), begin, shown_end);
    if (cut) draw->AddText(ImVec2(origin.x + shown_width, origin.y), ImGui::GetColorU32(ImGuiCol_Text), ellipsis);
    draw->PopClipRect();
    ImGui::Dummy(ImVec2(max_width, height));
    if (cut) ImGui::SetItemTooltip("%.*s", static_cast<int>(text.size()), begin);
}

void draw_heading(std::string_view text, float scale, float wrap_width) {
    ImGui::PushFont(fonts().bold, kBaseFontSize * scale);
    if (needs_shaping(text)) {
        draw_shaped_text(text, wrap_width);
    } else {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap_width);
        ImGui::TextUnformatted(text.data(), text.data() + text.size());
        ImGui::PopTextWrapPos();
    }
    ImGui::PopFont();
}

bool link(const char* label) {
    if (needs_shaping(label)) return shaped_link(label);
    // ImGui's own link: reached by Tab, activated by Enter or Space as well as by a click.
    ImGui::PushStyleColor(ImGuiCol_TextLink, palette().accent);
    const bool clicked = ImGui::TextLink(label);
    ImGui::PopStyleColor();
    return clicked;
}

void same_line_if_fits(float next_width) {
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    // After an item the cursor waits at the start of the next line: from there to the right edge.
    const float right_edge = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    if (ImGui::GetItemRectMax().x + spacing + next_width <= right_edge) ImGui::SameLine();
}

void draw_text(std::string_view text) {
    if (needs_shaping(text)) {
        draw_shaped_text(text, 0);
    } else {
        ImGui::TextUnformatted(text.data(), text.data() + text.size());
    }
}

float button_width(const char* label) { return ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2; }

}  // namespace vitrine
