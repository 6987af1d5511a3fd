// What a person types into the search box: a few hundred queries made of words from product
// titles, a third with a typo, replayed as every prefix (one search per keystroke). Each query
// remembers the product it was made from: found@10 is the share of queries that find it in
// their first ten results.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/model.hpp"

namespace vitrine::tools {

struct Query {
    std::string text;
    std::uint32_t target = 0;  // the product (index) it was made from
};

std::vector<Query> realistic_queries(const std::vector<Product>& products, std::size_t count, std::uint64_t seed);
std::vector<std::string> keystrokes(const std::vector<Query>& queries);

}  // namespace vitrine::tools
