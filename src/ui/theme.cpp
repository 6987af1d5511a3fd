#include "ui/theme.hpp"

#include "ui/per_context.hpp"

namespace vitrine {

namespace {

PerContext<Theme> g_theme;  // each viewer has its own look (Theme{} is light)

constexpr Palette kLight{IM_COL32(0, 102, 153, 255),   IM_COL32(96, 104, 112, 255), IM_COL32(0, 128, 64, 255),
                         IM_COL32(184, 40, 40, 255),   IM_COL32(245, 160, 0, 255),  IM_COL32(205, 208, 212, 255),
                         IM_COL32(255, 224, 120, 160), IM_COL32(236, 239, 242, 255)};
constexpr Palette kDark{IM_COL32(96, 180, 240, 255),  IM_COL32(160, 168, 176, 255), IM_COL32(90, 200, 130, 255),
                        IM_COL32(240, 110, 110, 255), IM_COL32(255, 190, 60, 255),  IM_COL32(80, 84, 92, 255),
                        IM_COL32(160, 120, 20, 170),  IM_COL32(44, 48, 54, 255)};

void apply_shape(ImGuiStyle& style) {
    style.WindowPadding = ImVec2(16, 12);
    style.FramePadding = ImVec2(10, 6);
    style.ItemSpacing = ImVec2(10, 8);
    style.CellPadding = ImVec2(8, 6);
    style.FrameRounding = 6;
    style.GrabRounding = 6;
    style.ChildRounding = 8;
    style.PopupRounding = 6;
    style.ScrollbarRounding = 8;
    style.ScrollbarSize = 14;
    style.WindowRounding = 0;
    style.WindowBorderSize = 0;
    style.FrameBorderSize = 1;
}

}  // namespace

void apply_theme(Theme theme) {
    g_theme.current() = theme;
    ImGuiStyle& style = ImGui::GetStyle();
    if (theme == Theme::dark) {
        ImGui::StyleColorsDark(&style);
        style.Colors[ImGuiCol_WindowBg] = ImVec4(0.10f, 0.11f, 0.12f, 1.0f);
        style.Colors[ImGuiCol_ChildBg] = ImVec4(0.13f, 0.14f, 0.16f, 1.0f);
    } else {
        ImGui::StyleColorsLight(&style);
        style.Colors[ImGuiCol_WindowBg] = ImVec4(0.98f, 0.98f, 0.99f, 1.0f);
        style.Colors[ImGuiCol_ChildBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
        style.Colors[ImGuiCol_Border] = ImVec4(0.82f, 0.84f, 0.86f, 1.0f);
    }
    apply_shape(style);
}

Theme current_theme() { return g_theme.current(); }

const Palette& palette() { return g_theme.current() == Theme::dark ? kDark : kLight; }

}  // namespace vitrine
