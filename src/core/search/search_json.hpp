// The JSON shape of a search result, shared by `vitrine search --json` and the Node build:
// { total, hits: [{id, score}], facets }.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "core/model.hpp"
#include "core/search/search.hpp"

namespace vitrine {

// Compact JSON text, written directly: it is built on every keystroke in the Node build, where a
// DOM of the reply cost more than the search itself.
std::string search_result_json(const SearchResult& result, const std::vector<Product>& products);

// Filters and sort as the JS API and the CLI take them: {filters: {...}, sort, limit, offset}.
SearchRequest search_request_from_json(const std::string& query, const nlohmann::json& options);

}  // namespace vitrine
