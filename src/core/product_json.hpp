// One product as JSON (schema vitrine.catalogue/1, docs/catalogue-schema.md), both ways.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "core/arena.hpp"
#include "core/model.hpp"

namespace vitrine {

// Keys in the schema's order, so the text is canonical.
nlohmann::ordered_json product_to_json(const Product& product);

struct ProductReading {
    std::optional<Product> product;     // empty when the record is invalid
    std::string problem;                // why it is invalid, naming the field
    std::vector<std::string> warnings;  // what was changed to keep it (a field cut to size)
};

// A record with a field of the wrong type is invalid: one bad field would otherwise show as an
// empty one, and a catalogue is a file the user can fix. The product's text is kept in `arena`.
ProductReading product_from_json(const nlohmann::json& object, Arena& arena);

}  // namespace vitrine
