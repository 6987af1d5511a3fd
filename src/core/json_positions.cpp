#include "core/json_positions.hpp"

#include <string>

namespace vitrine {

std::vector<std::size_t> array_element_offsets(std::string_view text, std::string_view key) {
    std::vector<std::size_t> starts;
    int depth = 0;
    bool in_target = false;       // inside the array under `key`
    bool expect_element = false;  // the next value starts an element
    std::string last_key;         // the last string seen at depth 1 (a top-level key)
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
        if (in_target && depth == 2 && expect_element && c != ']') {
            starts.push_back(i);
            expect_element = false;
        }
        if (c == '"') {
            const std::size_t begin = i + 1;
            for (++i; i < text.size() && text[i] != '"'; ++i) {
                if (text[i] == '\\') ++i;
            }
            if (depth == 1) last_key.assign(text.substr(begin, i - begin));
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
            if (depth == 2 && c == '[' && last_key == key) {
                in_target = true;
                expect_element = true;
            }
        } else if (c == '}' || c == ']') {
            if (depth == 2 && in_target) in_target = false;
            --depth;
        } else if (c == ',' && in_target && depth == 2) {
            expect_element = true;
        }
    }
    return starts;
}

}  // namespace vitrine
