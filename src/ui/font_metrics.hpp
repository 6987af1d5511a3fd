// The size a merged fallback font needs to draw letters as large as the face it backs. ImGui's
// stb_truetype loader sizes a font by its line (ascender to descender, from the hhea table), not
// by its em; fonts made for stacked marks have tall lines (Noto Sans Arabic: 2.1 em, DejaVu Sans:
// 1.16 em), so at one size their letters came out at half the height of the Latin beside them.
#pragma once

#include <optional>
#include <span>

namespace vitrine {

struct FontMetrics {
    int units_per_em = 0;
    int ascender = 0;   // hhea, in font units
    int descender = 0;  // hhea, negative below the baseline
};

// The metrics of a TrueType/OpenType file; nothing when its tables cannot be read.
std::optional<FontMetrics> read_font_metrics(std::span<const unsigned char> font);

// The size at which `fallback` has the em that `face` has at `size`.
float size_matching_em(const FontMetrics& face, const FontMetrics& fallback, float size);

}  // namespace vitrine
