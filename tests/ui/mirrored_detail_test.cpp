// A product from an Arabic or Hebrew shop is shown as that shop lays out its own page: the price,
// badges and headings end at the right of the text column and the specification table puts its
// names on the right. A product in a left-to-right script keeps the usual layout.
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>
#include <array>
#include <string>

#include "headless_ui.hpp"

using vitrine::App;
using vitrine::MirrorNode;
using vitrine::testing::HeadlessUi;

namespace {

std::string two_shops() {
    const nlohmann::json specs = {{{"name", "العلامة التجارية"}, {"value", "دار العود"}}};
    nlohmann::json products = nlohmann::json::array();
    products.push_back({{"id", "AE-1"}, {"title", "عطر دهن العود الملكي"}, {"price", {{"amount", 349}, {"currency", "AED"}}},
                        {"in_stock", true}, {"specs", specs}});
    products.push_back({{"id", "US-1"}, {"title", "Oud perfume"}, {"price", {{"amount", 95}, {"currency", "USD"}}},
                        {"in_stock", true}, {"specs", {{{"name", "Brand"}, {"value", "Dar al Oud"}}}}});
    return nlohmann::json{{"schema", "vitrine.catalogue/1"}, {"products", products}}.dump();
}

const MirrorNode& node_with_key(const App& app, const std::string& key) {
    for (const MirrorNode& node : app.mirror()) {
        if (node.key == key) return node;
    }
    FAIL("no mirror node " << key);
    return app.mirror().front();
}

struct Layout {
    std::array<float, 4> price;
    std::array<float, 4> table;
    std::array<float, 4> spec_name;
    std::array<float, 4> spec_value;
};

Layout layout_of(HeadlessUi& ui, App& app, const std::string& id) {
    app.open(id);
    ui.frame(app, 3);
    return {vitrine::testing::layout_rect(app, "price"), node_with_key(app, "specs").rect, node_with_key(app, "specs:0:name").rect, node_with_key(app, "specs:0:value").rect};
}

}  // namespace

TEST_CASE("the detail of a product whose title reads from the right is laid out from the right") {
    HeadlessUi ui{vitrine::testing::shipped_fonts({"arabic"})};
    App app;
    app.load_file(two_shops(), "shops.json", true);
    ui.frame(app, 2);
    const Layout arabic = layout_of(ui, app, "AE-1");
    const Layout english = layout_of(ui, app, "US-1");

    const float column_left = english.price[0];
    const float column_right = english.table[0] + english.table[2];  // the table spans the text column
    CHECK(arabic.price[0] > column_left + 300);
    CHECK(arabic.price[0] + arabic.price[2] == Catch::Approx(column_right).margin(2));
    CHECK(arabic.spec_name[0] > arabic.spec_value[0]);   // the names on the right
    CHECK(english.spec_name[0] < english.spec_value[0]);  // on the left, as usual
}
