// Reads a catalogue's JSON text with nlohmann's SAX parser, building a small DOM for one
// product at a time: memory stays near one product's size, not the whole document's, and a
// syntax error keeps every product before it. No exceptions (the WebAssembly build has none).
#pragma once

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vitrine {

struct JsonSyntaxError {
    std::size_t offset = 0;              // byte where the parser gave up
    std::string message;
    std::optional<std::size_t> product;  // the index of the product it is in, which is skipped
};

struct JsonStreamResult {
    bool is_object = false;       // the document is a JSON object
    bool has_products = false;    // with a "products" list
    std::string schema;           // its "schema" string, if any
    // The first ends the parse of the document; any later one is in a product read after it.
    std::vector<JsonSyntaxError> syntax_errors;
};

// Calls `on_product(element, index)` for each element of the top-level "products" list, in order.
// A syntax error inside a product (a number like 1e309, a lone \ud800) skips that product, and
// reading goes on at the next of `element_offsets` (array_element_offsets' starts of the
// products), each read alone: one bad record does not lose every record after it.
JsonStreamResult stream_products(std::string_view json_text, const std::vector<std::size_t>& element_offsets,
                                 const std::function<void(const nlohmann::json&, std::size_t)>& on_product);

}  // namespace vitrine
