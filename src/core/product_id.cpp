#include "core/product_id.hpp"

#include <algorithm>
#include <cstdio>

namespace vitrine {

std::string id_problem(std::string_view id) {
    const auto control = std::find_if(id.begin(), id.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; });
    if (control == id.end()) return {};
    char code[8];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(static_cast<unsigned char>(*control)));
    return std::string("holds a control character (") + code + ")";
}

}  // namespace vitrine
