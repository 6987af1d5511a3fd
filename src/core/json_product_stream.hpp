// Reads a catalogue's JSON text with nlohmann's SAX parser, building a small DOM for one
// product at a time: memory stays near one product's size, not the whole document's, and a
// syntax error keeps every product before it. No exceptions (the WebAssembly build has none).
#pragma once

#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <string_view>

namespace vitrine {

struct JsonStreamResult {
    bool is_object = false;       // the document is a JSON object
    bool has_products = false;    // with a "products" list
    std::string schema;           // its "schema" string, if any
    bool syntax_error = false;
    std::size_t error_offset = 0;  // byte where the parser gave up
    std::string error_message;
};

// Calls `on_product(element, index)` for each element of the top-level "products" list, in order.
JsonStreamResult stream_products(std::string_view json_text, const std::function<void(const nlohmann::json&, std::size_t)>& on_product);

}  // namespace vitrine
