// Text that ImGui cannot draw a codepoint at a time: right-to-left scripts, scripts whose letters
// join or reorder (Arabic, the Indic scripts, Thai, Khmer…), combining marks. A paragraph is
// ordered by the Unicode Bidirectional Algorithm (SheenBidi), split into runs of one script,
// direction and font, shaped by HarfBuzz with the faces ImGui has loaded, and drawn glyph by
// glyph through glyph-index fonts in ImGui's own atlas (glyph_font.hpp). Text that needs none
// of this keeps ImGui's own, faster path.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "imgui.h"

namespace vitrine {

// Whether `text` has a character that ImGui's drawing would get wrong.
bool needs_shaping(std::string_view text);
// True when the first paragraph of `text` is laid out from the right: its first strong
// character is right-to-left (UAX #9, rules P2 and P3).
bool reads_right_to_left(std::string_view text);

struct ShapedGlyph {
    ImFont* font = nullptr;  // the glyph-index font of the face it comes from
    ImWchar glyph = 0;
    float x = 0;                // pen position from the line's left edge, in pixels
    float y = 0;                // offset from the baseline, down
    float advance = 0;
    std::uint32_t cluster = 0;  // offset in the paragraph of the first byte of what it draws
    bool right_to_left = false; // its run reads from the right
};

struct ShapedLine {
    std::vector<ShapedGlyph> glyphs;  // in visual order, left to right
    float width = 0;
    float em = 0;        // pixels per em the glyphs are placed and drawn at
    float baseline = 0;  // from the top of the line
};

// One paragraph (no '\n') at the current ImGui font and size: its bidirectional levels, script
// runs and the advance of each character, kept so that wrapping it and shaping each of its lines
// do not read it again. The text must outlive the object.
class ShapedParagraph {
public:
    explicit ShapedParagraph(std::string_view text);
    ~ShapedParagraph();
    ShapedParagraph(const ShapedParagraph&) = delete;
    ShapedParagraph& operator=(const ShapedParagraph&) = delete;

    // Whether the paragraph's first strong character is right-to-left: its lines are then
    // aligned on the right, and its runs read from the right.
    bool right_to_left() const { return base_level_ % 2 == 1; }
    float width() const;
    // Where lines `width` wide begin (byte offsets, ascending, the first 0): breaks go after
    // spaces, between the characters of scripts written without spaces (CJK, Thai, Lao, Khmer)
    // and, for a word wider than the line, between its characters.
    std::vector<std::uint32_t> wrap(float width) const;
    // The bytes [begin, end) as one line, in visual order.
    ShapedLine line(std::size_t begin, std::size_t end) const;

private:
    std::string_view text_;
    const void* paragraph_ = nullptr;  // SBParagraphRef
    unsigned char base_level_ = 0;
    void measure() const;
    // Per byte, filled by measure() when first needed: the advance of the cluster that starts
    // there, and 1 where a cluster starts.
    mutable std::vector<float> advances_;
    mutable std::vector<unsigned char> cluster_start_;
    std::vector<std::uint32_t> script_starts_;  // where each script run starts, ascending, the first 0
    std::vector<std::uint32_t> scripts_;        // each run's script (a HarfBuzz hb_script_t)
};

// A text laid out as ImGui items would be: its paragraphs, each wrapped to a width (or not
// wrapped, for a width of 0), as lines shaped once.
struct ShapedBlock {
    struct Line {
        std::uint32_t begin = 0, end = 0;  // the bytes of the text it shows
        bool right_to_left = false;        // its paragraph's direction: aligned on the right
        ShapedLine shaped;
    };
    std::vector<Line> lines;
    float width = 0;  // of the widest line
};

// `text` shaped at the current font and size, wrapped to `wrap_width` (0: not wrapped). Kept
// for the frames that draw it again, until the text, font, size or width change.
const ShapedBlock& shaped_block(std::string_view text, float wrap_width);

// Draws `text` through the shaper as ImGui's TextWrapped() (or TextUnformatted(), for a
// `wrap_width` of 0) would, a line an item; right-to-left paragraphs end at the right of
// `wrap_width`, or of the shaped block when it is not wrapped.
void draw_shaped_text(std::string_view text, float wrap_width);

// Draws `line` with its top-left corner at `top_left`.
void draw_shaped_line(ImDrawList* draw, const ShapedLine& line, ImVec2 top_left, ImU32 colour);

// The horizontal extents on `line` of the paragraph's bytes [begin, end): one per glyph run
// they cover, left to right (a word in a right-to-left line may sit apart from its neighbour).
std::vector<ImVec2> shaped_extents(const ShapedLine& line, std::size_t begin, std::size_t end);

// Where the caret before the paragraph's byte `offset` stands on `line`, which shows the bytes
// up to `end`: at the edge its cluster is read from (the left in a left-to-right run, the right
// in a right-to-left one); at `end`, where the logically last cluster is read to. An offset
// inside a cluster (a conjunct, a letter with its marks) stands at the cluster's start.
float caret_x(const ShapedLine& line, std::size_t offset, std::size_t end);

// The caret offset on `line` nearest to `x` (a click's position from the line's left edge).
std::size_t offset_at(const ShapedLine& line, float x, std::size_t end);

// Drops what the shaper holds for the current context's faces (HarfBuzz fonts, glyph-index
// fonts): fonts.cpp calls it before the faces are made again.
void forget_shaping_fonts();

}  // namespace vitrine
