#include "ui/text_shaper.hpp"

#include <SheenBidi/SheenBidi.h>
#include <hb.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <span>
#include <string>
#include <unordered_map>

#include "core/line_break.hpp"
#include "core/utf8.hpp"
#include "imgui_internal.h"
#include "ui/font_metrics.hpp"
#include "ui/glyph_font.hpp"
#include "ui/per_context.hpp"

namespace vitrine {

namespace {

struct Range {
    char32_t first, last;
};

// Right-to-left scripts, scripts that join, reorder or stack (Arabic, Syriac, Thaana, N'Ko, the
// Indic scripts, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian), combining marks, the bidi
// controls and ZWJ, and the presentation forms.
constexpr Range kShapedRanges[] = {
    {0x0300, 0x036F}, {0x0483, 0x0489}, {0x0591, 0x08FF}, {0x0900, 0x0DFF}, {0x0E00, 0x0FFF}, {0x1000, 0x109F},
    {0x1780, 0x18AF}, {0x1AB0, 0x1AFF}, {0x1DC0, 0x1DFF}, {0x200C, 0x200F}, {0x202A, 0x202E}, {0x2066, 0x2069},
    {0x20D0, 0x20FF}, {0xA8E0, 0xA8FF}, {0xFB1D, 0xFDFF}, {0xFE00, 0xFE0F}, {0xFE20, 0xFE2F}, {0xFE70, 0xFEFF},
    {0x10800, 0x10FFF}, {0x1E800, 0x1EFFF},
};

bool in_shaped_range(char32_t code) {
    return std::any_of(std::begin(kShapedRanges), std::end(kShapedRanges),
                       [code](const Range& r) { return code >= r.first && code <= r.last; });
}

bool is_blank(char32_t code) { return code == ' ' || code == '\t' || code == 0x3000; }

// Characters that belong with the one before them, in its font: marks, joiners, variation selectors.
bool attaches_to_previous(char32_t code) {
    if (code == 0x200C || code == 0x200D || (code >= 0xFE00 && code <= 0xFE0F)) return true;
    const hb_unicode_general_category_t category = hb_unicode_general_category(hb_unicode_funcs_get_default(), code);
    return category == HB_UNICODE_GENERAL_CATEGORY_NON_SPACING_MARK || category == HB_UNICODE_GENERAL_CATEGORY_SPACING_MARK ||
           category == HB_UNICODE_GENERAL_CATEGORY_ENCLOSING_MARK;
}

// A HarfBuzz font over the bytes of one of ImGui's font sources, and the glyph-index font that
// draws its glyphs.
struct ShapingFace {
    hb_font_t* font = nullptr;
    float units_per_em = 1000;
    float ems_per_line = 0;  // hhea ascender to descender over the em: how ImGui sizes the face
    ImFont* glyphs = nullptr;  // made the first time a glyph of this face is drawn
};

struct BlockKey {
    std::string text;
    const ImFont* font;
    float size;
    float width;
    bool operator==(const BlockKey&) const = default;
};

struct BlockKeyHash {
    std::size_t operator()(const BlockKey& key) const {
        return std::hash<std::string>()(key.text) ^ (std::hash<const void*>()(key.font) << 1) ^ std::hash<float>()(key.size * 131 + key.width);
    }
};

struct ShapingFonts {
    std::unordered_map<const ImFontConfig*, ShapingFace> faces;
    std::unordered_map<BlockKey, ShapedBlock, BlockKeyHash> blocks;
    hb_buffer_t* buffer = hb_buffer_create();
    ShapingFonts() = default;
    ShapingFonts(const ShapingFonts&) = delete;
    ShapingFonts& operator=(const ShapingFonts&) = delete;
    // With its context: the atlas, and the glyph-index fonts in it, go with the context.
    ~ShapingFonts() {
        for (auto& [source, face] : faces) hb_font_destroy(face.font);
        hb_buffer_destroy(buffer);
    }
};

PerContext<ShapingFonts> g_shaping;

ShapingFace& face_of(const ImFontConfig* source) {
    auto& faces = g_shaping.current().faces;
    auto [it, inserted] = faces.try_emplace(source);
    if (inserted) {
        hb_blob_t* blob = hb_blob_create(static_cast<const char*>(source->FontData), static_cast<unsigned>(source->FontDataSize),
                                         HB_MEMORY_MODE_READONLY, nullptr, nullptr);
        hb_face_t* face = hb_face_create(blob, static_cast<unsigned>(source->FontNo));
        it->second.font = hb_font_create(face);
        it->second.units_per_em = static_cast<float>(std::max(1u, hb_face_get_upem(face)));
        const auto bytes = std::span(static_cast<const unsigned char*>(source->FontData), static_cast<std::size_t>(source->FontDataSize));
        if (const std::optional<FontMetrics> metrics = read_font_metrics(bytes); metrics && metrics->units_per_em > 0) {
            it->second.ems_per_line = static_cast<float>(metrics->ascender - metrics->descender) / static_cast<float>(metrics->units_per_em);
        }
        hb_face_destroy(face);
        hb_blob_destroy(blob);
    }
    return it->second;
}

ImFont* glyph_font_of(const ImFontConfig* source) {
    ShapingFace& face = face_of(source);
    if (face.glyphs == nullptr) face.glyphs = add_glyph_index_font(*source);
    return face.glyphs;
}

// Pixels per em of the current font at the current size: ImGui sizes a face by its line
// (hhea ascender to descender), and its fallbacks are sized to the same em (font_metrics.hpp).
float current_em() {
    const ShapingFace& face = face_of(ImGui::GetFont()->Sources[0]);
    const float size = ImGui::GetFontSize();
    return face.ems_per_line > 0 ? size / face.ems_per_line : size;
}

// The source of the current font that draws `code`: the first that has it, as ImGui chooses.
int source_for(char32_t code) {
    const ImFont* font = ImGui::GetFont();
    for (int i = 0; i < font->Sources.Size; ++i) {
        hb_codepoint_t glyph = 0;
        if (hb_font_get_nominal_glyph(face_of(font->Sources[i]).font, code, &glyph)) return i;
    }
    return 0;
}

struct Piece {
    std::uint32_t begin, end;
    hb_script_t script;
    int source;
};

// [begin, end) cut where the script or the font changes, in logical order.
std::vector<Piece> pieces(std::string_view text, std::uint32_t begin, std::uint32_t end, const std::vector<std::uint32_t>& script_starts,
                          const std::vector<std::uint32_t>& scripts) {
    std::vector<Piece> out;
    int source = -1;
    for (std::uint32_t i = begin; i < end;) {
        const std::size_t length = std::max<std::size_t>(1, utf8_sequence_length(text, i));
        const char32_t code = decode_utf8(text, i, length);
        if (source < 0 || !attaches_to_previous(code)) source = source_for(code);
        const auto run = std::upper_bound(script_starts.begin(), script_starts.end(), i) - script_starts.begin() - 1;
        const auto script = static_cast<hb_script_t>(scripts[static_cast<std::size_t>(run)]);
        if (out.empty() || out.back().script != script || out.back().source != source) {
            out.push_back({i, i, script, source});
        }
        i = static_cast<std::uint32_t>(std::min<std::size_t>(end, i + length));
        out.back().end = i;
    }
    return out;
}

// Shapes one piece; calls `glyph(info, position, scale)` for each glyph in visual order.
template <class Glyph>
void shape_piece(std::string_view text, const Piece& piece, bool right_to_left, Glyph&& glyph) {
    const ImFontConfig* source = ImGui::GetFont()->Sources[piece.source];
    ShapingFace& face = face_of(source);
    hb_buffer_t* buffer = g_shaping.current().buffer;
    hb_buffer_reset(buffer);
    hb_buffer_add_utf8(buffer, text.data(), static_cast<int>(text.size()), piece.begin, static_cast<int>(piece.end - piece.begin));
    hb_buffer_set_direction(buffer, right_to_left ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
    hb_buffer_set_script(buffer, piece.script);
    hb_buffer_guess_segment_properties(buffer);
    hb_shape(face.font, buffer, nullptr, 0);
    unsigned count = 0;
    const hb_glyph_info_t* infos = hb_buffer_get_glyph_infos(buffer, &count);
    const hb_glyph_position_t* positions = hb_buffer_get_glyph_positions(buffer, nullptr);
    const float scale = current_em() / face.units_per_em;
    for (unsigned g = 0; g < count; ++g) glyph(infos[g], positions[g], scale, source);
}

SBCodepointSequence sequence_of(std::string_view text) {
    return SBCodepointSequence{SBStringEncodingUTF8, const_cast<char*>(text.data()), text.size()};
}

}  // namespace

bool needs_shaping(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            ++i;
            continue;
        }
        const std::size_t length = utf8_sequence_length(text, i);
        if (length == 0) {
            ++i;
            continue;
        }
        if (in_shaped_range(decode_utf8(text, i, length))) return true;
        i += length;
    }
    return false;
}

ShapedParagraph::ShapedParagraph(std::string_view text) : text_(text) {
    if (text.empty()) return;
    const SBCodepointSequence sequence = sequence_of(text);
    SBAlgorithmRef algorithm = SBAlgorithmCreate(&sequence);
    paragraph_ = SBAlgorithmCreateParagraph(algorithm, 0, text.size(), SBLevelDefaultLTR);
    SBAlgorithmRelease(algorithm);
    auto* paragraph = static_cast<SBParagraphRef>(paragraph_);
    base_level_ = SBParagraphGetBaseLevel(paragraph);

    SBScriptLocatorRef locator = SBScriptLocatorCreate();
    SBScriptLocatorLoadCodepoints(locator, &sequence);
    while (SBScriptLocatorMoveNext(locator)) {
        const SBScriptAgent* agent = SBScriptLocatorGetAgent(locator);
        script_starts_.push_back(static_cast<std::uint32_t>(agent->offset));
        scripts_.push_back(static_cast<std::uint32_t>(hb_script_from_iso15924_tag(SBScriptGetUnicodeTag(agent->script))));
    }
    SBScriptLocatorRelease(locator);
    if (script_starts_.empty() || script_starts_.front() != 0) {
        script_starts_.insert(script_starts_.begin(), 0);
        scripts_.insert(scripts_.begin(), static_cast<std::uint32_t>(HB_SCRIPT_COMMON));
    }

}

// Only wrapping needs the advances: a line that is not wrapped is shaped once, by line().
void ShapedParagraph::measure() const {
    if (!advances_.empty() || paragraph_ == nullptr) return;
    advances_.assign(text_.size(), 0.0f);
    cluster_start_.assign(text_.size(), 0);
    const std::string_view text = text_;
    auto* paragraph = static_cast<SBParagraphRef>(paragraph_);
    // The advances come from shaping the runs of one level in logical order; a line's own
    // shaping differs only where the line cuts a word, which wrapping avoids.
    const SBLevel* levels = SBParagraphGetLevelsPtr(paragraph);
    for (std::uint32_t begin = 0; begin < text.size();) {
        std::uint32_t end = begin + 1;
        while (end < text.size() && levels[end] == levels[begin]) ++end;
        for (const Piece& piece : pieces(text, begin, end, script_starts_, scripts_)) {
            shape_piece(text, piece, levels[begin] % 2 == 1,
                        [&](const hb_glyph_info_t& info, const hb_glyph_position_t& position, float scale, const ImFontConfig*) {
                            advances_[info.cluster] += static_cast<float>(position.x_advance) * scale;
                            cluster_start_[info.cluster] = 1;
                        });
        }
        begin = end;
    }
}

ShapedParagraph::~ShapedParagraph() {
    if (paragraph_ != nullptr) SBParagraphRelease(static_cast<SBParagraphRef>(paragraph_));
}

float ShapedParagraph::width() const {
    measure();
    float sum = 0;
    for (const float advance : advances_) sum += advance;
    return sum;
}

std::vector<std::uint32_t> ShapedParagraph::wrap(float width) const {
    measure();
    std::vector<std::uint32_t> starts{0};
    const auto size = static_cast<std::uint32_t>(text_.size());
    float line_width = 0;           // from the line's start to here
    std::uint32_t opportunity = 0;  // the last place the line may break (0: none yet)
    float width_at_opportunity = 0;
    const std::vector<std::uint32_t> breaks = line_break_opportunities(text_);
    auto next_break = breaks.begin();
    for (std::uint32_t i = 0; i < size;) {
        const std::size_t length = std::max<std::size_t>(1, utf8_sequence_length(text_, i));
        const char32_t code = decode_utf8(text_, i, length);
        while (next_break != breaks.end() && *next_break < i) ++next_break;
        // A break inside a cluster (between a Thai letter and its vowel mark) would split what the
        // font draws as one.
        if (next_break != breaks.end() && *next_break == i && cluster_start_[i] != 0 && i > starts.back()) {
            opportunity = i;
            width_at_opportunity = line_width;
        }
        const float advance = advances_[i];
        if (!is_blank(code) && cluster_start_[i] != 0 && line_width + advance > width && i > starts.back()) {
            if (opportunity > starts.back()) {
                starts.push_back(opportunity);
                line_width -= width_at_opportunity;
            } else {  // one word wider than the line: it breaks before this character
                starts.push_back(i);
                line_width = 0;
            }
        }
        line_width += advance;
        i += static_cast<std::uint32_t>(length);
    }
    return starts;
}

ShapedLine ShapedParagraph::line(std::size_t begin, std::size_t end) const {
    ShapedLine shaped;
    shaped.em = current_em();
    shaped.baseline = IM_ROUND(ImGui::GetFont()->GetFontBaked(ImGui::GetFontSize())->Ascent);
    if (paragraph_ == nullptr || begin >= end) return shaped;
    SBLineRef line = SBParagraphCreateLine(static_cast<SBParagraphRef>(paragraph_), begin, end - begin);
    const SBRun* runs = SBLineGetRunsPtr(line);
    float x = 0;
    for (SBUInteger r = 0; r < SBLineGetRunCount(line); ++r) {  // visual order
        const bool right_to_left = runs[r].level % 2 == 1;
        const auto run_begin = static_cast<std::uint32_t>(runs[r].offset);
        std::vector<Piece> run_pieces = pieces(text_, run_begin, run_begin + static_cast<std::uint32_t>(runs[r].length), script_starts_, scripts_);
        if (right_to_left) std::reverse(run_pieces.begin(), run_pieces.end());
        for (const Piece& piece : run_pieces) {
            shape_piece(text_, piece, right_to_left,
                        [&](const hb_glyph_info_t& info, const hb_glyph_position_t& position, float scale, const ImFontConfig* source) {
                            ShapedGlyph glyph;
                            glyph.font = glyph_font_of(source);
                            glyph.glyph = static_cast<ImWchar>(info.codepoint);
                            glyph.x = x + static_cast<float>(position.x_offset) * scale;
                            glyph.y = -static_cast<float>(position.y_offset) * scale;
                            glyph.advance = static_cast<float>(position.x_advance) * scale;
                            glyph.cluster = info.cluster;
                            glyph.right_to_left = right_to_left;
                            shaped.glyphs.push_back(glyph);
                            x += glyph.advance;
                        });
        }
    }
    SBLineRelease(line);
    shaped.width = x;
    return shaped;
}

void draw_shaped_line(ImDrawList* draw, const ShapedLine& line, ImVec2 top_left, ImU32 colour) {
    const float left = IM_TRUNC(top_left.x);
    const float baseline = IM_TRUNC(top_left.y) + line.baseline;
    const float density = ImGui::GetFont()->CurrentRasterizerDensity;
    const ImVec4 clip = draw->_CmdHeader.ClipRect;
    for (const ShapedGlyph& shaped : line.glyphs) {
        const float x = left + shaped.x;
        if (x > clip.z || x + shaped.advance * 2 + line.em < clip.x) continue;
        shaped.font->CurrentRasterizerDensity = density;  // crisp at the page's device pixel ratio
        ImFontBaked* baked = shaped.font->GetFontBaked(line.em);
        const ImFontGlyph* glyph = baked->FindGlyphNoFallback(shaped.glyph);
        if (glyph == nullptr || !glyph->Visible) continue;
        const float scale = line.em / baked->Size;
        const float y = baseline + shaped.y;
        // Positions stay fractional: pixel-snapping each glyph would open gaps in joined letters.
        draw->PrimReserve(6, 4);
        draw->PrimRectUV(ImVec2(x + glyph->X0 * scale, y + glyph->Y0 * scale), ImVec2(x + glyph->X1 * scale, y + glyph->Y1 * scale),
                         ImVec2(glyph->U0, glyph->V0), ImVec2(glyph->U1, glyph->V1), colour);
    }
}

std::vector<ImVec2> shaped_extents(const ShapedLine& line, std::size_t begin, std::size_t end) {
    std::vector<ImVec2> extents;
    bool open = false;
    for (const ShapedGlyph& glyph : line.glyphs) {
        const bool inside = glyph.cluster >= begin && glyph.cluster < end;
        if (inside && open) {
            extents.back().x = std::min(extents.back().x, glyph.x);
            extents.back().y = std::max(extents.back().y, glyph.x + glyph.advance);
        } else if (inside) {
            extents.emplace_back(glyph.x, glyph.x + glyph.advance);
        }
        open = inside;
    }
    return extents;
}

namespace {

// Each cluster of a line once, in logical order, with its extent and direction.
struct ClusterSpan {
    std::uint32_t begin = 0;
    float left = 0, right = 0;
    bool right_to_left = false;
};

std::vector<ClusterSpan> cluster_spans(const ShapedLine& line) {
    std::vector<ClusterSpan> glyphs;
    for (const ShapedGlyph& glyph : line.glyphs) glyphs.push_back({glyph.cluster, glyph.x, glyph.x + glyph.advance, glyph.right_to_left});
    std::stable_sort(glyphs.begin(), glyphs.end(), [](const ClusterSpan& a, const ClusterSpan& b) { return a.begin < b.begin; });
    std::vector<ClusterSpan> spans;
    for (const ClusterSpan& glyph : glyphs) {
        if (!spans.empty() && spans.back().begin == glyph.begin) {
            spans.back().left = std::min(spans.back().left, glyph.left);
            spans.back().right = std::max(spans.back().right, glyph.right);
        } else {
            spans.push_back(glyph);
        }
    }
    return spans;
}

float reading_start(const ClusterSpan& span) { return span.right_to_left ? span.right : span.left; }
float reading_end(const ClusterSpan& span) { return span.right_to_left ? span.left : span.right; }

}  // namespace

float caret_x(const ShapedLine& line, std::size_t offset, std::size_t end) {
    const std::vector<ClusterSpan> spans = cluster_spans(line);
    if (spans.empty()) return 0;
    if (offset >= end) return reading_end(spans.back());
    const auto after = std::upper_bound(spans.begin(), spans.end(), offset, [](std::size_t at, const ClusterSpan& s) { return at < s.begin; });
    return reading_start(after == spans.begin() ? spans.front() : *(after - 1));
}

std::size_t offset_at(const ShapedLine& line, float x, std::size_t end) {
    const std::vector<ClusterSpan> spans = cluster_spans(line);
    std::size_t nearest = end;
    float distance = spans.empty() ? 0 : std::abs(reading_end(spans.back()) - x);
    for (const ClusterSpan& span : spans) {
        if (std::abs(reading_start(span) - x) < distance) {
            distance = std::abs(reading_start(span) - x);
            nearest = span.begin;
        }
    }
    return nearest;
}

const ShapedBlock& shaped_block(std::string_view text, float wrap_width) {
    auto& blocks = g_shaping.current().blocks;
    // Titles, prices and excerpts of the rows in view: a bound keeps a long session's from piling up.
    constexpr std::size_t kMostBlocks = 4096;
    if (blocks.size() >= kMostBlocks) blocks.clear();
    auto [it, inserted] = blocks.try_emplace(BlockKey{std::string(text), ImGui::GetFont(), ImGui::GetFontSize(), wrap_width});
    if (!inserted) return it->second;
    ShapedBlock& block = it->second;
    for (std::size_t start = 0; start <= text.size();) {
        const std::size_t stop = std::min(text.find('\n', start), text.size());
        const ShapedParagraph paragraph(text.substr(start, stop - start));
        const std::vector<std::uint32_t> starts =
            wrap_width > 0 ? paragraph.wrap(wrap_width) : std::vector<std::uint32_t>{0};
        for (std::size_t k = 0; k < starts.size(); ++k) {
            std::size_t end = k + 1 < starts.size() ? starts[k + 1] : stop - start;
            while (end > starts[k] && (text[start + end - 1] == ' ' || text[start + end - 1] == '\t')) --end;
            ShapedBlock::Line line;
            line.begin = static_cast<std::uint32_t>(start + starts[k]);
            line.end = static_cast<std::uint32_t>(start + end);
            line.right_to_left = paragraph.right_to_left();
            line.shaped = paragraph.line(starts[k], end);
            // Clusters count from the paragraph; the block's users count from the text.
            for (ShapedGlyph& glyph : line.shaped.glyphs) glyph.cluster += static_cast<std::uint32_t>(start);
            block.width = std::max(block.width, line.shaped.width);
            block.lines.push_back(std::move(line));
        }
        start = stop + 1;
    }
    return block;
}

// Rules P2 and P3 on the characters' bidi classes alone: a view asks this of titles and reviews
// every frame, and shaping a paragraph to learn its direction would cost far more.
bool reads_right_to_left(std::string_view text) {
    if (!needs_shaping(text)) return false;
    int isolates = 0;  // characters inside an isolate do not decide the paragraph's direction
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = std::max<std::size_t>(1, utf8_sequence_length(text, i));
        const SBBidiType type = SBCodepointGetBidiType(decode_utf8(text, i, length));
        i += length;
        if (type == SBBidiTypeB) return false;
        if (type == SBBidiTypeLRI || type == SBBidiTypeRLI || type == SBBidiTypeFSI) ++isolates;
        else if (type == SBBidiTypePDI && isolates > 0) --isolates;
        else if (isolates == 0 && type == SBBidiTypeL) return false;
        else if (isolates == 0 && (type == SBBidiTypeR || type == SBBidiTypeAL)) return true;
    }
    return false;
}

void draw_shaped_text(std::string_view text, float wrap_width) {
    const ShapedBlock& block = shaped_block(text, wrap_width);
    const float line_height = ImGui::GetTextLineHeight();
    const float box = wrap_width > 0 ? wrap_width : block.width;
    ImGui::BeginGroup();
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 0));
    const ImRect clip = ImGui::GetCurrentWindow()->ClipRect;
    for (const ShapedBlock::Line& line : block.lines) {
        ImVec2 at = ImGui::GetCursorScreenPos();
        if (line.right_to_left) at.x += std::max(0.0f, box - line.shaped.width);
        if (at.y < clip.Max.y && at.y + line_height > clip.Min.y) {
            draw_shaped_line(ImGui::GetWindowDrawList(), line.shaped, at, ImGui::GetColorU32(ImGuiCol_Text));
        }
        ImGui::Dummy(ImVec2(box, line_height));
    }
    ImGui::PopStyleVar();
    ImGui::EndGroup();
}

void forget_shaping_fonts() {
    ShapingFonts& shaping = g_shaping.current();
    shaping.blocks.clear();
    for (auto& [source, face] : shaping.faces) {
        hb_font_destroy(face.font);
        if (face.glyphs != nullptr) ImGui::GetIO().Fonts->RemoveFont(face.glyphs);
    }
    shaping.faces.clear();
}

}  // namespace vitrine
