// Every colour text is drawn in reads against the backgrounds it is drawn on, in both themes:
// at least 4.5:1 (WCAG 2.1 AA for text), and the keyboard's focus ring at least 3:1.
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <cmath>
#include <string>

#include "headless_ui.hpp"
#include "ui/theme.hpp"

namespace {

double channel(float c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); }
double luminance(const ImVec4& c) { return 0.2126 * channel(c.x) + 0.7152 * channel(c.y) + 0.0722 * channel(c.z); }

double contrast(const ImVec4& a, const ImVec4& b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

ImVec4 colour(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

}  // namespace

TEST_CASE("text colours read against their backgrounds in both themes") {
    const auto theme = GENERATE(vitrine::Theme::light, vitrine::Theme::dark);
    vitrine::testing::HeadlessUi ui;
    vitrine::apply_theme(theme);
    const ImGuiStyle& style = ImGui::GetStyle();
    const vitrine::Palette& p = vitrine::palette();
    const std::pair<const char*, ImVec4> texts[] = {
        {"text", style.Colors[ImGuiCol_Text]},         {"secondary text", style.Colors[ImGuiCol_TextDisabled]},
        {"muted", colour(p.muted)},                    {"accent (prices, links)", colour(p.accent)},
        {"in stock", colour(p.in_stock)},              {"out of stock", colour(p.out_of_stock)},
        {"link", style.Colors[ImGuiCol_TextLink]},
    };
    const std::pair<const char*, ImVec4> backgrounds[] = {
        {"window", style.Colors[ImGuiCol_WindowBg]},
        {"panel", style.Colors[ImGuiCol_ChildBg]},
    };
    for (const auto& [text_name, text] : texts) {
        for (const auto& [background_name, background] : backgrounds) {
            INFO((theme == vitrine::Theme::dark ? "dark: " : "light: ") << text_name << " on " << background_name << ": "
                                                                         << contrast(text, background) << ":1");
            CHECK(contrast(text, background) >= 4.5);
        }
    }
    for (const auto& [background_name, background] : backgrounds) {
        INFO("focus ring on " << background_name << ": " << contrast(style.Colors[ImGuiCol_NavCursor], background) << ":1");
        CHECK(contrast(style.Colors[ImGuiCol_NavCursor], background) >= 3.0);
    }
}
