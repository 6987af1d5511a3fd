// Routes are what the address bar shows: they must survive a round trip through the URL.
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include "core/route.hpp"

using namespace vitrine;

TEST_CASE("every route survives format → parse") {
    Route search;
    search.query = "usb-c câble 100% & more";
    search.sort = SortOrder::price_ascending;
    search.filters.in_stock_only = true;
    search.filters.min_rating = 4;
    search.filters.currency = "GBP";
    search.filters.price_min_minor = 1000;
    search.filters.price_max_minor = 5000;
    search.filters.origins = {"GB", "US"};
    search.filters.categories = {"Books", "Kitchen, Home & Dining"};

    Route detail;
    detail.view = View::detail;
    detail.product_id = "id/with spaces";

    Route reviews;
    reviews.view = View::reviews;
    reviews.product_id = "208027396";
    reviews.review_stars = 5;
    reviews.review_sort = ReviewSort::lowest;
    reviews.review_query = "too small";

    const Route route = GENERATE_COPY(search, detail, reviews, Route{});
    CHECK(parse_route("#" + format_route(route)) == route);
}

TEST_CASE("routes read the way a person would type them") {
    CHECK(format_route(Route{}) == "/search");
    Route r = parse_route("#/product/208027396");
    CHECK(r.view == View::detail);
    CHECK(r.product_id == "208027396");
    r = parse_route("/product/208027396/reviews?stars=4");
    CHECK(r.view == View::reviews);
    CHECK(r.review_stars == 4);
    r = parse_route("#/search?q=garden+hose&stock=1");
    CHECK(r.query == "garden hose");
    CHECK(r.filters.in_stock_only);
}

TEST_CASE("a broken hash leads to the search view instead of failing") {
    const char* hash = GENERATE("", "#", "#/nowhere", "#/product/", "#/search?q=%zz&rating=abc&stars=99", "#?&&==");
    const Route r = parse_route(hash);
    CHECK(r.view == View::search);
    CHECK(r.filters.min_rating == 0);
}

TEST_CASE("a minimum rating from the JS API past 5 stars is written as 5, not an overflowed integer") {
    Route route;
    route.filters.min_rating = 1e300;  // search_request_from_json takes any JSON number
    CHECK(format_route(route).find("rating=5") != std::string::npos);
}
