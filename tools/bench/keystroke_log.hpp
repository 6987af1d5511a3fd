// What a person types into the search box: a few hundred queries made of words from product
// titles, a third with a typo, replayed as every prefix (one search per keystroke).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/model.hpp"

namespace vitrine::tools {

std::vector<std::string> realistic_queries(const std::vector<Product>& products, std::size_t count, std::uint64_t seed);
std::vector<std::string> keystrokes(const std::vector<std::string>& queries);

}  // namespace vitrine::tools
