#include "ui/facet_panel.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/normalise.hpp"
#include "core/route.hpp"
#include "imgui.h"
#include "ui/fonts.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace vitrine {

namespace {

constexpr std::pair<SortOrder, const char*> kSortLabels[] = {
    {SortOrder::relevance, "Best match"},
    {SortOrder::price_ascending, "Price: low to high"},
    {SortOrder::price_descending, "Price: high to low"},
    {SortOrder::rating, "Customer rating"},
    {SortOrder::most_reviewed, "Most reviewed"},
};

double to_major(std::int64_t minor, const std::string& currency) {
    return static_cast<double>(minor) / std::pow(10.0, minor_digits(currency));
}

std::int64_t to_minor(double major, const std::string& currency) {
    return static_cast<std::int64_t>(std::llround(major * std::pow(10.0, minor_digits(currency))));
}

void heading(const char* text) {
    ImGui::Spacing();
    ImGui::PushFont(fonts().bold, kBaseFontSize);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

MirrorNode control(MirrorRole role, std::string name, int checked = -1) {
    MirrorNode node;
    node.role = role;
    node.name = std::move(name);
    node.checked = checked;
    return node;
}

// A combo box is a select in the mirror: each option carries the route choosing it leads to.
void mirror_select(DrawnItems& mirror, std::string name, std::vector<MirrorOption> options, int selected) {
    MirrorNode node = control(MirrorRole::select, std::move(name));
    node.options = std::move(options);
    node.selected = selected;
    mirror.describe_last_item(std::move(node));
}

// Where a choice in a combo box leads, under the label the box and the mirror's <select> show.
struct RouteChoice {
    std::string label;
    Route route;
};

// A combo box of places to go, mirrored as a select: one list of choices for both. `selected` is
// -1 when none of them is where the view is.
bool route_combo(const char* id, const char* preview, const char* mirror_name, const std::vector<RouteChoice>& choices, int selected,
                 Route& route, DrawnItems& mirror) {
    ImGui::SetNextItemWidth(-1);
    const bool open = ImGui::BeginCombo(id, preview);
    std::vector<MirrorOption> options;
    for (const RouteChoice& choice : choices) options.push_back({choice.label, "route:" + format_route(choice.route)});
    mirror_select(mirror, mirror_name, std::move(options), selected);
    if (!open) return false;
    bool changed = false;
    for (std::size_t i = 0; i < choices.size(); ++i) {
        if (ImGui::Selectable(choices[i].label.c_str(), static_cast<int>(i) == selected)) {
            route = choices[i].route;
            changed = true;
        }
    }
    ImGui::EndCombo();
    return changed;
}

bool sort_combo(Route& route, DrawnItems& mirror) {
    std::vector<RouteChoice> choices;
    int selected = 0;
    for (const auto& [order, label] : kSortLabels) {
        if (order == route.sort) selected = static_cast<int>(choices.size());
        Route choice = route;
        choice.sort = order;
        choices.push_back({label, std::move(choice)});
    }
    return route_combo("##sort", choices[static_cast<std::size_t>(selected)].label.c_str(), "Sort by", choices, selected, route, mirror);
}

bool rating_choices(const Facets& facets, Route& route, DrawnItems& mirror) {
    bool changed = false;
    for (int stars = 4; stars >= 1; --stars) {
        ImGui::PushID(stars);
        const bool chosen = static_cast<int>(route.filters.min_rating) == stars;
        if (ImGui::RadioButton("##stars", chosen)) {
            route.filters.min_rating = chosen ? 0 : stars;
            changed = true;
        }
        mirror.describe_last_item(control(MirrorRole::radio, std::to_string(stars) + (stars == 1 ? " star" : " stars") + " and up (" +
                                                                 std::to_string(facets.rating_at_least[stars]) + " products)", chosen ? 1 : 0));
        ImGui::SameLine();
        draw_stars(stars, ImGui::GetFontSize() * 0.9f);
        ImGui::SameLine();
        ImGui::TextDisabled("& up (%zu)", facets.rating_at_least[stars]);
        ImGui::PopID();
    }
    return changed;
}

bool price_range(const Facets& facets, Route& route, DrawnItems& mirror) {
    SearchFilters& f = route.filters;
    std::vector<RouteChoice> choices;
    int selected = f.currency.empty() ? 0 : -1;  // a currency no product has now: none of the choices
    Route choice = route;  // a new currency starts with the whole range of its prices
    choice.filters.price_min_minor.reset();
    choice.filters.price_max_minor.reset();
    choice.filters.currency.clear();
    choices.push_back({"Any currency", choice});
    for (const CurrencyFacet& c : facets.currencies) {
        if (c.currency == f.currency) selected = static_cast<int>(choices.size());
        choice.filters.currency = c.currency;
        choices.push_back({c.currency + " (" + std::to_string(c.count) + ")", choice});
    }
    bool changed = route_combo("##currency", f.currency.empty() ? "Any currency" : f.currency.c_str(), "Price in", choices, selected, route, mirror);
    const auto facet = std::find_if(facets.currencies.begin(), facets.currencies.end(),
                                    [&](const CurrencyFacet& c) { return c.currency == f.currency; });
    if (f.currency.empty() || facet == facets.currencies.end()) return changed;

    // The slider spans the prices on offer; the fields take exact amounts.
    const float low = static_cast<float>(to_major(facet->min_minor, f.currency));
    const float high = static_cast<float>(to_major(facet->max_minor, f.currency));
    float range[2] = {f.price_min_minor ? static_cast<float>(to_major(*f.price_min_minor, f.currency)) : low,
                      f.price_max_minor ? static_cast<float>(to_major(*f.price_max_minor, f.currency)) : high};
    ImGui::SetNextItemWidth(-1);
    const bool slid = ImGui::SliderFloat2("##price", range, low, std::max(high, low + 1), "%.2f");
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.5f - 4);
    const bool typed_min = ImGui::InputFloat("##min", &range[0], 0, 0, "%.2f");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-1);
    const bool typed_max = ImGui::InputFloat("##max", &range[1], 0, 0, "%.2f");
    if (slid || typed_min || typed_max) {
        f.price_min_minor = to_minor(std::min(range[0], range[1]), f.currency);
        f.price_max_minor = to_minor(std::max(range[0], range[1]), f.currency);
        changed = true;
    }
    return changed;
}

// Checkboxes for a list facet; several chosen values mean "any of them". A long list shows its
// first values and the chosen ones, and a button for the rest (a page of 60 categories would be
// 60 Tab stops before the results).
constexpr std::size_t kValuesShown = 6;

bool value_choices(const char* id, const std::vector<FacetValue>& values, std::vector<std::string>& chosen, bool& show_all) {
    bool changed = false;
    ImGui::PushID(id);
    for (std::size_t i = 0; i < values.size(); ++i) {
        const FacetValue& value = values[i];
        auto it = std::find(chosen.begin(), chosen.end(), value.value);
        bool on = it != chosen.end();
        if (!show_all && i >= kValuesShown && !on) continue;
        const std::string label = value.value + " (" + std::to_string(value.count) + ")";
        if (ImGui::Checkbox(label.c_str(), &on)) {
            if (on) chosen.push_back(value.value);
            else chosen.erase(it);
            changed = true;
        }
    }
    if (values.size() > kValuesShown) {
        const std::string toggle = show_all ? std::string("Show fewer") : "Show all " + std::to_string(values.size());
        if (ImGui::SmallButton(toggle.c_str())) show_all = !show_all;
    }
    ImGui::PopID();
    return changed;
}

}  // namespace

FacetChange draw_facet_panel(const Facets& facets, const Route& current, FacetPanelState& state, DrawnItems& mirror) {
    FacetChange change{false, current};
    Route& route = change.route;

    heading("Sort by");
    change.changed |= sort_combo(route, mirror);

    heading("Availability");
    const std::string stock_label = "In stock only (" + std::to_string(facets.in_stock) + ")";
    change.changed |= ImGui::Checkbox(stock_label.c_str(), &route.filters.in_stock_only);

    heading("Customer rating");
    change.changed |= rating_choices(facets, route, mirror);

    heading("Price");
    change.changed |= price_range(facets, route, mirror);

    if (!facets.regions.empty()) {
        heading("Store");
        change.changed |= value_choices("regions", facets.regions, route.filters.regions, state.all_regions);
    }
    if (!facets.categories.empty()) {
        heading("Category");
        change.changed |= value_choices("categories", facets.categories, route.filters.categories, state.all_categories);
    }
    if (!(route.filters == SearchFilters{}) && ImGui::Button("Clear filters")) {
        route.filters = SearchFilters{};
        change.changed = true;
    }
    return change;
}

}  // namespace vitrine
