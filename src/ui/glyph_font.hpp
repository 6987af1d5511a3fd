// Fonts whose "characters" are glyph indices. A shaper (HarfBuzz) turns text into glyphs that
// have no codepoint of their own (Arabic joining forms, Indic conjuncts, ligatures); ImGui 1.92
// bakes glyphs on demand through a font loader, so a loader that reads its codepoint as a glyph
// index lets ImGui's atlas hold shaped glyphs at every size and density like any other.
#pragma once

struct ImFont;
struct ImFontConfig;

namespace vitrine {

// A font drawing the glyphs of the file `source` was loaded from, by index: RenderChar(size, g)
// draws glyph g with an em of `size` pixels, its origin on the baseline at the given position.
// Added to the current context's atlas (which copies the bytes); the caller removes it.
ImFont* add_glyph_index_font(const ImFontConfig& source);

}  // namespace vitrine
