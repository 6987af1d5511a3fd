// Any bytes as a JSON catalogue: never a crash; what loads writes and reads back unchanged.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/catalogue.hpp"
#include "expanded_input.hpp"
#include "core/search/search.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes = vitrine::fuzzing::expanded_input(data, size);
    const std::string_view text(bytes);
    const vitrine::Catalogue loaded = vitrine::read_catalogue_json(text, "fuzz.json");
    const std::string first = vitrine::write_catalogue_json(loaded.products);
    const vitrine::Catalogue again = vitrine::read_catalogue_json(first, "again.json");
    if (vitrine::write_catalogue_json(again.products) != first) std::abort();
    // The loaded products are searchable with the text itself as a query.
    const vitrine::SearchIndex index(loaded.products);
    vitrine::SearchRequest request;
    request.query = std::string(text.substr(0, 64));
    if (index.search(request).total > loaded.products.size()) std::abort();
    return 0;
}
