#include "core/search/search_json.hpp"

#include <optional>

namespace vitrine {

namespace {

nlohmann::ordered_json values_json(const std::vector<FacetValue>& values) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const FacetValue& v : values) out.push_back({{"value", v.value}, {"count", v.count}});
    return out;
}

std::vector<std::string> strings_at(const nlohmann::json& object, const char* key) {
    std::vector<std::string> out;
    const auto it = object.find(key);
    if (it == object.end() || !it->is_array()) return out;
    for (const auto& v : *it) {
        if (v.is_string()) out.push_back(v.get<std::string>());
    }
    return out;
}

// A field of the expected type, or the fallback: the JS API passes whatever the page gives it.
std::string string_at(const nlohmann::json& object, const char* key) {
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool bool_at(const nlohmann::json& object, const char* key) {
    const auto it = object.find(key);
    return it != object.end() && it->is_boolean() && it->get<bool>();
}

std::optional<std::int64_t> integer_at(const nlohmann::json& object, const char* key) {
    const auto it = object.find(key);
    if (it == object.end() || !it->is_number_integer()) return std::nullopt;
    return it->get<std::int64_t>();
}

double number_at(const nlohmann::json& object, const char* key) {
    const auto it = object.find(key);
    return it != object.end() && it->is_number() ? it->get<double>() : 0.0;
}

}  // namespace

nlohmann::ordered_json search_result_json(const SearchResult& result, const std::vector<Product>& products) {
    nlohmann::ordered_json out;
    out["total"] = result.total;
    nlohmann::ordered_json hits = nlohmann::ordered_json::array();
    for (const Hit& hit : result.hits) hits.push_back({{"id", products[hit.product].id}, {"score", hit.score}});
    out["hits"] = std::move(hits);
    const Facets& f = result.facets;
    nlohmann::ordered_json currencies = nlohmann::ordered_json::array();
    for (const CurrencyFacet& c : f.currencies) {
        currencies.push_back({{"currency", c.currency}, {"count", c.count}, {"min_minor", c.min_minor}, {"max_minor", c.max_minor}});
    }
    out["facets"] = {{"currencies", currencies},
                     {"in_stock", f.in_stock},
                     {"rating_at_least", std::vector<std::size_t>(std::begin(f.rating_at_least), std::end(f.rating_at_least))},
                     {"origins", values_json(f.origins)},
                     {"regions", values_json(f.regions)},
                     {"categories", values_json(f.categories)}};
    return out;
}

SearchRequest search_request_from_json(const std::string& query, const nlohmann::json& options) {
    SearchRequest request;
    request.query = query;
    if (!options.is_object()) return request;
    request.sort = parse_sort_order(string_at(options, "sort")).value_or(SortOrder::relevance);
    if (const auto limit = integer_at(options, "limit"); limit && *limit >= 0) request.limit = static_cast<std::size_t>(*limit);
    if (const auto offset = integer_at(options, "offset"); offset && *offset >= 0) request.offset = static_cast<std::size_t>(*offset);
    const auto filters = options.find("filters");
    if (filters == options.end() || !filters->is_object()) return request;
    SearchFilters& f = request.filters;
    f.currency = string_at(*filters, "currency");
    f.price_min_minor = integer_at(*filters, "min_minor");
    f.price_max_minor = integer_at(*filters, "max_minor");
    f.in_stock_only = bool_at(*filters, "in_stock");
    f.min_rating = number_at(*filters, "min_rating");
    f.origins = strings_at(*filters, "origins");
    f.regions = strings_at(*filters, "regions");
    f.categories = strings_at(*filters, "categories");
    return request;
}

}  // namespace vitrine
