// The filter panel beside the results: sort order, availability, rating, price, store and
// category, each with the number of products a choice would give.
#pragma once

#include "core/route.hpp"
#include "core/search/search.hpp"
#include "ui/drawn_items.hpp"

namespace vitrine {

struct FacetChange {
    bool changed = false;
    Route route;  // the route with the shopper's new choice
};

// `mirror` hears what the controls without a visible label are (the sort and rating choices).
FacetChange draw_facet_panel(const Facets& facets, const Route& current, DrawnItems& mirror);

}  // namespace vitrine
