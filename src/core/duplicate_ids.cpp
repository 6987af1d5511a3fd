#include "core/duplicate_ids.hpp"

#include <unordered_map>

namespace vitrine {

void drop_duplicate_ids(Catalogue& catalogue, const std::vector<SourceRef>& found_at) {
    std::unordered_map<std::string_view, std::size_t> first_index;
    std::vector<Product> kept;
    kept.reserve(catalogue.products.size());
    for (std::size_t i = 0; i < catalogue.products.size(); ++i) {
        Product& product = catalogue.products[i];
        const auto [it, inserted] = first_index.emplace(product.id, i);
        if (inserted) {
            kept.push_back(product);
            continue;
        }
        const SourceRef& here = found_at[i];
        const SourceRef& first = found_at[it->second];
        catalogue.diagnostics.push_back({std::string(here.file), here.line, 1, Severity::error,
                                         "duplicate product id \"" + std::string(product.id) + "\" (first at " + std::string(first.file) + ":" +
                                             std::to_string(first.line) + "); skipped"});
    }
    if (kept.size() != catalogue.products.size()) catalogue.saved_index = {};  // it numbers the products dropped too
    catalogue.products = std::move(kept);
}

}  // namespace vitrine
