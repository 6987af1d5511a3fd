#include "ui/fonts.hpp"

#include <filesystem>

#include "imgui.h"
#include "ui/per_context.hpp"

namespace vitrine {

namespace {

PerContext<Fonts> g_fonts;

ImFont* add_source(const FontSource& source, ImFontConfig config) {
    ImGuiIO& io = ImGui::GetIO();
    if (!source.bytes.empty()) {
        config.FontDataOwnedByAtlas = false;
        // ImGui only reads the bytes; its signature predates const.
        return io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(source.bytes.data()), static_cast<int>(source.bytes.size()),
                                              kBaseFontSize, &config);
    }
    if (source.path.empty() || !std::filesystem::exists(source.path)) return nullptr;
    return io.Fonts->AddFontFromFileTTF(source.path.c_str(), kBaseFontSize, &config);
}

void merge_into(ImFont* face, const FontSource& fallback) {
    ImFontConfig merge;
    merge.MergeMode = true;
    merge.DstFont = face;
    add_source(fallback, merge);
}

// ImGui merges a source into the font added last, so each face is followed by its fallbacks.
ImFont* load_face(const FontSource& source, const std::vector<FontSource>& fallbacks) {
    ImFont* face = add_source(source, ImFontConfig());
    if (face == nullptr) face = ImGui::GetIO().Fonts->AddFontDefault();
    for (const FontSource& fallback : fallbacks) merge_into(face, fallback);
    return face;
}

bool is_none(const FontSource& source) { return source.path.empty() && source.bytes.empty(); }

}  // namespace

void load_fonts(const FontFiles& files) {
    Fonts& fonts = g_fonts.current();
    fonts.fallbacks = files.fallbacks;
    fonts.regular = load_face(files.regular, files.fallbacks);
    fonts.bold = is_none(files.bold) ? fonts.regular : load_face(files.bold, files.fallbacks);
    ImGui::GetStyle().FontSizeBase = kBaseFontSize;
}

void set_bold_font(const FontSource& source) {
    Fonts& fonts = g_fonts.current();
    fonts.bold = load_face(source, fonts.fallbacks);
}

void add_fallback_font(const FontSource& source) {
    Fonts& fonts = g_fonts.current();
    fonts.fallbacks.push_back(source);
    merge_into(fonts.regular, source);
    fonts.regular->ClearOutputData();  // forget the characters it had no glyph for so far
    if (fonts.bold != fonts.regular) {
        merge_into(fonts.bold, source);
        fonts.bold->ClearOutputData();
    }
}

const Fonts& fonts() { return g_fonts.current(); }

}  // namespace vitrine
