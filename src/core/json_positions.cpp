#include "core/json_positions.hpp"

#include <nlohmann/json.hpp>

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

namespace {

// Accepts every event and remembers the error, which ends the parse.
struct ErrorCatcher : nlohmann::json_sax<nlohmann::json> {
    JsonSyntaxError error;
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) override {
        error.offset = position > 0 ? position - 1 : 0;
        const std::string what = e.what();
        const std::size_t detail = what.find("syntax error");
        error.message = detail == std::string::npos ? what : what.substr(detail);
        return false;
    }
};

}  // namespace

JsonSyntaxError find_syntax_error(std::string_view text) {
    ErrorCatcher catcher;
    nlohmann::json::sax_parse(text, &catcher);
    return catcher.error;
}

}  // namespace vitrine
