#include "core/search/tokenizer.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>

#include "core/utf8.hpp"

namespace vitrine {

namespace {

constexpr auto kFoldOptions = static_cast<utf8proc_option_t>(UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_DECOMPOSE);

bool is_cjk(utf8proc_int32_t c) {
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
           (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FA1F);
}

// Thai, Lao and Khmer, like Chinese and Japanese, put no spaces between words, and finding the
// words would take a dictionary: their letters and letter pairs are the terms, as for CJK, so a
// query finds any run of letters a title holds. Digits of these scripts stay words.
bool is_unspaced_letter(utf8proc_int32_t c) {
    return is_cjk(c) || (c >= 0x0E01 && c <= 0x0E4F) || (c >= 0x0E81 && c <= 0x0ECF) || (c >= 0x1780 && c <= 0x17DD);
}

bool is_mark(utf8proc_category_t category) {
    return category == UTF8PROC_CATEGORY_MN || category == UTF8PROC_CATEGORY_MC || category == UTF8PROC_CATEGORY_ME;
}

// The Arabic letters that people write interchangeably, as the one a search types: alef wasla
// as alef (the hamza forms أ إ آ ؤ ئ lose their hamza in decomposition), alef maksura as yeh
// (Egyptian writing uses ى for final ي), teh marbuta as heh (the two look alike at a word's end
// and are typed for each other; the words they would confuse are few).
utf8proc_int32_t arabic_folded(utf8proc_int32_t c) {
    switch (c) {
        case 0x0671: return 0x0627;
        case 0x0649: return 0x064A;
        case 0x0629: return 0x0647;
        default: return c;
    }
}

// Tatweel (U+0640) stretches a word for justification: a letter of no word.
constexpr utf8proc_int32_t kTatweel = 0x0640;

bool is_word_character(utf8proc_int32_t c) {
    switch (utf8proc_category(c)) {
        case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
        case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_ND:
        case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
        case UTF8PROC_CATEGORY_MC:  // a vowel sign inside a Devanagari or Tamil word; folding strips it
            return true;
        default:
            return false;
    }
}

// Characters that join the parts of a code ("USB-C", "978-1492052203", "v1.2", "N/A").
bool is_joiner(utf8proc_int32_t c) { return c == '-' || c == '.' || c == '/' || c == '_' || c == '\''; }

void append_utf8(std::string& out, utf8proc_int32_t c) {
    utf8proc_uint8_t buffer[4];
    const auto length = utf8proc_encode_char(c, buffer);
    out.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(length));
}

// Appends the folded form of one code point: lower case, accents gone, ß as ss.
void append_folded(std::string& out, utf8proc_int32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        return;
    }
    c = arabic_folded(c);
    std::array<utf8proc_int32_t, 8> folded{};
    int last_boundclass = 0;
    const auto count = utf8proc_decompose_char(c, folded.data(), folded.size(), kFoldOptions, &last_boundclass);
    if (count < 0 || static_cast<std::size_t>(count) > folded.size()) {
        append_utf8(out, c);
        return;
    }
    for (utf8proc_ssize_t i = 0; i < count; ++i) append_utf8(out, folded[static_cast<std::size_t>(i)]);
}

struct Decoded {
    utf8proc_int32_t code;
    std::size_t begin;
    std::size_t end;
};

std::vector<Decoded> decode(std::string_view text) {
    std::vector<Decoded> out;
    out.reserve(text.size());
    std::size_t i = 0;
    const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    while (i < text.size()) {
        utf8proc_int32_t c = 0;
        auto length = utf8proc_iterate(bytes + i, static_cast<utf8proc_ssize_t>(text.size() - i), &c);
        if (length <= 0) {  // invalid UTF-8: skip the byte, it separates words
            c = ' ';
            length = 1;
        }
        out.push_back({c, i, i + static_cast<std::size_t>(length)});
        i += static_cast<std::size_t>(length);
    }
    return out;
}

class TokenWriter {
public:
    explicit TokenWriter(std::vector<Token>& out) : out_(out) {}

    void add_to_part(const Decoded& d) {
        if (part_.text.empty()) part_.begin = d.begin;
        append_folded(part_.text, d.code);
        part_.end = d.end;
    }
    // A part, then every run of parts ending with it, joined ("usb-c/lightning" gives usbc when
    // "c" ends and clightning, usbclightning when "lightning" does): a code typed in full is found
    // inside a longer one. Runs stop at kMaxJoinedChars and kMaxJoinedParts, so a URL adds a few
    // terms per part.
    void end_part() {
        if (part_.text.empty()) return;
        parts_.push_back(part_);
        out_.push_back(std::move(part_));
        part_ = Token{};
        std::string joined = parts_.back().text;
        std::size_t characters = utf8_length(joined);
        const std::size_t last = parts_.size() - 1;
        for (std::size_t first = last; first-- > 0 && last - first < kMaxJoinedParts;) {
            joined.insert(0, parts_[first].text);
            characters += utf8_length(parts_[first].text);
            if (characters > kMaxJoinedChars) break;
            out_.push_back(Token{joined, parts_[first].begin, parts_.back().end, true});
        }
    }
    void end_word() {
        end_part();
        // The whole code, when short enough to be a run, is a word as written: "heavyduty" for
        // "heavy-duty" forgives a typo like any word does.
        if (parts_.size() > 1 && out_.back().begin == parts_.front().begin) out_.back().joined = false;
        parts_.clear();
    }
    void add_cjk(const Decoded& d, const Decoded* previous_cjk) {
        end_word();
        Token single{"", d.begin, d.end};
        append_utf8(single.text, d.code);
        if (previous_cjk != nullptr) {
            Token pair{"", previous_cjk->begin, d.end};
            append_utf8(pair.text, previous_cjk->code);
            append_utf8(pair.text, d.code);
            out_.push_back(std::move(pair));
        }
        out_.push_back(std::move(single));
    }

private:
    std::vector<Token>& out_;
    Token part_;
    std::vector<Token> parts_;  // of the code being read
};

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
    std::vector<Token> tokens;
    const std::vector<Decoded> chars = decode(text);
    TokenWriter writer(tokens);
    const Decoded* previous_cjk = nullptr;
    for (std::size_t i = 0; i < chars.size(); ++i) {
        const Decoded& d = chars[i];
        const auto category = d.code < 0x80 ? UTF8PROC_CATEGORY_CN : utf8proc_category(d.code);
        if (is_unspaced_letter(d.code) && !is_mark(category)) {
            writer.add_cjk(d, previous_cjk);
            previous_cjk = &d;
            continue;
        }
        // Accents, harakat, niqqud, the nukta, Thai tone marks: a query need not type them. Inside
        // a Thai or Khmer run even a spacing vowel sign is left out, and the letter pairs go on
        // across it.
        if (category == UTF8PROC_CATEGORY_MN || category == UTF8PROC_CATEGORY_ME || d.code == kTatweel) continue;
        if (category == UTF8PROC_CATEGORY_MC && previous_cjk != nullptr) continue;
        previous_cjk = nullptr;
        if ((d.code < 0x80 && std::isalnum(static_cast<unsigned char>(d.code))) || (d.code >= 0x80 && is_word_character(d.code))) {
            writer.add_to_part(d);
        } else if (is_joiner(d.code) && i + 1 < chars.size() && i > 0 &&
                   (chars[i + 1].code < 0x80 ? std::isalnum(static_cast<unsigned char>(chars[i + 1].code)) != 0 : is_word_character(chars[i + 1].code))) {
            writer.end_part();
        } else {
            writer.end_word();
        }
    }
    writer.end_word();
    return tokens;
}

std::string fold(std::string_view text) {
    std::string out;
    for (const Token& token : tokenize(text)) {
        if (!out.empty()) out += ' ';
        out += token.text;
    }
    return out;
}

int edit_distance(std::string_view a, std::string_view b, int limit) {
    std::vector<utf8proc_int32_t> x, y;
    for (const Decoded& d : decode(a)) x.push_back(d.code);
    for (const Decoded& d : decode(b)) y.push_back(d.code);
    const int n = static_cast<int>(x.size()), m = static_cast<int>(y.size());
    if (std::abs(n - m) > limit) return limit + 1;
    // Three rows of the optimal-string-alignment table: a transposition counts as one edit.
    std::vector<int> before(static_cast<std::size_t>(m + 1)), previous(static_cast<std::size_t>(m + 1)), current(static_cast<std::size_t>(m + 1));
    for (int j = 0; j <= m; ++j) previous[static_cast<std::size_t>(j)] = j;
    for (int i = 1; i <= n; ++i) {
        current[0] = i;
        int row_best = i;
        for (int j = 1; j <= m; ++j) {
            const auto J = static_cast<std::size_t>(j);
            const int cost = x[static_cast<std::size_t>(i - 1)] == y[J - 1] ? 0 : 1;
            int value = std::min({previous[J] + 1, current[J - 1] + 1, previous[J - 1] + cost});
            if (i > 1 && j > 1 && x[static_cast<std::size_t>(i - 1)] == y[J - 2] && x[static_cast<std::size_t>(i - 2)] == y[J - 1]) {
                value = std::min(value, before[J - 2] + 1);
            }
            current[J] = value;
            row_best = std::min(row_best, value);
        }
        if (row_best > limit) return limit + 1;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return std::min(previous[static_cast<std::size_t>(m)], limit + 1);
}

}  // namespace vitrine
