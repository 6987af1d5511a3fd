// The bar above every view: the name, what is loaded, opening a catalogue, the theme, and the
// data problems (a button that opens the diagnostics panel).
#include <algorithm>
#include <string>

#include "imgui.h"
#include "platform/host.hpp"
#include "ui/app.hpp"
#include "ui/fonts.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace vitrine {

namespace {

// Below this width (a phone, a zoomed-in window) the bar uses short labels, so all its buttons fit.
constexpr float kShortLabelsWidth = 600.0f;

const char* theme_label(App::ThemeChoice choice, bool short_label) {
    switch (choice) {
        case App::ThemeChoice::light: return short_label ? "Light" : "Theme: light";
        case App::ThemeChoice::dark: return short_label ? "Dark" : "Theme: dark";
        case App::ThemeChoice::system: break;
    }
    return short_label ? "Auto" : "Theme: auto";  // follows the page (embedded) or the system
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
    const bool short_labels = ImGui::GetContentRegionAvail().x < kShortLabelsWidth;
    ImGui::PushFont(fonts().bold, kBaseFontSize * 1.2f);
    ImGui::PushStyleColor(ImGuiCol_Text, palette().accent);
    ImGui::TextUnformatted("Vitrine");
    ImGui::PopStyleColor();
    ImGui::PopFont();
    if (loaded_ && !short_labels) {
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("%s", count_label(catalogue_.products.size(), "product", "products").c_str());
    }

    std::size_t problems = 0;
    for (const Diagnostic& d : catalogue_.diagnostics) problems += d.severity == Severity::note ? 0 : 1;
    const std::string problems_text = count_label(problems, "data problem", "data problems");
    const std::string problems_label = short_labels ? "⚠ " + std::to_string(problems) : problems_text;
    const char* open_label = short_labels ? "Open…" : "Open catalogue…";
    const char* theme = theme_label(theme_choice_, short_labels);
    const ImGuiStyle& style = ImGui::GetStyle();
    float right = button_width(open_label) + style.ItemSpacing.x + button_width(theme);
    if (problems > 0) right += style.ItemSpacing.x + button_width(problems_label.c_str());
    ImGui::SameLine();
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - right, ImGui::GetCursorPosX() + 20));

    if (ImGui::Button(open_label)) host::pick_catalogue_files();
    ImGui::SetItemTooltip("A catalogue (.json) or product pages (.md); you can also drop files on the viewer");
    ImGui::SameLine();
    if (ImGui::Button(theme)) set_theme(next_theme(theme_choice_));
    mark("theme");
    if (problems > 0) {
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, palette().out_of_stock);
        if (ImGui::Button(problems_label.c_str())) show_diagnostics_ = !show_diagnostics_;
        ImGui::PopStyleColor();
        if (short_labels) ImGui::SetItemTooltip("%s", problems_text.c_str());
        mark("problems");
    }
    ImGui::Separator();
}

}  // namespace vitrine
