#include "core/search/query_words.hpp"

#include <algorithm>

#include "core/search/tokenizer.hpp"
#include "core/utf8.hpp"

namespace vitrine {

namespace {

constexpr std::size_t kMaxQueryBytes = 256;
constexpr std::size_t kMaxWords = 32;  // one bit per word when matching

}  // namespace

QueryWords query_words(std::string_view query) {
    query = utf8_prefix(query, kMaxQueryBytes);
    QueryWords out;
    const std::vector<Token> tokens = tokenize(query);
    const bool ends_inside_word = !tokens.empty() && tokens.back().end == query.size();
    for (const Token& token : tokens) {
        if (out.words.size() == kMaxWords) break;
        // In a code still being typed ("usb-ca"), the unfinished part and the shorter runs ending
        // with it would have to match whole; the longest run (emitted last, starting first),
        // matched as a prefix, says it all. A CJK pair ending there starts before the last
        // character and stays.
        if (ends_inside_word && token.end == query.size() && token.begin > tokens.back().begin) continue;
        if (std::find(out.words.begin(), out.words.end(), token.text) == out.words.end()) out.words.push_back(token.text);
    }
    out.last_is_prefix = !tokens.empty() && tokens.back().end == query.size() && !out.words.empty() && out.words.back() == tokens.back().text;
    return out;
}

int allowed_typos(std::string_view word) {
    const std::size_t chars = utf8_length(word);
    if (chars > kMaxTypoWordChars) return 0;
    return chars >= 8 ? 2 : chars >= 4 ? 1 : 0;
}

bool token_matches_word(std::string_view token, const QueryWords& query, std::size_t i) {
    const std::string& word = query.words[i];
    if (token == word) return true;
    if (i + 1 == query.words.size() && query.last_is_prefix && token.substr(0, word.size()) == word) return true;
    const int typos = allowed_typos(word);
    return typos > 0 && edit_distance(word, token, typos) <= typos;
}

}  // namespace vitrine
