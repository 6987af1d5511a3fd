// A catalogue: the products that loaded, and every problem met on the way.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/arena.hpp"
#include "core/diagnostic.hpp"
#include "core/model.hpp"

namespace vitrine {

struct Catalogue {
    std::vector<Product> products;  // views into `arena`
    std::vector<Diagnostic> diagnostics;
    Arena arena;
    // A catalogue.vitrine's search index of exactly these products, in its bytes in the arena:
    // for SearchIndex::open_saved. Empty for other sources, and once products join or leave.
    std::string_view saved_index;
};

// One product page (Markdown with YAML front matter). A page with a fatal problem yields no
// product, only diagnostics naming it.
Catalogue parse_product_page(std::string_view text, const std::string& file);

// A JSON document of schema vitrine.catalogue/1. Invalid records are skipped and named; the rest load.
Catalogue read_catalogue_json(std::string_view text, const std::string& file);

// The canonical JSON text of a catalogue (schema vitrine.catalogue/1), stable byte for byte.
std::string write_catalogue_json(const std::vector<Product>& products);

// Folders (their *.md pages, sorted by name), page files and JSON catalogues, merged in order.
// Unreadable paths and duplicate ids become diagnostics.
Catalogue load_catalogue_paths(const std::vector<std::string>& paths);

}  // namespace vitrine
