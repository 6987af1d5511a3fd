// Light and dark looks: calm colours, generous spacing, rounded corners, like a shop page.
#pragma once

#include "imgui.h"

namespace vitrine {

enum class Theme { light, dark };

// The system's colours under forced colours (Windows High Contrast) or prefers-contrast: more,
// as CSS names them; the whole look is drawn in them, without greys or tints.
struct SystemColours {
    ImU32 canvas = 0, text = 0, link = 0, highlight = 0, highlight_text = 0, button_face = 0, button_text = 0;
    bool operator==(const SystemColours&) const = default;
};

// What the page around a viewer asks of its look (CSS custom properties on the element):
// an accent colour for prices, links, selection and buttons, and a corner radius in pixels;
// and, when the reader asks for high contrast, the system's colours.
struct LookOverrides {
    ImU32 accent = 0;      // 0: the theme's own
    float radius = -1.0f;  // below 0: the theme's own
    bool high_contrast = false;
    SystemColours system;  // when high_contrast
    bool operator==(const LookOverrides&) const = default;
};

void apply_theme(Theme theme, const LookOverrides& overrides = {});
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
