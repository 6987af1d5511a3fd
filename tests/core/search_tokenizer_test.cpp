// The words search sees: folded case and accents, codes by parts and runs of parts, CJK in pieces.
#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "core/search/query_words.hpp"
#include "core/search/tokenizer.hpp"

using namespace vitrine;

namespace {

std::vector<std::string> words(std::string_view text) {
    std::vector<std::string> out;
    for (const Token& t : tokenize(text)) out.push_back(t.text);
    return out;
}

}  // namespace

TEST_CASE("case and diacritics fold in Latin, Greek and Cyrillic") {
    CHECK(fold("Crème BRÛLÉE") == "creme brulee");
    CHECK(fold("Gartenschere GROSSE Straße") == "gartenschere grosse strasse");
    CHECK(fold("ЁЛКА ёлка") == "елка елка");
    CHECK(fold("Η Οδύσσεια") == "η οδυσσεια");
    CHECK(fold("ΟΔΥΣΣΕΙΑ") == "οδυσσεια");  // final sigma and capital sigma fold alike
    CHECK(fold("e\xcc\x81t\xc3\xa9") == "ete");  // a combining accent and a precomposed one
}

TEST_CASE("a word with spacing vowel signs (Devanagari) stays one word") {
    CHECK(words("भारत संस्करण").size() == 2);
}

TEST_CASE("codes are searchable whole, by their parts and by runs of their parts") {
    CHECK(words("USB-C") == std::vector<std::string>{"usb", "c", "usbc"});
    CHECK(words("978-1492052203") == std::vector<std::string>{"978", "1492052203", "9781492052203"});
    CHECK(words("X200, v1.2") == std::vector<std::string>{"x200", "v1", "2", "v12"});
    CHECK(words("USB-C/Lightning") == std::vector<std::string>{"usb", "c", "usbc", "lightning", "clightning", "usbclightning"});
    const std::vector<std::string> url = words("https://example.com/manuals/kettle-k200-user-guide.pdf");
    CHECK(std::find(url.begin(), url.end(), "examplecom") != url.end());
    CHECK(std::find(url.begin(), url.end(), "k200") != url.end());
    CHECK(std::all_of(url.begin(), url.end(), [](const std::string& w) { return w.size() <= kMaxJoinedChars; }));
    CHECK(words("well - known") == std::vector<std::string>{"well", "known"});  // a dash between spaces separates
    CHECK(words("end-") == std::vector<std::string>{"end"});
}

TEST_CASE("CJK text gives single characters and pairs, with byte ranges into the original") {
    const std::vector<Token> tokens = tokenize("富士山 Fuji");
    REQUIRE(tokens.size() == 6);
    CHECK(tokens[0].text == "富");
    CHECK(tokens[1].text == "富士");
    CHECK(tokens[2].text == "士");
    CHECK(tokens[3].text == "士山");
    CHECK(tokens[5].text == "fuji");
    CHECK(tokens[5].begin == 10);
    CHECK(tokens[5].end == 14);
}

TEST_CASE("queries are cut at 256 bytes on a character boundary and invalid bytes separate words") {
    const QueryWords long_query = query_words(std::string(255, 'a') + "é");  // é would end at byte 257
    REQUIRE(long_query.words.size() == 1);
    CHECK(long_query.words[0].size() == 255);
    const QueryWords broken = query_words("ket\xfftle\xe2\x82");
    CHECK(broken.words == std::vector<std::string>{"ket", "tle"});
    CHECK_FALSE(broken.last_is_prefix);
    CHECK(query_words("kett").last_is_prefix);
    CHECK_FALSE(query_words("kettle ").last_is_prefix);
    CHECK(query_words("!!! ...").words.empty());
    const QueryWords code_being_typed = query_words("usb-ca");
    CHECK(code_being_typed.words == std::vector<std::string>{"usb", "usbca"});
    CHECK(code_being_typed.last_is_prefix);
    CHECK(query_words("usb-c ").words == std::vector<std::string>{"usb", "c", "usbc"});
    CHECK(query_words("東京").words == std::vector<std::string>{"東", "東京", "京"});  // the pair is kept
}

TEST_CASE("edit distance counts a transposition as one edit, in code points") {
    CHECK(edit_distance("kettle", "kettle", 2) == 0);
    CHECK(edit_distance("ketlte", "kettle", 2) == 1);
    CHECK(edit_distance("kettel", "kettle", 2) == 1);
    CHECK(edit_distance("οδυσεια", "οδυσσεια", 2) == 1);
    CHECK(edit_distance("headphones", "hedphnes", 2) == 2);
    CHECK(edit_distance("abcdef", "uvwxyz", 2) == 3);  // gives up past the limit
}

TEST_CASE("a typo is allowed from 4 characters, two from 8") {
    CHECK(allowed_typos("kit") == 0);
    CHECK(allowed_typos("kite") == 1);
    CHECK(allowed_typos("ёлка") == 1);  // characters, not bytes
    CHECK(allowed_typos("wireless") == 2);
    CHECK(allowed_typos(std::string(kMaxTypoWordChars + 1, 'x')) == 0);  // URLs and joined codes match as typed
}

TEST_CASE("Arabic folds its letter variants and drops harakat and tatweel") {
    CHECK(fold("أحمد") == fold("احمد"));        // alef with hamza above
    CHECK(fold("إسلام") == fold("اسلام"));      // alef with hamza below
    CHECK(fold("آلة") == fold("الة"));          // alef with madda
    CHECK(fold("ٱلكتاب") == fold("الكتاب"));    // alef wasla
    CHECK(fold("مستشفى") == fold("مستشفي"));    // alef maksura and yeh
    CHECK(fold("قهوة") == fold("قهوه"));        // teh marbuta and heh
    CHECK(fold("مؤتمر") == fold("موتمر"));      // waw with hamza
    CHECK(fold("مسائل") == fold("مسايل"));      // yeh with hamza
    CHECK(fold("كِتَابٌ") == fold("كتاب"));       // harakat
    CHECK(fold("هٰذا") == fold("هذا"));          // superscript alef
    CHECK(fold("كـــتاب") == "كتاب");           // tatweel stretches one word, it does not split it
}

TEST_CASE("Hebrew niqqud and cantillation and the Devanagari nukta fold away") {
    CHECK(fold("שָׁלוֹם") == fold("שלום"));
    CHECK(fold("בְּרֵאשִׁ֖ית") == fold("בראשית"));  // with a cantillation mark
    CHECK(fold("שׁ") == fold("ש"));              // a precomposed presentation form (U+FB2A)
    CHECK(fold("क़िला") == fold("किला"));          // क़ written as one character (U+0958)
    CHECK(fold("क़िला") == fold("किला"));         // and as क + nukta
    CHECK(fold("ज़रूर") == fold("जरूर"));
}

TEST_CASE("Thai, Lao and Khmer give letter pairs, across their vowel and tone marks") {
    const std::vector<std::string> thai = words("กาแฟ");  // coffee: no spaces between words
    CHECK(thai == std::vector<std::string>{"ก", "กา", "า", "าแ", "แ", "แฟ", "ฟ"});
    const std::vector<std::string> marked = words("น้ำ");  // water: น, a tone mark, ำ
    CHECK(std::find(marked.begin(), marked.end(), "นำ") != marked.end());
    CHECK(words("ກາເຟ").size() == 7);                       // Lao
    const std::vector<std::string> khmer = words("កាហ្វេ");  // Khmer, with spacing vowel signs
    CHECK(std::find(khmer.begin(), khmer.end(), "កហ") != khmer.end());
    CHECK(words("ราคา ๑๒๓") .back() == "๑๒๓");              // Thai digits stay a word
}
