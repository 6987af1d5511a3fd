// Any bytes as a product page: never a crash, and whatever loads survives JSON byte-stably.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/catalogue.hpp"
#include "expanded_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes = vitrine::fuzzing::expanded_input(data, size);
    const std::string_view text(bytes);
    const vitrine::Catalogue page = vitrine::parse_product_page(text, "fuzz.md");
    const std::string first = vitrine::write_catalogue_json(page.products);
    const vitrine::Catalogue again = vitrine::read_catalogue_json(first, "fuzz.json");
    if (again.products.size() != page.products.size()) std::abort();
    if (vitrine::write_catalogue_json(again.products) != first) std::abort();
    return 0;
}
