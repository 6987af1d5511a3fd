#include "core/json_positions.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <unordered_map>
#include <utility>

namespace vitrine {

namespace {

bool is_json_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// The offset of the quote closing the string that opens at text[open].
std::size_t string_end(std::string_view text, std::size_t open) {
    std::size_t i = open + 1;
    for (; i < text.size() && text[i] != '"'; ++i) {
        if (text[i] == '\\') ++i;
    }
    return i;
}

// A key as nlohmann reads it: "pro\u0064ucts" is "products". Most keys have no escape.
std::string key_text(std::string_view token) {
    const std::string_view inner = token.substr(1, token.size() >= 2 ? token.size() - 2 : 0);
    if (inner.find('\\') == std::string_view::npos) return std::string(inner);
    const auto decoded = nlohmann::json::parse(token, nullptr, false);
    return decoded.is_string() ? decoded.get<std::string>() : std::string(inner);
}

// The keys of one open object. A product's twenty are searched in a list; past kListed they go
// to a map, so that a hostile object of a million keys stays linear.
class ObjectKeys {
public:
    // Where this object first gave `key`, or nullopt when this is the first time.
    std::optional<std::size_t> add(std::string key, std::size_t offset) {
        if (hashed_.empty() && listed_.size() < kListed) {
            for (const auto& [seen, at] : listed_) {
                if (seen == key) return at;
            }
            listed_.emplace_back(std::move(key), offset);
            return std::nullopt;
        }
        if (hashed_.empty()) hashed_.insert(listed_.begin(), listed_.end());
        const auto [it, is_new] = hashed_.emplace(std::move(key), offset);
        return is_new ? std::nullopt : std::optional<std::size_t>(it->second);
    }

private:
    static constexpr std::size_t kListed = 32;
    std::vector<std::pair<std::string, std::size_t>> listed_;
    std::unordered_map<std::string, std::size_t> hashed_;
};

}  // namespace

std::vector<std::size_t> array_element_offsets(std::string_view text, std::string_view key) {
    std::vector<std::size_t> starts;
    int depth = 0;
    bool in_target = false;       // inside the array under `key`
    bool expect_element = false;  // the next value starts an element
    std::string last_key;         // the last string seen at depth 1 (a top-level key), as nlohmann reads it
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (is_json_space(c)) continue;
        if (in_target && depth == 2 && expect_element && c != ']') {
            starts.push_back(i);
            expect_element = false;
        }
        if (c == '"') {
            const std::size_t end = string_end(text, i);
            if (depth == 1) last_key = key_text(text.substr(i, end + 1 - i));
            i = end;
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

std::vector<RepeatedKey> repeated_keys(std::string_view text) {
    std::vector<RepeatedKey> out;
    std::vector<std::optional<ObjectKeys>> open;  // one per open bracket; arrays hold no keys
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '{') {
            open.emplace_back(ObjectKeys());
        } else if (c == '[') {
            open.emplace_back(std::nullopt);
        } else if ((c == '}' || c == ']') && !open.empty()) {
            open.pop_back();
        } else if (c == '"') {
            const std::size_t end = string_end(text, i);
            std::size_t next = end + 1;
            while (next < text.size() && is_json_space(text[next])) ++next;
            const bool is_key = next < text.size() && text[next] == ':' && !open.empty() && open.back();
            if (is_key) {
                std::string key = key_text(text.substr(i, end + 1 - i));
                if (const auto first = open.back()->add(key, i)) out.push_back({std::move(key), i, *first, open.size() == 1});
            }
            i = end;
        }
    }
    return out;
}

}  // namespace vitrine
