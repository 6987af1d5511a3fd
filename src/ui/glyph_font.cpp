#include "ui/glyph_font.hpp"

#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <vector>

#include "imgui.h"
#include "imgui_internal.h"

// ImGui compiles its stb_truetype privately (static functions, in a namespace of its own); this
// file has its own copy of the same header, in another namespace, for the by-index calls ImGui's
// loader does not offer. The C headers it uses are included above, outside the namespace.
namespace vitrine::stb {
#define STB_TRUETYPE_IMPLEMENTATION
#define STBTT_STATIC
#include "imstb_truetype.h"
}  // namespace vitrine::stb

namespace vitrine {

using namespace stb;

namespace {

struct GlyphSource {
    stbtt_fontinfo info{};
    float em_scale = 0;  // font units to pixels for an em of one pixel
};

bool source_init(ImFontAtlas*, ImFontConfig* src) {
    auto* data = IM_NEW(GlyphSource)();
    const auto* bytes = static_cast<const unsigned char*>(src->FontData);
    const int offset = stbtt_GetFontOffsetForIndex(bytes, src->FontNo);
    if (offset < 0 || stbtt_InitFont(&data->info, bytes, offset) == 0) {
        IM_DELETE(data);
        return false;
    }
    data->em_scale = stbtt_ScaleForMappingEmToPixels(&data->info, 1.0f);
    src->FontLoaderData = data;
    return true;
}

void source_destroy(ImFontAtlas*, ImFontConfig* src) {
    IM_DELETE(static_cast<GlyphSource*>(src->FontLoaderData));
    src->FontLoaderData = nullptr;
}

// Glyph indices past the font's count would make stb_truetype read outside its tables.
bool has_glyph(const GlyphSource& data, ImWchar glyph) { return static_cast<int>(glyph) < data.info.numGlyphs; }

bool source_contains(ImFontAtlas*, ImFontConfig* src, ImWchar glyph) {
    return has_glyph(*static_cast<const GlyphSource*>(src->FontLoaderData), glyph);
}

bool baked_init(ImFontAtlas*, ImFontConfig* src, ImFontBaked* baked, void*) {
    const auto& data = *static_cast<const GlyphSource*>(src->FontLoaderData);
    int ascent = 0, descent = 0, gap = 0;
    stbtt_GetFontVMetrics(&data.info, &ascent, &descent, &gap);
    baked->Ascent = static_cast<float>(ascent) * data.em_scale * baked->Size;
    baked->Descent = static_cast<float>(descent) * data.em_scale * baked->Size;
    return true;
}

bool load_glyph(ImFontAtlas* atlas, ImFontConfig* src, ImFontBaked* baked, void*, ImWchar glyph, ImFontGlyph* out_glyph,
                float* out_advance_x) {
    const auto& data = *static_cast<const GlyphSource*>(src->FontLoaderData);
    if (!has_glyph(data, glyph)) return false;
    const int index = static_cast<int>(glyph);
    int oversample_h = 1, oversample_v = 1;
    ImFontAtlasBuildGetOversampleFactors(src, baked, &oversample_h, &oversample_v);
    const float layout_scale = data.em_scale * baked->Size;
    const float density = src->RasterizerDensity * baked->RasterizerDensity;
    const float raster_x = layout_scale * density * static_cast<float>(oversample_h);
    const float raster_y = layout_scale * density * static_cast<float>(oversample_v);
    int advance = 0, left_bearing = 0;
    stbtt_GetGlyphHMetrics(&data.info, index, &advance, &left_bearing);
    if (out_advance_x != nullptr) {
        *out_advance_x = static_cast<float>(advance) * layout_scale;
        return true;
    }
    out_glyph->Codepoint = glyph & 0xFFFFu;  // a glyph index (has_glyph: below numGlyphs)
    out_glyph->AdvanceX = static_cast<float>(advance) * layout_scale;
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    stbtt_GetGlyphBitmapBox(&data.info, index, raster_x, raster_y, &x0, &y0, &x1, &y1);
    if (x0 == x1 || y0 == y1) return true;  // a space, or a mark with no ink
    const int w = x1 - x0 + oversample_h - 1;
    const int h = y1 - y0 + oversample_v - 1;
    const ImFontAtlasRectId rect_id = ImFontAtlasPackAddRect(atlas, w, h);
    if (rect_id == ImFontAtlasRectId_Invalid) return false;
    ImTextureRect* rect = ImFontAtlasPackGetRect(atlas, rect_id);
    std::vector<unsigned char> pixels(static_cast<std::size_t>(w) * static_cast<std::size_t>(h));
    float sub_x = 0, sub_y = 0;
    stbtt_MakeGlyphBitmapSubpixelPrefilter(&data.info, pixels.data(), w, h, w, raster_x, raster_y, 0, 0, oversample_h, oversample_v,
                                           &sub_x, &sub_y, index);
    // Offsets from the pen position on the baseline, in pixels at this size.
    const float to_pixels_h = 1.0f / (static_cast<float>(oversample_h) * density);
    const float to_pixels_v = 1.0f / (static_cast<float>(oversample_v) * density);
    out_glyph->X0 = static_cast<float>(x0) * to_pixels_h + sub_x;
    out_glyph->Y0 = static_cast<float>(y0) * to_pixels_v + sub_y;
    out_glyph->X1 = static_cast<float>(x0 + rect->w) * to_pixels_h + sub_x;
    out_glyph->Y1 = static_cast<float>(y0 + rect->h) * to_pixels_v + sub_y;
    out_glyph->Visible = true;
    out_glyph->PackId = rect_id;
    ImFontAtlasBakedSetFontGlyphBitmap(atlas, baked, src, out_glyph, rect, pixels.data(), ImTextureFormat_Alpha8, w);
    return true;
}

const ImFontLoader& glyph_index_loader() {
    static const ImFontLoader loader = [] {
        ImFontLoader l;
        l.Name = "vitrine glyph index";
        l.FontSrcInit = source_init;
        l.FontSrcDestroy = source_destroy;
        l.FontSrcContainsGlyph = source_contains;
        l.FontBakedInit = baked_init;
        l.FontBakedLoadGlyph = load_glyph;
        return l;
    }();
    return loader;
}

}  // namespace

ImFont* add_glyph_index_font(const ImFontConfig& source) {
    ImFontConfig config;
    config.FontData = source.FontData;
    config.FontDataSize = source.FontDataSize;
    config.FontDataOwnedByAtlas = false;  // the atlas copies them
    config.FontNo = source.FontNo;
    config.SizePixels = ImGui::GetStyle().FontSizeBase;
    config.FontLoader = &glyph_index_loader();
    ImFormatString(config.Name, IM_ARRAYSIZE(config.Name), "%s (glyphs)", source.Name);
    return ImGui::GetIO().Fonts->AddFont(&config);
}

}  // namespace vitrine
