#include "ui/theme.hpp"

#include "ui/per_context.hpp"

namespace vitrine {

namespace {

constexpr Palette kLight{IM_COL32(0, 102, 153, 255),   IM_COL32(96, 104, 112, 255), IM_COL32(0, 128, 64, 255),
                         IM_COL32(184, 40, 40, 255),   IM_COL32(245, 160, 0, 255),  IM_COL32(205, 208, 212, 255),
                         IM_COL32(255, 224, 120, 160), IM_COL32(236, 239, 242, 255)};
constexpr Palette kDark{IM_COL32(96, 180, 240, 255),  IM_COL32(160, 168, 176, 255), IM_COL32(90, 200, 130, 255),
                        IM_COL32(240, 110, 110, 255), IM_COL32(255, 190, 60, 255),  IM_COL32(80, 84, 92, 255),
                        IM_COL32(160, 120, 20, 170),  IM_COL32(44, 48, 54, 255)};

struct Look {
    Theme theme = Theme::light;
    Palette palette = kLight;
};
PerContext<Look> g_look;  // each viewer has its own

ImVec4 with_alpha(ImU32 colour, float alpha) {
    ImVec4 v = ImGui::ColorConvertU32ToFloat4(colour);
    v.w = alpha;
    return v;
}

// The accent replaces ImGui's blue where it marks things: buttons, selection, ticks, focus.
void apply_accent(ImGuiStyle& style, ImU32 accent) {
    style.Colors[ImGuiCol_Button] = with_alpha(accent, 0.30f);
    style.Colors[ImGuiCol_ButtonHovered] = with_alpha(accent, 0.55f);
    style.Colors[ImGuiCol_ButtonActive] = with_alpha(accent, 0.75f);
    style.Colors[ImGuiCol_Header] = with_alpha(accent, 0.25f);
    style.Colors[ImGuiCol_HeaderHovered] = with_alpha(accent, 0.40f);
    style.Colors[ImGuiCol_HeaderActive] = with_alpha(accent, 0.55f);
    style.Colors[ImGuiCol_CheckMark] = with_alpha(accent, 1.0f);
    style.Colors[ImGuiCol_SliderGrab] = with_alpha(accent, 0.80f);
    style.Colors[ImGuiCol_FrameBgActive] = with_alpha(accent, 0.30f);
    style.Colors[ImGuiCol_NavCursor] = with_alpha(accent, 1.0f);
    style.Colors[ImGuiCol_TextLink] = with_alpha(accent, 1.0f);
}

// Everything in the system's few colours: text and borders in CanvasText on Canvas, buttons in
// ButtonText on ButtonFace, selection and focus in Highlight, links in LinkText.
void apply_system_colours(ImGuiStyle& style, Palette& palette, const SystemColours& c) {
    const ImVec4 canvas = ImGui::ColorConvertU32ToFloat4(c.canvas), text = ImGui::ColorConvertU32ToFloat4(c.text);
    const ImVec4 highlight = ImGui::ColorConvertU32ToFloat4(c.highlight), link = ImGui::ColorConvertU32ToFloat4(c.link);
    for (ImVec4& colour : style.Colors) colour = canvas;
    for (const ImGuiCol slot : {ImGuiCol_Text, ImGuiCol_TextDisabled, ImGuiCol_Border, ImGuiCol_Separator, ImGuiCol_CheckMark,
                                ImGuiCol_SliderGrab, ImGuiCol_ScrollbarGrab, ImGuiCol_ResizeGrip}) {
        style.Colors[slot] = text;
    }
    style.Colors[ImGuiCol_Button] = ImGui::ColorConvertU32ToFloat4(c.button_face);
    for (const ImGuiCol slot : {ImGuiCol_ButtonHovered, ImGuiCol_ButtonActive, ImGuiCol_Header, ImGuiCol_HeaderHovered, ImGuiCol_HeaderActive,
                                ImGuiCol_FrameBgHovered, ImGuiCol_FrameBgActive, ImGuiCol_NavCursor, ImGuiCol_ScrollbarGrabHovered,
                                ImGuiCol_ScrollbarGrabActive, ImGuiCol_TextSelectedBg}) {
        style.Colors[slot] = highlight;
    }
    style.Colors[ImGuiCol_Header].w = 0.35f;  // the selected row's text stays readable over it
    style.Colors[ImGuiCol_TextLink] = link;
    style.Colors[ImGuiCol_ModalWindowDimBg] = ImVec4(0, 0, 0, 0);
    style.FrameBorderSize = 2;
    style.ChildBorderSize = 1;
    // An empty star is the text colour, faint: drawn in Canvas it would vanish.
    palette = {c.link, c.text, c.text, c.text, c.text, (c.text & 0x00FFFFFF) | 0x50000000, (c.highlight & 0x00FFFFFF) | 0x80000000, c.canvas};
}

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

void apply_theme(Theme theme, const LookOverrides& overrides) {
    Look& look = g_look.current();
    look.theme = theme;
    look.palette = theme == Theme::dark ? kDark : kLight;
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
    // Secondary text ("93 products", "& up (67)") and the keyboard's focus ring in colours that
    // read against the background (WCAG: 4.5:1 for text, 3:1 for the ring); ImGui's own greys
    // and light blue do not.
    style.Colors[ImGuiCol_TextDisabled] = ImGui::ColorConvertU32ToFloat4(look.palette.muted);
    style.Colors[ImGuiCol_NavCursor] = ImGui::ColorConvertU32ToFloat4(look.palette.accent);
    style.Colors[ImGuiCol_TextLink] = ImGui::ColorConvertU32ToFloat4(look.palette.accent);
    if (overrides.accent != 0) {
        look.palette.accent = overrides.accent;
        apply_accent(style, overrides.accent);
    }
    if (overrides.high_contrast) apply_system_colours(style, look.palette, overrides.system);
    if (overrides.radius >= 0) {
        style.FrameRounding = style.GrabRounding = style.PopupRounding = overrides.radius;
        style.ChildRounding = overrides.radius * 1.34f;
    }
}

Theme current_theme() { return g_look.current().theme; }

const Palette& palette() { return g_look.current().palette; }

}  // namespace vitrine
