// A query as the index reads it: folded words, the last one possibly still being typed.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace vitrine {

struct QueryWords {
    std::vector<std::string> words;  // distinct, in order; at most 32
    bool last_is_prefix = false;     // the query ends inside a word
};

// Queries longer than 256 bytes are cut (on a character boundary); invalid UTF-8 separates words.
QueryWords query_words(std::string_view query);

// Whether a folded token matches word `i` of the query: exactly, as a completion of the word
// being typed, or within the typo allowance (1 edit from 4 characters, 2 from 8).
bool token_matches_word(std::string_view token, const QueryWords& query, std::size_t i);

// No real word is longer than this; longer ones (URLs, joined codes) match only as typed, since
// the typo table of a word grows with the square of its length.
inline constexpr std::size_t kMaxTypoWordChars = 32;

int allowed_typos(std::string_view word);

}  // namespace vitrine
