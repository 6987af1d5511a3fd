// The bar above every view: the name, what is loaded, opening a catalogue, the theme, and the
// data problems (a button that opens the diagnostics panel).
#include <algorithm>
#include <string>

#include "imgui.h"
#include "platform/host.hpp"
#include "ui/app.hpp"
#include "ui/fonts.hpp"
#include "ui/theme.hpp"

namespace vitrine {

namespace {

const char* theme_label(App::ThemeChoice choice) {
    switch (choice) {
        case App::ThemeChoice::light: return "Theme: light";
        case App::ThemeChoice::dark: return "Theme: dark";
        case App::ThemeChoice::system: break;
    }
    return "Theme: system";
}

App::ThemeChoice next_theme(App::ThemeChoice choice) {
    switch (choice) {
        case App::ThemeChoice::system: return App::ThemeChoice::light;
        case App::ThemeChoice::light: return App::ThemeChoice::dark;
        case App::ThemeChoice::dark: break;
    }
    return App::ThemeChoice::system;
}

}  // namespace

void App::draw_header() {
    ImGui::PushFont(fonts().bold, kBaseFontSize * 1.2f);
    ImGui::PushStyleColor(ImGuiCol_Text, palette().accent);
    ImGui::TextUnformatted("Vitrine");
    ImGui::PopStyleColor();
    ImGui::PopFont();
    if (loaded_) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("%zu %s", catalogue_.products.size(), catalogue_.products.size() == 1 ? "product" : "products");
    }

    std::size_t problems = 0;
    for (const Diagnostic& d : catalogue_.diagnostics) problems += d.severity == Severity::note ? 0 : 1;
    const std::string problems_label = std::to_string(problems) + (problems == 1 ? " data problem" : " data problems");
    const char* open_label = "Open catalogue…";
    const ImGuiStyle& style = ImGui::GetStyle();
    const auto button_width = [&](const char* label) { return ImGui::CalcTextSize(label).x + style.FramePadding.x * 2; };
    float right = button_width(open_label) + style.ItemSpacing.x + button_width(theme_label(theme_choice_));
    if (problems > 0) right += style.ItemSpacing.x + button_width(problems_label.c_str());
    ImGui::SameLine();
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - right, ImGui::GetCursorPosX() + 20));

    if (ImGui::Button(open_label)) host::pick_catalogue_files();
    ImGui::SetItemTooltip("A catalogue (.json) or product pages (.md); you can also drop files on the viewer");
    ImGui::SameLine();
    if (ImGui::Button(theme_label(theme_choice_))) set_theme(next_theme(theme_choice_));
    mark("theme");
    if (problems > 0) {
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, palette().out_of_stock);
        if (ImGui::Button(problems_label.c_str())) show_diagnostics_ = !show_diagnostics_;
        ImGui::PopStyleColor();
        mark("problems");
    }
    ImGui::Separator();
}

}  // namespace vitrine
