// What a reader of Arabic, Hebrew, Hindi or Thai sees: letters joined and in reading order,
// conjuncts formed, marks stacked on their letter, numbers left to right inside right-to-left
// text, and lines that wrap inside their width.
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <string>

#include "imgui.h"
#include "ui/fonts.hpp"
#include "ui/headless_ui.hpp"
#include "ui/text_shaper.hpp"

namespace {

using vitrine::ShapedLine;
using vitrine::ShapedParagraph;

// A frame to shape in: the shaper works with the font ImGui has current.
class ShapingFrame {
public:
    explicit ShapingFrame(const std::vector<std::string>& fallbacks) : ui_(vitrine::testing::shipped_fonts(fallbacks)) {
        ImGui::GetIO().DisplaySize = ImVec2(800, 600);
        ImGui::NewFrame();
        ImGui::SetNextWindowSize(ImVec2(800, 600));
        ImGui::Begin("shaping");
    }
    ~ShapingFrame() {
        ImGui::End();
        ImGui::Render();
    }
    ShapingFrame(const ShapingFrame&) = delete;
    ShapingFrame& operator=(const ShapingFrame&) = delete;

private:
    vitrine::testing::HeadlessUi ui_;
};

ShapedLine shape(const std::string& text) { return ShapedParagraph(text).line(0, text.size()); }

std::vector<std::uint32_t> clusters(const ShapedLine& line) {
    std::vector<std::uint32_t> out;
    for (const auto& glyph : line.glyphs) out.push_back(glyph.cluster);
    return out;
}

}  // namespace

TEST_CASE("text in the scripts ImGui cannot draw a character at a time goes to the shaper, and only that") {
    CHECK_FALSE(vitrine::needs_shaping("Wireless headphones, £42.44 — 4.6 ★"));
    CHECK_FALSE(vitrine::needs_shaping("ワイヤレスイヤホン 무선 이어폰 Наушники"));
    CHECK(vitrine::needs_shaping("سماعات لاسلكية"));
    CHECK(vitrine::needs_shaping("אוזניות"));
    CHECK(vitrine::needs_shaping("वायरलेस हेडफ़ोन"));
    CHECK(vitrine::needs_shaping("หูฟังไร้สาย"));
    CHECK(vitrine::needs_shaping("Cafe\xCC\x81"));  // e and a combining acute
}

TEST_CASE("an Arabic word reads from the right with its letters joined") {
    ShapingFrame frame({"arabic"});
    const std::string word = "سماعات";  // six letters, two bytes each
    const ShapedParagraph paragraph(word);
    CHECK(paragraph.right_to_left());
    const ShapedLine line = paragraph.line(0, word.size());
    // Drawn left to right, the glyphs start with the last letter and end with the first.
    REQUIRE(line.glyphs.size() == 6);
    CHECK(clusters(line) == std::vector<std::uint32_t>{10, 8, 6, 4, 2, 0});
    // The first letter takes its initial, joining form, not the one it has standing alone.
    const ShapedLine alone = shape("س");
    REQUIRE(alone.glyphs.size() == 1);
    CHECK(line.glyphs.back().glyph != alone.glyphs.front().glyph);
    CHECK(line.width > 0);
}

TEST_CASE("Hebrew reads from the right") {
    ShapingFrame frame({"hebrew"});
    const ShapedLine line = shape("אוזניות");  // seven letters
    CHECK(clusters(line) == std::vector<std::uint32_t>{12, 10, 8, 6, 4, 2, 0});
}

TEST_CASE("a price in Arabic text keeps its digits in order, on the right where the sentence starts") {
    ShapingFrame frame({"arabic"});
    const std::string price = "299 د.إ";
    const ShapedParagraph paragraph(price);
    CHECK(paragraph.right_to_left());
    const std::vector<std::uint32_t> order = clusters(paragraph.line(0, price.size()));
    REQUIRE(order.size() >= 6);
    // The number reads 2, 9, 9 left to right, at the right end; the currency's letters to its left.
    CHECK(std::vector<std::uint32_t>(order.end() - 3, order.end()) == std::vector<std::uint32_t>{0, 1, 2});
    CHECK(order.front() == price.size() - 2);  // إ, the currency's last letter, leftmost
}

TEST_CASE("a Latin model number inside Arabic stays left to right") {
    ShapingFrame frame({"arabic"});
    const std::string title = "سماعات WH-1000XM4 لاسلكية";
    const std::vector<std::uint32_t> order = clusters(ShapedParagraph(title).line(0, title.size()));
    const std::size_t model = title.find("WH");
    std::vector<std::uint32_t> latin;
    for (const std::uint32_t c : order) {
        if (c >= model && c < model + 10) latin.push_back(c);
    }
    std::vector<std::uint32_t> expected;
    for (std::uint32_t c = 0; c < 10; ++c) expected.push_back(static_cast<std::uint32_t>(model) + c);
    CHECK(latin == expected);
    // and the Arabic word that starts the title is rightmost
    CHECK(order.back() == 0);
}

TEST_CASE("Devanagari letters form their conjuncts, and a vowel sign goes before its consonant") {
    ShapingFrame frame({"devanagari"});
    // क ् ष: three characters, one conjunct glyph (what ImGui drew as three).
    CHECK(shape("क्ष").glyphs.size() == 1);
    // कि: the sign ि is written after क but drawn to its left.
    const ShapedLine ki = shape("कि");
    REQUIRE(ki.glyphs.size() == 2);
    const ShapedLine sign_alone = shape("क");
    CHECK(ki.glyphs.back().glyph == sign_alone.glyphs.front().glyph);  // क is the right one
}

TEST_CASE("Thai marks stack on their letter and take no room of their own") {
    ShapingFrame frame({"thai"});
    const ShapedLine marked = shape("ที่");  // ท with a vowel and a tone mark above it
    const ShapedLine letter = shape("ท");
    CHECK(marked.glyphs.size() == 3);
    CHECK(marked.width == letter.width);
}

TEST_CASE("a long right-to-left paragraph wraps inside its width, a line at a time") {
    ShapingFrame frame({"arabic"});
    std::string text;
    for (int i = 0; i < 30; ++i) text += "سماعات لاسلكية بخاصية إلغاء الضوضاء ";
    const float width = GENERATE(120.0f, 300.0f);
    const ShapedParagraph paragraph(text);
    const std::vector<std::uint32_t> starts = paragraph.wrap(width);
    REQUIRE(starts.size() > 5);
    for (std::size_t k = 0; k < starts.size(); ++k) {
        std::size_t end = k + 1 < starts.size() ? starts[k + 1] : text.size();
        while (end > starts[k] && text[end - 1] == ' ') --end;
        INFO("line " << k);
        CHECK(paragraph.line(starts[k], end).width <= width + 0.5f);
        CHECK(text[starts[k]] != ' ');  // lines break after spaces, not inside words
    }
}

TEST_CASE("Thai, written without spaces, wraps between its letters") {
    ShapingFrame frame({"thai"});
    std::string text;
    for (int i = 0; i < 20; ++i) text += "หูฟังไร้สายตัดเสียงรบกวน";
    const ShapedParagraph paragraph(text);
    const std::vector<std::uint32_t> starts = paragraph.wrap(150);
    REQUIRE(starts.size() > 3);
    for (std::size_t k = 0; k + 1 < starts.size(); ++k) CHECK(paragraph.line(starts[k], starts[k + 1]).width <= 150.5f);
}

TEST_CASE("a shaped line is drawn as one textured quad per inked glyph, from ImGui's atlas") {
    ShapingFrame frame({"arabic"});
    const ShapedLine line = shape("سماعات");
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const int before = draw->VtxBuffer.Size;
    vitrine::draw_shaped_line(draw, line, ImGui::GetCursorScreenPos(), IM_COL32_WHITE);
    CHECK(draw->VtxBuffer.Size - before == 4 * static_cast<int>(line.glyphs.size()));
    // Each quad samples real pixels of the atlas: its UVs are a rectangle, not a point.
    const ImDrawVert& first = draw->VtxBuffer[before];
    const ImDrawVert& third = draw->VtxBuffer[before + 2];
    CHECK(first.uv.x != third.uv.x);
    CHECK(first.uv.y != third.uv.y);
}

TEST_CASE("the caret in Arabic text starts at the right and steps leftwards; in a Latin model number inside it, rightwards") {
    ShapingFrame frame({"arabic"});
    const std::string word = "سماعات";  // six letters, two bytes each
    const ShapedLine line = shape(word);
    REQUIRE(line.width > 0);
    CHECK(vitrine::caret_x(line, 0, word.size()) == line.width);  // before the first letter: the right edge
    CHECK(vitrine::caret_x(line, word.size(), word.size()) == 0);  // after the last: the left edge
    CHECK(vitrine::caret_x(line, 2, word.size()) < line.width);
    CHECK(vitrine::caret_x(line, 4, word.size()) < vitrine::caret_x(line, 2, word.size()));
    CHECK(vitrine::caret_x(line, 3, word.size()) == vitrine::caret_x(line, 2, word.size()));  // inside a letter: at its start
    CHECK(vitrine::offset_at(line, line.width + 5, word.size()) == 0);
    CHECK(vitrine::offset_at(line, -5, word.size()) == word.size());

    const std::string mixed = "سماعات WH-1000";
    const ShapedLine both = shape(mixed);
    const std::size_t model = mixed.find('W');
    // The model number sits at the left end of the right-to-left line and reads from its own left.
    CHECK(vitrine::caret_x(both, model, mixed.size()) < vitrine::caret_x(both, model + 1, mixed.size()));
    CHECK(vitrine::caret_x(both, model, mixed.size()) < vitrine::caret_x(both, 0, mixed.size()));
    CHECK(vitrine::offset_at(both, vitrine::caret_x(both, model + 3, mixed.size()), mixed.size()) == model + 3);
}
