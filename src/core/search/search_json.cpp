#include "core/search/search_json.hpp"

#include <cstdio>
#include <iterator>

#include <optional>

namespace vitrine {

namespace {

void append_string(std::string& out, std::string_view text) {
    out += '"';
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", u);
            out += escaped;
        } else {
            out += c;
        }
    }
    out += '"';
}

void append_number(std::string& out, std::int64_t value) { out += std::to_string(value); }

void append_values(std::string& out, const char* key, const std::vector<FacetValue>& values) {
    out += ",\"";
    out += key;
    out += "\":[";
    for (std::size_t i = 0; i < values.size(); ++i) {
        out += i == 0 ? "{\"value\":" : ",{\"value\":";
        append_string(out, values[i].value);
        out += ",\"count\":";
        append_number(out, static_cast<std::int64_t>(values[i].count));
        out += '}';
    }
    out += ']';
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

std::string search_result_json(const SearchResult& result, const std::vector<Product>& products) {
    std::string out = "{\"total\":";
    out.reserve(128 + result.hits.size() * 48);
    append_number(out, static_cast<std::int64_t>(result.total));
    out += ",\"hits\":[";
    for (std::size_t i = 0; i < result.hits.size(); ++i) {
        out += i == 0 ? "{\"id\":" : ",{\"id\":";
        append_string(out, products[result.hits[i].product].id);
        char score[32];
        std::snprintf(score, sizeof score, ",\"score\":%.6g}", static_cast<double>(result.hits[i].score));
        out += score;
    }
    const Facets& f = result.facets;
    out += "],\"facets\":{\"currencies\":[";
    for (std::size_t i = 0; i < f.currencies.size(); ++i) {
        const CurrencyFacet& c = f.currencies[i];
        out += i == 0 ? "{\"currency\":" : ",{\"currency\":";
        append_string(out, c.currency);
        out += ",\"count\":";
        append_number(out, static_cast<std::int64_t>(c.count));
        out += ",\"min_minor\":";
        append_number(out, c.min_minor);
        out += ",\"max_minor\":";
        append_number(out, c.max_minor);
        out += '}';
    }
    out += "],\"in_stock\":";
    append_number(out, static_cast<std::int64_t>(f.in_stock));
    out += ",\"rating_at_least\":[";
    for (std::size_t stars = 0; stars < std::size(f.rating_at_least); ++stars) {
        if (stars > 0) out += ',';
        append_number(out, static_cast<std::int64_t>(f.rating_at_least[stars]));
    }
    out += ']';
    append_values(out, "origins", f.origins);
    append_values(out, "regions", f.regions);
    append_values(out, "categories", f.categories);
    out += "}}";
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
