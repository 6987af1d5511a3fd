// The fonts every view draws with. ImGui 1.92 rasterises glyphs on demand at any size and
// density, so one font file per face serves every size and devicePixelRatio.
#pragma once

#include <string>
#include <vector>

struct ImFont;

namespace vitrine {

struct FontFiles {
    std::string regular;
    std::string bold;
    std::vector<std::string> fallbacks;  // merged behind both faces, in order, for scripts they lack
};

struct Fonts {
    ImFont* regular = nullptr;
    ImFont* bold = nullptr;
};

// Loads the faces into the current ImGui context; a missing file falls back to ImGui's own font.
void load_fonts(const FontFiles& files);

const Fonts& fonts();

// Base text size in CSS pixels.
constexpr float kBaseFontSize = 16.0f;

}  // namespace vitrine
