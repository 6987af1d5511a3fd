// Light and dark looks: calm colours, generous spacing, rounded corners, like a shop page.
#pragma once

#include "imgui.h"

namespace vitrine {

enum class Theme { light, dark };

void apply_theme(Theme theme);
Theme current_theme();

// Colours the views use beyond ImGui's own style slots.
struct Palette {
    ImU32 accent;       // prices, links, the selected row's edge
    ImU32 muted;        // secondary text
    ImU32 in_stock;
    ImU32 out_of_stock;
    ImU32 star;
    ImU32 star_empty;
    ImU32 highlight;    // background of matched text
    ImU32 card;         // thumbnails and panels
};

const Palette& palette();

}  // namespace vitrine
