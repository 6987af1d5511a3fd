// The core without a viewer, for JavaScript (Node or a page): load a catalogue, search it.
// web/vitrine-core.mjs wraps these functions as { load(text or bytes), search(query, options) }.
#include <emscripten/emscripten.h>

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "core/binary/catalogue_binary.hpp"
#include "core/catalogue.hpp"
#include "core/search/search.hpp"
#include "core/search/search_json.hpp"
#include "platform/web/memory_budget.hpp"

namespace {

struct LoadedCatalogue {
    vitrine::Catalogue catalogue;
    std::unique_ptr<vitrine::SearchIndex> index;
};

LoadedCatalogue g_loaded;
std::string g_reply;  // the last JSON reply; valid until the next call

const char* reply(const nlohmann::ordered_json& value) {
    // Replacement characters for any byte that is not UTF-8: a reply must always be JSON.
    g_reply = value.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    return g_reply.c_str();
}

}  // namespace

extern "C" {

// Returns {"products": N, "diagnostics": ["file:line:col: severity: message", ...]}, or
// {"refused": message} when the catalogue would not fit (the one loaded before stays). Takes
// `text` (malloc'd by the caller) and frees it when nothing views it: a JSON's once read, before
// the products are indexed (its text and its index are never in memory together); a
// catalogue.vitrine's, whose products view it in place, with the catalogue.
EMSCRIPTEN_KEEPALIVE const char* vitrine_core_load(char* text, int length) {
    vitrine::HeldBytes input{std::shared_ptr<const void>(text, std::free), std::string_view(text, static_cast<std::size_t>(length))};
    const bool binary = vitrine::is_catalogue_binary(input.bytes);
    const std::string name = binary ? "catalogue.vitrine" : "catalogue.json";
    if (const auto refusal = vitrine::web::memory_refusal(input.bytes, name)) return reply({{"refused", *refusal}});
    g_loaded.index.reset();
    g_loaded.catalogue = {};  // the memory of the catalogue it replaces is the first to reuse
    g_loaded.catalogue = binary ? vitrine::read_catalogue_binary(std::move(input), name) : vitrine::read_catalogue_json(input.bytes, name);
    input = {};
    const std::string_view saved_index = g_loaded.catalogue.saved_index;
    std::string problem;
    if (!saved_index.empty()) g_loaded.index = vitrine::SearchIndex::open_saved(g_loaded.catalogue.products, saved_index, problem);
    if (!problem.empty()) g_loaded.catalogue.diagnostics.push_back({name, 0, 0, vitrine::Severity::warning, problem + "; the products were indexed again"});
    if (!g_loaded.index) g_loaded.index = std::make_unique<vitrine::SearchIndex>(g_loaded.catalogue.products);
    nlohmann::ordered_json diagnostics = nlohmann::ordered_json::array();
    for (const vitrine::Diagnostic& d : g_loaded.catalogue.diagnostics) diagnostics.push_back(vitrine::format_diagnostic(d));
    return reply({{"products", g_loaded.catalogue.products.size()}, {"diagnostics", diagnostics}});
}

// The JavaScript side made the memory this small (createVitrineCore({ maximumMemory })).
EMSCRIPTEN_KEEPALIVE void vitrine_core_set_memory_maximum(double bytes) { vitrine::web::set_memory_maximum(bytes); }

// options: {"filters": {...}, "sort": "relevance", "limit": 10, "offset": 0}; see search_json.hpp.
EMSCRIPTEN_KEEPALIVE const char* vitrine_core_search(const char* query, const char* options_json) {
    if (!g_loaded.index) return reply({{"total", 0}, {"hits", nlohmann::ordered_json::array()}, {"facets", nlohmann::ordered_json::object()}});
    const nlohmann::json options = nlohmann::json::parse(options_json, nullptr, false);
    const vitrine::SearchRequest request = vitrine::search_request_from_json(query, options.is_discarded() ? nlohmann::json() : options);
    g_reply = vitrine::search_result_json(g_loaded.index->search(request), g_loaded.catalogue.products);
    return g_reply.c_str();
}

// The hot path for callers that keep their own product list: writes the positions (in the
// loaded catalogue) of the best `limit` hits to `out` and returns how many it wrote. No JSON
// and no facets, and the matches are not counted (vitrine_core_count does that, when asked), so
// only what can reach the first `limit` is ranked. It is also what the benchmark compares with
// engines that return ids.
EMSCRIPTEN_KEEPALIVE int vitrine_core_search_ids(const char* query, int limit, std::uint32_t* out) {
    if (!g_loaded.index || limit < 0) return 0;
    vitrine::SearchRequest request;
    request.query = query;
    request.limit = static_cast<std::size_t>(limit);
    request.facets = false;
    request.total_cap = 0;
    const vitrine::SearchResult result = g_loaded.index->search(request);
    for (std::size_t i = 0; i < result.hits.size(); ++i) out[i] = result.hits[i].product;
    return static_cast<int>(result.hits.size());
}

// How many products match `query`, counted up to `cap`; -1 when there are more.
EMSCRIPTEN_KEEPALIVE int vitrine_core_count(const char* query, int cap) {
    if (!g_loaded.index || cap < 0) return 0;
    vitrine::SearchRequest request;
    request.query = query;
    request.limit = 0;
    request.facets = false;
    request.total_cap = static_cast<std::size_t>(cap);
    const vitrine::SearchResult result = g_loaded.index->search(request);
    return result.total_capped ? -1 : static_cast<int>(result.total);
}

}  // extern "C"
