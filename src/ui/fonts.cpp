#include "ui/fonts.hpp"

#include <filesystem>

#include "imgui.h"

namespace vitrine {

namespace {

Fonts g_fonts;

bool readable(const std::string& path) { return !path.empty() && std::filesystem::exists(path); }

// ImGui merges a source into the font added last, so each face is followed by its fallback.
ImFont* load_face(const std::string& path, const std::vector<std::string>& fallbacks) {
    ImGuiIO& io = ImGui::GetIO();
    ImFont* face = readable(path) ? io.Fonts->AddFontFromFileTTF(path.c_str(), kBaseFontSize) : nullptr;
    if (face == nullptr) face = io.Fonts->AddFontDefault();
    for (const std::string& fallback : fallbacks) {
        if (!readable(fallback)) continue;
        ImFontConfig merge;
        merge.MergeMode = true;
        io.Fonts->AddFontFromFileTTF(fallback.c_str(), kBaseFontSize, &merge);
    }
    return face;
}

}  // namespace

void load_fonts(const FontFiles& files) {
    g_fonts.regular = load_face(files.regular, files.fallbacks);
    g_fonts.bold = load_face(files.bold, files.fallbacks);
    ImGui::GetStyle().FontSizeBase = kBaseFontSize;
}

const Fonts& fonts() { return g_fonts; }

}  // namespace vitrine
