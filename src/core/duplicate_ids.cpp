#include "core/duplicate_ids.hpp"

#include <unordered_map>

namespace vitrine {

void drop_duplicate_ids(Catalogue& catalogue) {
    std::unordered_map<std::string, std::size_t> kept_index;
    std::vector<Product> kept;
    kept.reserve(catalogue.products.size());
    for (Product& product : catalogue.products) {
        const auto [it, inserted] = kept_index.emplace(product.id, kept.size());
        if (inserted) {
            kept.push_back(std::move(product));
            continue;
        }
        const SourceRef& first = kept[it->second].source;
        catalogue.diagnostics.push_back({product.source.file, product.source.line, 1, Severity::error,
                                         "duplicate product id \"" + product.id + "\" (first at " + first.file + ":" +
                                             std::to_string(first.line) + "); skipped"});
    }
    catalogue.products = std::move(kept);
}

}  // namespace vitrine
