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

// Which long value lists (stores, categories) show all their values, not only the first few.
struct FacetPanelState {
    bool all_regions = false;
    bool all_categories = false;
};

// `mirror` hears what the controls without a visible label are (the sort and rating choices).
FacetChange draw_facet_panel(const Facets& facets, const Route& current, FacetPanelState& state, DrawnItems& mirror);

}  // namespace vitrine
