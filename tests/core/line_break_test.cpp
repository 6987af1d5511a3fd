// Where long titles, descriptions and reviews may wrap: the rules of UAX #14, each case read off
// the rule it names, not off the implementation.
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "core/line_break.hpp"

using vitrine::line_break_class;
using vitrine::line_break_opportunities;
using vitrine::LineBreakClass;

namespace {

// The text split where a line may break, to read the expectations as text.
std::vector<std::string> pieces(const std::string& text) {
    std::vector<std::string> out;
    std::uint32_t start = 0;
    for (const std::uint32_t at : line_break_opportunities(text)) {
        out.push_back(text.substr(start, at - start));
        start = at;
    }
    out.push_back(text.substr(start));
    return out;
}

using Pieces = std::vector<std::string>;

}  // namespace

TEST_CASE("the classes come from Unicode's LineBreak.txt") {
    CHECK(line_break_class(U'a') == LineBreakClass::AL);
    CHECK(line_break_class(U' ') == LineBreakClass::SP);
    CHECK(line_break_class(U'-') == LineBreakClass::HY);
    CHECK(line_break_class(U'中') == LineBreakClass::ID);
    CHECK(line_break_class(U'ก') == LineBreakClass::SA);
    CHECK(line_break_class(U'א') == LineBreakClass::HL);
    CHECK(line_break_class(0x200B) == LineBreakClass::ZW);
    CHECK(line_break_class(0x00A0) == LineBreakClass::GL);
    CHECK(line_break_class(0x10FFFF) == LineBreakClass::XX);
}

TEST_CASE("a line breaks after spaces, not before them, and never inside a word") {
    CHECK(pieces("Wireless  noise cancelling") == Pieces{"Wireless  ", "noise ", "cancelling"});
    CHECK(pieces("you're") == Pieces{"you're"});
    CHECK(pieces("") == Pieces{""});
}

TEST_CASE("punctuation stays with its word: closing marks, brackets, quotes and no-break spaces") {
    CHECK(pieces("Fast, quiet!") == Pieces{"Fast, ", "quiet!"});                // LB13: × IS, × EX
    CHECK(pieces("(USB-C) cable") == Pieces{"(USB-", "C) ", "cable"});           // LB14 OP ×, LB21 × HY, LB13 × CP
    CHECK(pieces("\"Great\" sound") == Pieces{"\"Great\" ", "sound"});           // LB19
    CHECK(pieces("100\u00A0ml jar") == Pieces{"100\u00A0ml ", "jar"});           // LB12 GL ×
    CHECK(pieces("state-of-the-art") == Pieces{"state-", "of-", "the-", "art"});  // LB21 × HY, then LB31
}

TEST_CASE("numbers keep their currency signs, separators and units") {
    CHECK(pieces("$1,299.00 now") == Pieces{"$1,299.00 ", "now"});  // LB25 PR × NU, NU × IS, IS × NU
    CHECK(pieces("12% off") == Pieces{"12% ", "off"});               // LB25 NU × PO
    CHECK(pieces("A1B2") == Pieces{"A1B2"});                         // LB23 AL × NU, NU × AL
}

TEST_CASE("ideographs, kana and Hangul syllables may break between any two, as in browsers") {
    CHECK(pieces("東京タワー") == Pieces{"東", "京", "タ", "ワー"});  // ー is CJ, resolved to NS: × NS
    CHECK(pieces("한국 제품") == Pieces{"한", "국 ", "제", "품"});     // H2, H3: LB26 holds only a syllable's jamo together
    CHECK(pieces("東京。") == Pieces{"東", "京。"});                  // × CL
}

TEST_CASE("Thai without a dictionary breaks between letters, never between a letter and its marks") {
    // หู: ห then the vowel sign ู (SA, a mark): the shaper keeps clusters, the rule offers both.
    const std::vector<std::uint32_t> breaks = line_break_opportunities("หูฟัง");
    CHECK(!breaks.empty());
    CHECK(pieces("ไทย ok") == Pieces{"ไ", "ท", "ย ", "ok"});
}

TEST_CASE("marks, joiners, flags and skin tones stay on their character") {
    CHECK(pieces("e\u0301 b") == Pieces{"e\u0301 ", "b"});                                    // LB9
    CHECK(pieces("\U0001F44D\U0001F3FD ok") == Pieces{"\U0001F44D\U0001F3FD ", "ok"});         // LB30b EB × EM
    CHECK(pieces("\U0001F1E6\U0001F1EA\U0001F1EE\U0001F1F1") == Pieces{"\U0001F1E6\U0001F1EA", "\U0001F1EE\U0001F1F1"});  // LB30a
    CHECK(pieces("\U0001F469\u200D\U0001F4BB") == Pieces{"\U0001F469\u200D\U0001F4BB"});      // LB8a ZWJ ×
    CHECK(pieces("a\u200Bb") == Pieces{"a\u200B", "b"});                                      // LB8: after a zero-width space
}

TEST_CASE("right-to-left text breaks at its spaces, a number with its unit") {
    CHECK(pieces("عطر 100 مل") == Pieces{"عطر ", "100 ", "مل"});
    CHECK(pieces("אוזניות אלחוטיות") == Pieces{"אוזניות ", "אלחוטיות"});
}
