#include "keystroke_log.hpp"

#include <algorithm>
#include <random>
#include <sstream>

namespace vitrine::tools {

namespace {

std::vector<std::string> words_of(const std::string& title) {
    std::vector<std::string> words;
    std::istringstream in(title);
    for (std::string word; in >> word;) {
        for (char& c : word) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        words.push_back(word);
    }
    return words;
}

// One slip of the finger: two neighbouring letters swapped, one dropped, or one doubled.
std::string with_typo(std::string word, std::mt19937_64& random) {
    const bool ascii = std::all_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (word.size() < 5 || !ascii) return word;  // byte slips would make invalid UTF-8, not a typo
    const std::size_t at = 1 + random() % (word.size() - 2);
    switch (random() % 3) {
        case 0: std::swap(word[at], word[at + 1]); break;
        case 1: word.erase(at, 1); break;
        default: word.insert(at, 1, word[at]); break;
    }
    return word;
}

}  // namespace

std::vector<Query> realistic_queries(const std::vector<Product>& products, std::size_t count, std::uint64_t seed) {
    std::mt19937_64 random(seed);
    std::vector<Query> queries;
    while (queries.size() < count && !products.empty()) {
        const auto target = static_cast<std::uint32_t>(random() % products.size());
        const std::vector<std::string> words = words_of(std::string(products[target].title));
        if (words.size() < 3) continue;
        // Two or three words a shopper would remember: e.g. "wireless headphones", "acme kettle".
        const std::size_t take = 2 + random() % 2;
        const std::size_t start = random() % (words.size() - take + 1);
        std::string query;
        const bool typo = queries.size() % 3 == 2;
        for (std::size_t k = start; k < start + take; ++k) {
            if (!query.empty()) query += ' ';
            query += typo && k == start + take - 1 ? with_typo(words[k], random) : words[k];
        }
        queries.push_back({query, target});
    }
    return queries;
}

std::vector<std::string> keystrokes(const std::vector<Query>& queries) {
    std::vector<std::string> log;
    for (const Query& q : queries) {
        const std::string& query = q.text;
        for (std::size_t length = 1; length <= query.size(); ++length) {
            const bool mid_character = length < query.size() && (static_cast<unsigned char>(query[length]) & 0xC0) == 0x80;
            if (!mid_character) log.push_back(query.substr(0, length));  // one keystroke per character
        }
    }
    return log;
}

}  // namespace vitrine::tools
