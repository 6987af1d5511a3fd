// Generated products written as pages and parsed back come out as they went in.
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/generators/catch_generators_range.hpp>

#include "catalogue_generator.hpp"
#include "core/catalogue.hpp"
#include "core/page_writer.hpp"

using namespace vitrine;

TEST_CASE("generated catalogues are deterministic") {
    CHECK(write_catalogue_json(tools::generate_catalogue(50, 9).products) == write_catalogue_json(tools::generate_catalogue(50, 9).products));
    CHECK(write_catalogue_json(tools::generate_catalogue(50, 9).products) != write_catalogue_json(tools::generate_catalogue(50, 10).products));
}

TEST_CASE("product → page → product keeps every field") {
    const std::uint64_t seed = GENERATE(range<std::uint64_t>(1, 6));
    const Catalogue generated = tools::generate_catalogue(40, seed);
    for (Product original : generated.products) {
        CAPTURE(original.id);
        const Catalogue parsed = parse_product_page(write_product_page(original), "generated");
        REQUIRE(parsed.diagnostics.empty());
        REQUIRE(parsed.products.size() == 1);
        original.source = parsed.products[0].source;  // where it was read from is the page's own
        CHECK(write_catalogue_json({parsed.products[0]}) == write_catalogue_json({original}));
    }
}
