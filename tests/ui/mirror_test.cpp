// The semantic mirror's model, as a screen reader would meet it: the view's heading, the count,
// the results as links that say title, price, stock and rating, the filters with their states,
// the product and its reviews; and it changes only when the picture does.
#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>

#include "headless_ui.hpp"
#include "test_files.hpp"

using vitrine::App;
using vitrine::MirrorNode;
using vitrine::MirrorRole;
using vitrine::testing::HeadlessUi;

namespace {

const MirrorNode* find(const App& app, MirrorRole role, const std::string& name_start) {
    for (const MirrorNode& node : app.mirror()) {
        if (node.role == role && node.name.rfind(name_start, 0) == 0) return &node;
    }
    return nullptr;
}

std::size_t count(const App& app, MirrorRole role) {
    std::size_t n = 0;
    for (const MirrorNode& node : app.mirror()) n += node.role == role ? 1 : 0;
    return n;
}

App& seed_app(HeadlessUi& ui, App& app) {
    app.load_file(vitrine::testing::read_file(vitrine::testing::source_path("tests/golden/pages/seed.md")), "seed.md", true);
    ui.frame(app, 3);
    return app;
}

}  // namespace

TEST_CASE("the search view's mirror names the view, the count, the filters and each result in words") {
    HeadlessUi ui;
    App app;
    seed_app(ui, app);
    const MirrorNode* heading = find(app, MirrorRole::heading, "All products");
    REQUIRE(heading != nullptr);
    CHECK(heading->level == 1);
    CHECK(find(app, MirrorRole::text, "1 product") != nullptr);
    const MirrorNode* row = find(app, MirrorRole::link, "Architecture Patterns with Python");
    REQUIRE(row != nullptr);
    CHECK(row->name.find("£42.44") != std::string::npos);
    CHECK(row->name.find("in stock") != std::string::npos);
    CHECK(row->name.find("rated 4.6 out of 5 by 553 people") != std::string::npos);
    CHECK(row->parent == "results");
    CHECK(row->position == 1);
    CHECK(row->set_size == 1);
    CHECK(row->action == "open:208027396");
    const MirrorNode* stock = find(app, MirrorRole::checkbox, "In stock only");
    REQUIRE(stock != nullptr);
    CHECK(stock->checked == 0);
    CHECK(find(app, MirrorRole::radio, "4 stars and up") != nullptr);
    const MirrorNode* sort = find(app, MirrorRole::select, "Sort by");
    REQUIRE(sort != nullptr);
    CHECK(sort->options[static_cast<std::size_t>(sort->selected)].label == "Best match");
}

TEST_CASE("the mirror changes with the picture, and only then") {
    HeadlessUi ui;
    App app;
    seed_app(ui, app);
    ui.frame(app, 2);
    CHECK_FALSE(app.mirror_changed());
    app.search("kettle");
    ui.frame(app);
    CHECK(app.mirror_changed());
    CHECK(find(app, MirrorRole::heading, "Products matching “kettle”") != nullptr);
    ui.frame(app);
    CHECK_FALSE(app.mirror_changed());
}

TEST_CASE("a long result list mirrors the rows in view and a few around them, with their place in the list") {
    HeadlessUi ui;
    App app;
    nlohmann::json products = nlohmann::json::array();
    for (int i = 0; i < 500; ++i) products.push_back({{"id", std::to_string(i)}, {"title", "Hose " + std::to_string(i)}});
    app.load_file(nlohmann::json{{"schema", "vitrine.catalogue/1"}, {"products", products}}.dump(), "many.json", true);
    ui.frame(app, 3);
    const std::size_t rows = count(app, MirrorRole::link);
    CHECK(rows > 5);
    CHECK(rows < 30);
    for (const MirrorNode& node : app.mirror()) {
        if (node.role == MirrorRole::link) CHECK(node.set_size == 500);
    }
}

TEST_CASE("the product and its reviews are mirrored as a heading, text and articles") {
    HeadlessUi ui;
    App app;
    seed_app(ui, app);
    app.open("208027396");
    ui.frame(app, 3);
    CHECK(find(app, MirrorRole::heading, "Architecture Patterns with Python") != nullptr);
    CHECK(find(app, MirrorRole::text, "Price: £42.44") != nullptr);
    CHECK(find(app, MirrorRole::text, "Rated 4.6 out of 5") != nullptr);
    const MirrorNode* reviews = find(app, MirrorRole::link, "Read ");
    REQUIRE(reviews != nullptr);
    CHECK(reviews->name == "Read 3 reviews");
    REQUIRE(app.activate("open:208027396"));
    app.apply_location_hash("#/product/208027396/reviews");
    ui.frame(app, 3);
    CHECK(find(app, MirrorRole::heading, "Reviews of Architecture Patterns with Python") != nullptr);
    CHECK(count(app, MirrorRole::article) >= 1);
    CHECK(find(app, MirrorRole::button, "5 star") != nullptr);
}

TEST_CASE("a product with one review offers to read 1 review, not 1 reviews") {
    HeadlessUi ui;
    App app;
    app.load_file(R"({"schema": "vitrine.catalogue/1", "products": [{"id": "one", "title": "Kettle",
                     "reviews": [{"rating": 4, "title": "Fine", "body": "Boils."}]}]})", "one.json", true);
    app.open("one");
    ui.frame(app, 3);
    const MirrorNode* reviews = find(app, MirrorRole::link, "Read ");
    REQUIRE(reviews != nullptr);
    CHECK(reviews->name == "Read 1 review");
}

TEST_CASE("the specification table is mirrored as a table: a row per line, its name as the row header") {
    HeadlessUi ui;
    App app;
    seed_app(ui, app);
    app.open("208027396");
    ui.frame(app, 3);  // the table is below the screen: a screen reader reads on to it
    const MirrorNode* table = find(app, MirrorRole::table, "Specifications");
    REQUIRE(table != nullptr);
    const MirrorNode* isbn = find(app, MirrorRole::rowheader, "ISBN-13");
    REQUIRE(isbn != nullptr);
    const MirrorNode* row = nullptr;
    for (const MirrorNode& node : app.mirror()) {
        if (node.key == isbn->parent) row = &node;
    }
    REQUIRE(row != nullptr);
    CHECK(row->role == MirrorRole::row);
    CHECK(row->parent == table->key);
    bool value_found = false;
    for (const MirrorNode& node : app.mirror()) value_found |= node.parent == row->key && node.role == MirrorRole::cell && node.name == "978-1492052203";
    CHECK(value_found);
    CHECK(find(app, MirrorRole::heading, "Frequently bought together") != nullptr);
    // "Why this product" as a list, each item where it is drawn.
    const MirrorNode* first = nullptr;
    const MirrorNode* second = nullptr;
    for (const MirrorNode& node : app.mirror()) {
        if (node.parent == "highlights" && node.position == 1) first = &node;
        if (node.parent == "highlights" && node.position == 2) second = &node;
    }
    REQUIRE(first != nullptr);
    REQUIRE(second != nullptr);
    CHECK(first->role == MirrorRole::listitem);
    CHECK(first->set_size == 3);
    CHECK(first->name == "Free international shipping included");
    CHECK(second->name == "Worldwide delivery with tracking");
    CHECK(second->rect[1] > first->rect[1]);  // the second item below the first
    CHECK(find(app, MirrorRole::cell, "978-1492052203")->rect[0] > isbn->rect[0]);  // the value right of its name
}

TEST_CASE("the sort order and the currency are selects whose options do what choosing them in the viewer does") {
    HeadlessUi ui;
    App app;
    seed_app(ui, app);
    const MirrorNode* sort = find(app, MirrorRole::select, "Sort by");
    REQUIRE(sort != nullptr);
    REQUIRE(sort->options.size() == 5);
    CHECK(sort->selected == 0);
    CHECK(sort->options[1].label == "Price: low to high");
    REQUIRE(app.activate(sort->options[1].action));
    ui.frame(app, 2);
    CHECK(app.route().sort == vitrine::SortOrder::price_ascending);
    CHECK(find(app, MirrorRole::select, "Sort by")->selected == 1);

    const MirrorNode* currency = find(app, MirrorRole::select, "Price in");
    REQUIRE(currency != nullptr);
    REQUIRE(currency->options.size() == 2);  // any, and the seed's GBP
    CHECK(currency->options[1].label == "GBP (1)");
    REQUIRE(app.activate(currency->options[1].action));
    ui.frame(app, 2);
    CHECK(app.route().filters.currency == "GBP");
    CHECK(app.route().sort == vitrine::SortOrder::price_ascending);
}
