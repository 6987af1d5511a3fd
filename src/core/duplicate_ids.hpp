// One product per id: the viewer's routes and the search results name products by id.
#pragma once

#include "core/catalogue.hpp"

namespace vitrine {

// Keeps the first product of each id; each later one becomes an error naming both places.
// `found_at[i]` is where products[i] was read in this load (for a product from a JSON catalogue,
// its record there, not the page named in its source).
void drop_duplicate_ids(Catalogue& catalogue, const std::vector<SourceRef>& found_at);

}  // namespace vitrine
