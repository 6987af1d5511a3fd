// read_catalogue_json, telling also where each product's record is in the JSON text: a product
// keeps the page it came from as its source, but a problem found while loading (a duplicate id
// across files) is about the record in the file being loaded.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/catalogue.hpp"

namespace vitrine {

struct JsonCatalogueReading {
    Catalogue catalogue;
    std::vector<int> record_lines;  // per loaded product, the 1-based line where its record starts
};

JsonCatalogueReading read_catalogue_json_records(std::string_view input, const std::string& file);

}  // namespace vitrine
