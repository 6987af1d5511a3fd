// The JSON form of a catalogue, schema vitrine.catalogue/1 (docs/catalogue-schema.md).
#include <nlohmann/json.hpp>

#include <algorithm>
#include <unordered_map>

#include "core/catalogue.hpp"
#include "core/json_catalogue_reading.hpp"
#include "core/json_positions.hpp"
#include "core/json_product_stream.hpp"
#include "core/product_json.hpp"
#include "core/text.hpp"
#include "core/utf8.hpp"

namespace vitrine {

namespace {

using json = nlohmann::json;

constexpr const char* kSchema = "vitrine.catalogue/1";

void report_invalid_utf8(const Utf8Repair& repaired, std::string_view input, const std::string& file, std::vector<Diagnostic>& out) {
    if (repaired.bad_offsets.empty()) return;
    const TextPosition at = position_of(input, repaired.bad_offsets.front());
    out.push_back({file, at.line, at.column, Severity::warning,
                   "invalid UTF-8 at byte offset " + std::to_string(repaired.bad_offsets.front()) + " (" +
                       std::to_string(repaired.bad_offsets.size()) + " in all); replaced by U+FFFD"});
}

// Each key an object gives twice, at the second one: nlohmann keeps its last value silently.
void report_repeated_keys(std::string_view text, const std::string& file, std::vector<Diagnostic>& out) {
    const std::vector<RepeatedKey> repeated = repeated_keys(text);
    if (repeated.empty()) return;
    std::vector<std::size_t> offsets;  // both places of each, in one ascending pass
    for (const RepeatedKey& r : repeated) offsets.insert(offsets.end(), {r.offset, r.first});
    std::sort(offsets.begin(), offsets.end());
    offsets.erase(std::unique(offsets.begin(), offsets.end()), offsets.end());
    const std::vector<TextPosition> positions = positions_of(text, offsets);
    const auto position = [&](std::size_t offset) {
        return positions[static_cast<std::size_t>(std::lower_bound(offsets.begin(), offsets.end(), offset) - offsets.begin())];
    };
    for (const RepeatedKey& r : repeated) {
        const TextPosition at = position(r.offset), first = position(r.first);
        // The reader streams the products of every top-level "products" list: none is dropped.
        const bool every_list_read = r.top_level && r.key == "products";
        out.push_back({file, at.line, at.column, Severity::warning,
                       "key \"" + r.key + "\" given again (first at line " + std::to_string(first.line) + ", column " +
                           std::to_string(first.column) + (every_list_read ? "); the products of both lists are read" : "); this later value is used")});
    }
}

}  // namespace

// Written one product at a time, so memory holds the text and a single product's DOM, never a
// DOM of the whole catalogue. The bytes are those nlohmann's dump(2) gives for the whole
// document: each product is dumped alone and indented two levels (a string never holds a raw
// newline, so every newline in a product's text starts one of its lines).
std::string write_catalogue_json(const std::vector<Product>& products) {
    std::string out = std::string("{\n  \"schema\": \"") + kSchema + "\",\n  \"products\": [";
    for (std::size_t i = 0; i < products.size(); ++i) {
        // Strings the parsers made are valid UTF-8; one built elsewhere that is not must not throw.
        const std::string product = product_to_json(products[i]).dump(2, ' ', false, json::error_handler_t::replace);
        out += i == 0 ? "\n    " : ",\n    ";
        std::size_t line_start = 0;
        for (std::size_t newline = product.find('\n'); newline != std::string::npos; newline = product.find('\n', line_start)) {
            out.append(product, line_start, newline + 1 - line_start).append("    ");
            line_start = newline + 1;
        }
        out.append(product, line_start);
    }
    out += products.empty() ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

JsonCatalogueReading read_catalogue_json_records(std::string_view input, const std::string& file) {
    JsonCatalogueReading result;
    Catalogue& out = result.catalogue;
    if (looks_like_utf16(input)) {
        out.diagnostics.push_back({file, 1, 1, Severity::error, std::string(kUtf16Problem)});
        return result;
    }
    Utf8Repair repaired;
    std::string_view text = input;
    if (!is_valid_utf8(input)) {
        repaired = repair_utf8(input);
        report_invalid_utf8(repaired, input, file, out.diagnostics);
        text = repaired.text;
    }
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        out.diagnostics.push_back({file, 1, 1, Severity::error, "the catalogue is empty"});
        return result;
    }
    report_repeated_keys(text, file, out.diagnostics);
    // Product starts, for the lines diagnostics name; found by a scan cheaper than the parse.
    const std::vector<std::size_t> starts = array_element_offsets(text, "products");
    const std::vector<TextPosition> positions = positions_of(text, starts);
    const auto position = [&](std::size_t index) { return index < positions.size() ? positions[index] : TextPosition{}; };

    std::unordered_map<std::string_view, int> first_line_of_id;  // the ids are in the arena
    const Text file_name = out.arena.keep(file);
    const JsonStreamResult stream = stream_products(text, starts, [&](const json& element, std::size_t index) {
        const TextPosition at = position(index);
        const std::string record = "product " + std::to_string(index + 1);
        ProductReading reading;
        if (element.is_object()) reading = product_from_json(element, out.arena);
        else reading.problem = "the product should be an object";
        for (const std::string& warning : reading.warnings) out.diagnostics.push_back({file, at.line, at.column, Severity::warning, record + ": " + warning});
        if (!reading.product) {
            out.diagnostics.push_back({file, at.line, at.column, Severity::error, record + " skipped: " + reading.problem});
            return;
        }
        Product product = *reading.product;
        const auto [first, is_new] = first_line_of_id.emplace(product.id, at.line);
        if (!is_new) {
            out.diagnostics.push_back({file, at.line, at.column, Severity::error,
                                       record + " skipped: duplicate product id \"" + std::string(product.id) + "\" (first at line " +
                                           std::to_string(first->second) + ")"});
            return;
        }
        if (product.source.file.empty()) product.source = {file_name, at.line};
        out.products.push_back(product);
        result.record_lines.push_back(at.line);
    });
    if (!stream.syntax_errors.empty()) {
        // The products around the errors have loaded; say where the text stops being JSON.
        std::vector<std::size_t> offsets;
        for (const JsonSyntaxError& error : stream.syntax_errors) offsets.push_back(error.offset);
        const std::vector<TextPosition> at = positions_of(text, offsets);
        for (std::size_t i = 0; i < at.size(); ++i) {
            const JsonSyntaxError& error = stream.syntax_errors[i];
            std::string message = "not valid JSON: " + error.message;
            if (error.product && *error.product < starts.size()) message += "; product " + std::to_string(*error.product + 1) + " skipped";
            out.diagnostics.push_back({file, at[i].line, at[i].column, Severity::error, message});
        }
        return result;
    }
    if (!stream.is_object || !stream.has_products) {
        out.diagnostics.push_back({file, 1, 1, Severity::error, "not a Vitrine catalogue: expected an object with a \"products\" list"});
        return result;
    }
    if (stream.schema != kSchema) {
        out.diagnostics.push_back({file, 1, 1, Severity::warning, std::string("the catalogue does not declare schema \"") + kSchema + "\"; read as such"});
    }
    return result;
}

Catalogue read_catalogue_json(std::string_view input, const std::string& file) {
    return read_catalogue_json_records(input, file).catalogue;
}

}  // namespace vitrine
