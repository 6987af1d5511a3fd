// Where the user is, as it appears in the URL hash: #/search?q=…&…, #/product/ID,
// #/product/ID/reviews. Parsing never fails: anything unknown leads to the search view.
#pragma once

#include <string>
#include <string_view>

#include "core/search/search.hpp"

namespace vitrine {

enum class View { search, detail, reviews };

const char* view_name(View view);

struct Route {
    View view = View::search;
    std::string query;
    SearchFilters filters;
    SortOrder sort = SortOrder::relevance;
    std::string product_id;  // for the detail and reviews views
    int review_stars = 0;    // reviews view: only reviews with this many stars; 0 = all
    ReviewSort review_sort = ReviewSort::newest;
    std::string review_query;

    bool operator==(const Route&) const = default;
};

// The hash without its leading '#', e.g. "/search?q=usb%20c&stock=1".
std::string format_route(const Route& route);
Route parse_route(std::string_view hash);

std::string percent_encode(std::string_view text);
std::string percent_decode(std::string_view text);

}  // namespace vitrine
