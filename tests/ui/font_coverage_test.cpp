// A shopper never sees a missing-glyph box where a title, a review or a price should be: every
// character of the bundled catalogue has a glyph in the fonts the viewer ships, in both faces.
#include <catch2/catch_test_macros.hpp>
#include <cstdio>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/catalogue.hpp"
#include "imgui.h"
#include "imgui_internal.h"
#include "test_files.hpp"
#include "ui/fonts.hpp"
#include "ui/headless_ui.hpp"

namespace {

// The characters of `text` that `font` has no glyph for, as "U+XXXX" names.
std::set<std::string> characters_without_glyph(ImFont* font, const std::string& text) {
    std::set<std::string> missing;
    const char* at = text.c_str();
    const char* end = at + text.size();
    while (at < end) {
        unsigned int code = 0;
        const int length = ImTextCharFromUtf8(&code, at, end);
        at += length;
        if (code < 0x20) continue;
        // A build whose characters stop at U+FFFF reads a 4-byte one as U+FFFD, which the fonts have.
        const bool replaced = length == 4 && code == IM_UNICODE_CODEPOINT_INVALID;
        if (replaced || code > IM_UNICODE_CODEPOINT_MAX || !font->IsGlyphInFont(static_cast<ImWchar>(code))) {
            char name[16];
            std::snprintf(name, sizeof name, "U+%04X", code);
            missing.insert(name);
        }
    }
    return missing;
}

}  // namespace

TEST_CASE("every character of the bundled catalogue has a glyph in the shipped fonts") {
    vitrine::testing::HeadlessUi ui;
    const vitrine::Catalogue catalogue = vitrine::load_catalogue_paths({vitrine::testing::source_path("assets/catalogue").string()});
    REQUIRE(catalogue.products.size() >= 90);
    const std::string text = vitrine::write_catalogue_json(catalogue.products);
    CHECK(characters_without_glyph(vitrine::fonts().regular, text) == std::set<std::string>{});
    CHECK(characters_without_glyph(vitrine::fonts().bold, text) == std::set<std::string>{});
}

TEST_CASE("the fallback fonts a catalogue asks for cover every character of it") {
    const vitrine::Catalogue catalogue = vitrine::load_catalogue_paths({vitrine::testing::source_path("assets/catalogue").string()});
    const std::string text = vitrine::write_catalogue_json(catalogue.products);
    const std::vector<std::string> needed = vitrine::fallback_fonts_for(text);
    // The demo sells from Chinese, Japanese, Korean, Gulf, Israeli, Indian and Thai stores.
    CHECK(needed == std::vector<std::string>{"cjk", "hangul", "arabic", "hebrew", "devanagari", "thai"});
    vitrine::testing::HeadlessUi ui(vitrine::testing::shipped_fonts(needed));
    CHECK(characters_without_glyph(vitrine::fonts().regular, text) == std::set<std::string>{});
    CHECK(characters_without_glyph(vitrine::fonts().bold, text) == std::set<std::string>{});
}

TEST_CASE("a catalogue in Latin, Greek and Cyrillic with the usual symbols needs no fallback font") {
    CHECK(vitrine::fallback_fonts_for(R"({"title":"Kettle £42.50 € ₹ ★★★★☆ — Ελληνικά, Русский, crème"})").empty());
    CHECK(vitrine::fallback_fonts_for("東京 tower") == std::vector<std::string>{"cjk"});
    CHECK(vitrine::fallback_fonts_for("Սուրճ ☕ שלום") == std::vector<std::string>{"hebrew", "armenian"});
    CHECK(vitrine::fallback_fonts_for("Ŀ ∰ ⟁") == std::vector<std::string>{"dejavu"});  // beyond the first-paint blocks: the whole font
    CHECK(vitrine::fallback_fonts_for(R"({"title":"\uD55C\uAD6D"})") == std::vector<std::string>{"hangul"});  // 한국, escaped
    CHECK(vitrine::fallback_fonts_for(R"({"title":"\ud840\udc0b"})") == std::vector<std::string>{"cjk"});   // U+2000B, a pair
}

TEST_CASE("a fallback font that arrives after the first frames gives glyphs to text drawn before") {
    vitrine::testing::HeadlessUi ui(vitrine::testing::shipped_fonts({"none"}));
    vitrine::App app;
    ui.frame(app, 2);
    CHECK(characters_without_glyph(vitrine::fonts().regular, "東京") == std::set<std::string>{"U+4EAC", "U+6771"});
    const vitrine::FontFiles all = vitrine::testing::shipped_fonts({"cjk"});
    REQUIRE(all.fallbacks.size() == 1);
    vitrine::add_fallback_font(all.fallbacks.front());
    ui.frame(app, 2);
    CHECK(characters_without_glyph(vitrine::fonts().regular, "東京") == std::set<std::string>{});
    CHECK(characters_without_glyph(vitrine::fonts().bold, "東京") == std::set<std::string>{});
}

// A shop in the Gulf, Israel, India, South-East Asia, the Caucasus or Ethiopia, and emoji in titles.
TEST_CASE("every script a global shop sells in has a glyph for each of its characters, from the font its text asks for") {
    const std::vector<std::pair<std::string, std::string>> samples = {
        {"arabic", "سماعات لاسلكية بإلغاء الضوضاء ٢٩٩ د.إ ر.س ﷼"},
        {"hebrew", "אוזניות אלחוטיות עם ביטול רעשים"},
        {"devanagari", "वायरलेस हेडफ़ोन, शोर रद्द करने वाले"},
        {"bengali", "ওয়্যারলেস হেডফোন"},
        {"tamil", "கம்பியில்லா ஹெட்ஃபோன்"},
        {"thai", "หูฟังไร้สายตัดเสียงรบกวน ฿"},
        {"lao", "ຫູຟັງໄຮ້ສາຍ"},
        {"khmer", "កាសឥតខ្សែ"},
        {"georgian", "უსადენო ყურსასმენი"},
        {"armenian", "Անլար ականջակալներ"},
        {"ethiopic", "ገመድ አልባ የጆሮ ማዳመጫ"},
        {"emoji", "🎧 😀 🚀 🛒 🍵 ⭐"},  // Symbola: the emoji of Unicode 10; 🧁 (11) and 🪴 (13) have no glyph yet
    };
    for (const auto& [font, text] : samples) {
        INFO(font << ": " << text);
        const std::vector<std::string> needed = vitrine::fallback_fonts_for(text);
        CHECK(needed == std::vector<std::string>{font});
        vitrine::testing::HeadlessUi ui(vitrine::testing::shipped_fonts(needed));
        CHECK(characters_without_glyph(vitrine::fonts().regular, text) == std::set<std::string>{});
        CHECK(characters_without_glyph(vitrine::fonts().bold, text) == std::set<std::string>{});
    }
}
