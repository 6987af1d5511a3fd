// Small drawing pieces the views share: stars, stock badge, price, highlighted text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "core/search/search.hpp"
#include "imgui.h"

namespace vitrine {

// The panels of a view (filters, results, product text, reviews) are ImGui child windows; Tab
// goes through their controls as through one page, not stopping at each panel as a whole.
constexpr ImGuiChildFlags kNavFlattened = ImGuiChildFlags_NavFlattened;

// Five stars filled to `rating` (0..5, fractions drawn as partial stars), on one text line.
void draw_stars(double rating, float size);
// The width draw_stars takes.
float stars_width(float size);

// "In stock" or "Out of stock", in the colour that says which.
void draw_stock_badge(bool in_stock);
const char* stock_label(bool in_stock);

// "1 product", "93 products".
std::string count_label(std::size_t count, const char* singular, const char* plural);

// "£42.44"; without an amount, the shop's own words ("Call for price"), or "Price not available".
std::string price_label(const Product& product);

// Text with the byte ranges in `spans` painted behind, on one line of at most `max_width`: a
// longer text ends in an ellipsis and shows whole in a tooltip.
void draw_highlighted_text(std::string_view text, const std::vector<Span>& spans, float max_width);

// One line of a shop's text (a price, a name): through the shaper when it has right-to-left
// or joining script, else as ImGui draws it.
void draw_text(std::string_view text);

// Text in the bold face at `scale` times the base size, wrapped to `wrap_width`.
void draw_heading(std::string_view text, float scale, float wrap_width);

// Puts the next item beside the last one when `next_width` still fits there, else on a new line
// (a narrow window wraps a row of buttons or pictures instead of cutting it off).
void same_line_if_fits(float next_width);

// Width of a button with this label.
float button_width(const char* label);

// A text that looks and acts like a link, by mouse and keyboard; returns true when activated.
bool link(const char* label);

}  // namespace vitrine
