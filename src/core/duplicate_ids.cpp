#include "core/duplicate_ids.hpp"

#include <unordered_map>

namespace vitrine {

void drop_duplicate_ids(Catalogue& catalogue, const std::vector<SourceRef>& found_at) {
    std::unordered_map<std::string, std::size_t> first_index;
    std::vector<Product> kept;
    kept.reserve(catalogue.products.size());
    for (std::size_t i = 0; i < catalogue.products.size(); ++i) {
        Product& product = catalogue.products[i];
        const auto [it, inserted] = first_index.emplace(product.id, i);
        if (inserted) {
            kept.push_back(std::move(product));
            continue;
        }
        const SourceRef& here = found_at[i];
        const SourceRef& first = found_at[it->second];
        catalogue.diagnostics.push_back({here.file, here.line, 1, Severity::error,
                                         "duplicate product id \"" + product.id + "\" (first at " + first.file + ":" +
                                             std::to_string(first.line) + "); skipped"});
    }
    catalogue.products = std::move(kept);
}

}  // namespace vitrine
