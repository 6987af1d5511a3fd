// One product per id: the viewer's routes and the search results name products by id.
#pragma once

#include "core/catalogue.hpp"

namespace vitrine {

// Keeps the first product of each id; each later one becomes an error naming both places.
void drop_duplicate_ids(Catalogue& catalogue);

}  // namespace vitrine
