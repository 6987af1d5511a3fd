// The fonts every view draws with. ImGui 1.92 rasterises glyphs on demand at any size and
// density, so one font file per face serves every size and devicePixelRatio.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

struct ImFont;

namespace vitrine {

// A font file ImGui reads itself (`path`), or its bytes. ImGui 1.92 keeps its own copy of the
// bytes in each context's atlas, so the caller's may go once the faces are loaded.
struct FontSource {
    std::string path;
    std::span<const unsigned char> bytes;
    // The whole of DejaVu Sans, which has a little of many scripts: it goes behind the fonts made
    // for a script, whatever order they arrive in, so that Arabic is drawn with Noto Sans Arabic.
    bool last_resort = false;
};

// The name cmake/Fonts.cmake gives the whole DejaVu Sans among the fallbacks.
constexpr const char* kWholeFontName = "dejavu";

struct FontFiles {
    FontSource regular;
    FontSource bold;  // none (no path, no bytes): the regular face stands in until set_bold_font()
    std::vector<FontSource> fallbacks;  // merged behind both faces, in order, for scripts they lack
};

struct Fonts {
    ImFont* regular = nullptr;
    ImFont* bold = nullptr;
};

// Loads the faces into the current ImGui context; a missing file falls back to ImGui's own font.
void load_fonts(const FontFiles& files);

// A fallback that arrives after the faces (fonts for other scripts are fetched only once a
// catalogue needs them): both faces are loaded again with it behind them, so the characters
// looked up before it came are looked up again. Call between frames.
void add_fallback_font(const FontSource& source);

// The bold face, when it arrives after the first frames (a page's first paint waits only for
// the regular one). Call between frames.
void set_bold_font(const FontSource& source);

// The current context's faces.
const Fonts& fonts();

// Base text size in CSS pixels.
constexpr float kBaseFontSize = 16.0f;

// The names of the fallback fonts (as cmake/Fonts.cmake names them: "cjk", "hangul") that
// `text` has characters for. JSON's \uXXXX escapes count as the characters they stand for.
std::vector<std::string> fallback_fonts_for(std::string_view text);

}  // namespace vitrine
