// Soft breaks for the selectable description: shown wrapped, copied as it was.
#include <catch2/catch_test_macros.hpp>

#include <algorithm>

#include "core/utf8.hpp"
#include "ui/soft_wrap.hpp"

using vitrine::soft_wrap;
using vitrine::SoftWrapped;

namespace {

// Every character one unit wide; a row ends after the last word that fits, or inside a word
// longer than a row, as ImFont::CalcWordWrapPosition does.
std::size_t fit_monospace(std::string_view line, float width) {
    std::size_t last_word_end = 0;
    float used = 0;
    bool in_word = false;
    for (std::size_t i = 0; i < line.size();) {
        const std::size_t length = std::max<std::size_t>(1, vitrine::utf8_sequence_length(line, i));
        const bool blank = line[i] == ' ';
        if (blank && in_word) last_word_end = i;
        in_word = !blank;
        if (!blank && used + 1 > width) return last_word_end > 0 ? last_word_end : i;
        used += 1;
        i += length;
    }
    return line.size();
}

SoftWrapped wrap(std::string_view text, float width) { return soft_wrap(text, width, fit_monospace); }

}  // namespace

TEST_CASE("rows that end at a space: the space becomes the break and every byte stays in place") {
    const std::string text = "the quick brown fox jumps over the lazy dog";
    const SoftWrapped wrapped = wrap(text, 10);
    CHECK(wrapped.buffer == "the quick\nbrown fox\njumps over\nthe lazy\ndog");
    CHECK(wrapped.inserted.empty());
    CHECK(wrapped.rows == 5);
    REQUIRE(wrapped.buffer.size() == text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        CHECK((wrapped.buffer[i] == text[i] || (wrapped.buffer[i] == '\n' && text[i] == ' ')));
        CHECK(wrapped.original_offset(i) == i);
    }
}

TEST_CASE("several spaces between words: the next row starts with the word, and copying keeps the spaces") {
    const std::string text = "aaaa    bbbb";
    const SoftWrapped wrapped = wrap(text, 6);
    CHECK(wrapped.buffer == "aaaa   \nbbbb");
    CHECK(wrapped.original(text, 2, wrapped.buffer.size()) == "aa    bbbb");
}

TEST_CASE("a word longer than a row is cut, and the inserted breaks are not in the copied text") {
    const std::string text = "abcdefghijklmnop";
    const SoftWrapped wrapped = wrap(text, 5);
    CHECK(wrapped.buffer == "abcde\nfghij\nklmno\np");
    CHECK(wrapped.inserted == std::vector<std::size_t>{5, 11, 17});
    CHECK(wrapped.rows == 4);
    CHECK(wrapped.original(text, 0, wrapped.buffer.size()) == text);
    CHECK(wrapped.original(text, 3, 8) == "defg");    // "de\nfg" on screen
    CHECK(wrapped.original(text, 5, 6) == "");        // the inserted break alone
    CHECK(wrapped.original(text, 6, 11) == "fghij");  // a whole row after a break
}

TEST_CASE("CJK text without spaces breaks between characters and maps back to the original bytes") {
    const std::string text = "日本語のテキストを折り返します";  // 15 characters, 3 bytes each
    const SoftWrapped wrapped = wrap(text, 4);
    CHECK(wrapped.rows == 4);
    CHECK(wrapped.buffer == "日本語の\nテキスト\nを折り返\nします");
    REQUIRE(wrapped.inserted.size() == 3);
    // A selection from the middle of the first row to the middle of the second.
    const std::size_t begin = wrapped.buffer.find("語");
    const std::size_t end = wrapped.buffer.find("スト");
    CHECK(wrapped.original(text, begin, end) == "語のテキ");
    CHECK(wrapped.original(text, 0, wrapped.buffer.size()) == text);
}

TEST_CASE("copying a selection across a soft wrap gives the original text, with its space") {
    const std::string text = "Stainless steel kettle, 1.7 litres, boils in three minutes";
    const SoftWrapped wrapped = wrap(text, 20);
    REQUIRE(wrapped.rows > 2);
    const std::size_t first_break = wrapped.buffer.find('\n');
    const std::string_view copied = wrapped.original(text, first_break - 4, first_break + 5);
    CHECK(copied.find('\n') == std::string_view::npos);
    CHECK(copied == text.substr(first_break - 4, 9));
    CHECK(wrapped.original(text, 0, wrapped.buffer.size()) == text);
}

TEST_CASE("the text's own line breaks stay, start a fresh row, and are copied") {
    const std::string text = "first paragraph here\nsecond one\n\nlast";
    const SoftWrapped wrapped = wrap(text, 12);
    CHECK(wrapped.buffer == "first\nparagraph\nhere\nsecond one\n\nlast");
    CHECK(wrapped.inserted.empty());
    CHECK(wrapped.rows == 6);
    CHECK(wrapped.original(text, 0, wrapped.buffer.size()) == text);
}

TEST_CASE("a mixed text: words, a long word and CJK, copied whole, is the original") {
    const std::string text = "Model  XR-2000 https://example.com/a/very/long/address/without/spaces 取扱説明書を参照してください end ";
    for (const float width : {3.0f, 7.0f, 16.0f, 40.0f, 200.0f}) {
        const SoftWrapped wrapped = wrap(text, width);
        CHECK(wrapped.original(text, 0, wrapped.buffer.size()) == text);
        CHECK(wrapped.buffer.size() == text.size() + wrapped.inserted.size());
    }
}

TEST_CASE("an empty text is one empty row; a row that fits nothing still holds one character") {
    const SoftWrapped empty = wrap("", 10);
    CHECK(empty.buffer.empty());
    CHECK(empty.rows == 1);
    const SoftWrapped narrow = soft_wrap("abc", 1, [](std::string_view, float) { return std::size_t{0}; });
    CHECK(narrow.buffer == "a\nb\nc");
    CHECK(narrow.original("abc", 0, narrow.buffer.size()) == "abc");
}
