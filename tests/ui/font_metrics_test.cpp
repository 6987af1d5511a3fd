// Letters of every script stand as tall as the Latin beside them, whatever line height their
// font was made with (Noto Sans Arabic's line is 2.1 em for its stacked marks, DejaVu's 1.16).
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <string>

#include "imgui.h"
#include "ui/fonts.hpp"
#include "ui/headless_ui.hpp"

namespace {

float glyph_height(ImFont* font, unsigned int code) {
    const ImFontGlyph* glyph = font->GetFontBaked(vitrine::kBaseFontSize)->FindGlyph(static_cast<ImWchar>(code));
    return glyph == nullptr ? 0.0f : glyph->Y1 - glyph->Y0;
}

}  // namespace

TEST_CASE("a tall letter of another script is about as tall as the Latin l it stands beside") {
    const auto [font, letter] = GENERATE(table<std::string, unsigned int>({
        {"arabic", 0x0627},    // ا alef
        {"hebrew", 0x05DC},    // ל lamed
        {"thai", 0x0E1B},      // ป
        {"lao", 0x0E9B},       // ປ
        {"cjk", 0x56FD},       // 国
    }));
    INFO(font);
    vitrine::testing::HeadlessUi ui(vitrine::testing::shipped_fonts({font}));
    const float latin = glyph_height(vitrine::fonts().regular, 'l');
    const float other = glyph_height(vitrine::fonts().regular, letter);
    REQUIRE(latin > 0);
    CHECK(other >= 0.75f * latin);
    CHECK(other <= 1.5f * latin);
}
