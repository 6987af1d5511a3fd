#include "ui/fonts.hpp"

#include <filesystem>
#include <fstream>
#include <algorithm>
#include <iterator>
#include <optional>

#include "imgui.h"
#include "ui/font_metrics.hpp"
#include "ui/per_context.hpp"
#include "ui/text_shaper.hpp"

namespace vitrine {

namespace {

// What a context's faces are made of, to make them again when a font arrives.
struct Faces {
    Fonts fonts;
    FontFiles files;
};

PerContext<Faces> g_faces;

ImFont* add_source(const FontSource& source, ImFontConfig config) {
    ImGuiIO& io = ImGui::GetIO();
    const float size = config.SizePixels > 0 ? config.SizePixels : kBaseFontSize;
    if (!source.bytes.empty()) {
        config.FontDataOwnedByAtlas = false;  // ImGui copies them into the atlas
        // ImGui only reads the bytes; its signature predates const.
        return io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(source.bytes.data()), static_cast<int>(source.bytes.size()),
                                              size, &config);
    }
    if (source.path.empty() || !std::filesystem::exists(source.path)) return nullptr;
    return io.Fonts->AddFontFromFileTTF(source.path.c_str(), size, &config);
}

std::optional<FontMetrics> metrics_of(const FontSource& source) {
    if (!source.bytes.empty()) return read_font_metrics(source.bytes);
    std::ifstream file(source.path, std::ios::binary);
    const std::vector<unsigned char> bytes{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
    return read_font_metrics(bytes);
}

// ImGui merges a source into the font added last, so each face is followed by its fallbacks,
// each sized so that its letters are as large as the face's.
ImFont* load_face(const FontSource& source, const std::vector<FontSource>& fallbacks) {
    ImFont* face = add_source(source, ImFontConfig());
    const std::optional<FontMetrics> face_metrics = face != nullptr ? metrics_of(source) : std::nullopt;
    if (face == nullptr) face = ImGui::GetIO().Fonts->AddFontDefault();
    for (const FontSource& fallback : fallbacks) {
        ImFontConfig merge;
        merge.MergeMode = true;
        const std::optional<FontMetrics> fallback_metrics = face_metrics ? metrics_of(fallback) : std::nullopt;
        if (fallback_metrics) merge.SizePixels = size_matching_em(*face_metrics, *fallback_metrics, kBaseFontSize);
        add_source(fallback, merge);
    }
    return face;
}

bool is_none(const FontSource& source) { return source.path.empty() && source.bytes.empty(); }

// (Re)makes both faces from their sources; a face made before is removed with its glyphs.
void make_faces(Faces& faces) {
    ImGuiIO& io = ImGui::GetIO();
    const Fonts old = faces.fonts;
    forget_shaping_fonts();
    std::stable_partition(faces.files.fallbacks.begin(), faces.files.fallbacks.end(), [](const FontSource& f) { return !f.last_resort; });
    faces.fonts.regular = load_face(faces.files.regular, faces.files.fallbacks);
    faces.fonts.bold = is_none(faces.files.bold) ? faces.fonts.regular : load_face(faces.files.bold, faces.files.fallbacks);
    if (old.bold != nullptr && old.bold != old.regular) io.Fonts->RemoveFont(old.bold);
    if (old.regular != nullptr) io.Fonts->RemoveFont(old.regular);
    io.FontDefault = faces.fonts.regular;
}

}  // namespace

void load_fonts(const FontFiles& files) {
    Faces& faces = g_faces.current();
    faces.files = files;
    make_faces(faces);
    ImGui::GetStyle().FontSizeBase = kBaseFontSize;
}

void set_bold_font(const FontSource& source) {
    Faces& faces = g_faces.current();
    faces.files.bold = source;
    make_faces(faces);
}

void add_fallback_font(const FontSource& source) {
    Faces& faces = g_faces.current();
    faces.files.fallbacks.push_back(source);
    make_faces(faces);
}

const Fonts& fonts() { return g_faces.current().fonts; }

}  // namespace vitrine
