// The viewer driven headlessly as a person would: typing, arrow keys, Enter, Esc, links.
#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>

#include "headless_ui.hpp"
#include "platform/native/native_host_log.hpp"

using vitrine::App;
using vitrine::View;
using vitrine::testing::HeadlessUi;

namespace {

std::string small_catalogue() {
    nlohmann::json products = nlohmann::json::array();
    const char* titles[] = {"Garden hose 30 m", "Espresso machine X200", "Python cookbook", "Wooden train set"};
    int id = 100;
    for (const char* title : titles) {
        products.push_back({{"id", std::to_string(id++)},
                            {"title", title},
                            {"price", {{"amount", 10.5}, {"currency", "GBP"}, {"text", "£10.50"}}},
                            {"in_stock", true}});
    }
    return nlohmann::json{{"schema", "vitrine.catalogue/1"}, {"products", products}}.dump();
}

nlohmann::json state_of(const App& app) { return nlohmann::json::parse(app.state_json()); }

}  // namespace

TEST_CASE("typing into the focused search box searches on every keystroke") {
    HeadlessUi ui;
    App app;
    app.load_file(small_catalogue(), "small.json", true);
    ui.frame(app, 2);
    ui.type(app, "espr");
    const auto state = state_of(app);
    CHECK(state["query"] == "espr");
    REQUIRE(state["results"].size() >= 1);
    CHECK(state["results"][0] == "101");
    const auto& hashes = vitrine::host::native_host_log().hashes;
    CHECK((hashes.empty() || hashes.back() != "/search?q=espr"));  // not on every keystroke
    ui.frame(app, 30);  // the address follows once the typing pauses (half a second of frames)
    REQUIRE_FALSE(vitrine::host::native_host_log().hashes.empty());
    CHECK(vitrine::host::native_host_log().hashes.back() == "/search?q=espr");
}

TEST_CASE("typing and at once pressing Enter leaves the typed search in history, for Back") {
    HeadlessUi ui;
    App app;
    app.load_file(small_catalogue(), "small.json", true);
    ui.frame(app, 2);
    ui.type(app, "espr");
    ui.press(app, ImGuiKey_Enter);  // well within the pause that would write the address
    const auto& hashes = vitrine::host::native_host_log().hashes;
    REQUIRE(hashes.size() >= 2);
    CHECK(hashes[hashes.size() - 2] == "/search?q=espr");
    CHECK(hashes.back() == "/product/101");
}

TEST_CASE("arrow keys move the selection and Enter opens it; Esc goes back to the same results") {
    HeadlessUi ui;
    App app;
    app.load_file(small_catalogue(), "small.json", true);
    ui.frame(app, 2);
    const auto all = state_of(app)["results"];
    REQUIRE(all.size() == 4);
    ui.press(app, ImGuiKey_DownArrow);
    ui.press(app, ImGuiKey_DownArrow);
    ui.press(app, ImGuiKey_UpArrow);
    CHECK(state_of(app)["selected"] == 1);
    ui.press(app, ImGuiKey_Enter);
    auto state = state_of(app);
    CHECK(state["view"] == "detail");
    CHECK(state["productId"] == all[1]);
    REQUIRE_FALSE(vitrine::host::native_host_log().hashes.empty());
    CHECK(vitrine::host::native_host_log().hashes.back() == "/product/" + all[1].get<std::string>());

    ui.press(app, ImGuiKey_Escape);
    state = state_of(app);
    CHECK(state["view"] == "search");
    CHECK(state["results"] == all);
}

TEST_CASE("a deep link opens its product, and an unknown product falls back to the search") {
    HeadlessUi ui;
    App app;
    app.load_file(small_catalogue(), "small.json", true);
    app.apply_location_hash("#/product/102");
    ui.frame(app);
    CHECK(state_of(app)["view"] == "detail");
    CHECK(state_of(app)["productId"] == "102");

    app.apply_location_hash("#/search?q=train");
    ui.frame(app);
    CHECK(state_of(app)["view"] == "search");
    CHECK(state_of(app)["results"][0] == "103");
}

TEST_CASE("a catalogue that cannot be read says so in state() and the viewer keeps running") {
    HeadlessUi ui;
    App app;
    app.load_file("{ not json", "broken.json", true);
    ui.frame(app, 2);
    const auto state = state_of(app);
    CHECK(state["ready"] == true);
    REQUIRE(state["errors"].size() >= 1);
    CHECK(state["errors"][0].get<std::string>().find("broken.json:1") == 0);
}

TEST_CASE("a file refused while a catalogue is shown says why above the results, which stay") {
    HeadlessUi ui;
    App app;
    app.load_file(small_catalogue(), "small.json", true);
    ui.frame(app, 2);
    const auto results = state_of(app)["results"];
    REQUIRE_FALSE(results.empty());
    app.report_load_error("huge.json (1200 MB) needs about 7200 MB of memory to open");
    ui.frame(app, 2);
    CHECK(state_of(app)["results"] == results);
    CHECK(state_of(app)["errors"][0] == "huge.json (1200 MB) needs about 7200 MB of memory to open");
    bool said = false;
    for (const vitrine::MirrorNode& node : app.mirror()) said |= node.name.rfind("huge.json (1200 MB)", 0) == 0;
    CHECK(said);
}

TEST_CASE("files dropped together: one refused keeps its message while the others make the catalogue") {
    HeadlessUi ui;
    App app;
    app.load_file(small_catalogue(), "small.json", true);
    ui.frame(app, 2);
    app.begin_load();
    app.report_load_error("big.json (900 MB) needs about 5400 MB of memory to open");
    app.load_file(R"({"schema": "vitrine.catalogue/1", "products": [{"id": "k1", "title": "Kettle one"}]})", "one.json", true);
    app.load_file(R"({"schema": "vitrine.catalogue/1", "products": [{"id": "k2", "title": "Kettle two"}]})", "two.json", false);
    ui.frame(app, 2);
    CHECK(state_of(app)["products"] == 2);
    CHECK(state_of(app)["errors"] == nlohmann::json::array({"big.json (900 MB) needs about 5400 MB of memory to open"}));
    app.begin_load();  // the next file opened: the old message goes
    app.load_file(R"({"schema": "vitrine.catalogue/1", "products": [{"id": "k3", "title": "Kettle three"}]})", "three.json", true);
    ui.frame(app, 2);
    CHECK(state_of(app)["products"] == 1);
    CHECK(state_of(app)["errors"].empty());
}

TEST_CASE("a search that finds nothing offers a close spelling, and clicking it searches") {
    HeadlessUi ui;
    App app;
    app.load_file(small_catalogue(), "small.json", true);
    app.search("espresso machinx zzzzzzzz");
    ui.frame(app, 2);
    CHECK(state_of(app)["total"] == 0);
    app.search("pithen cookbook");  // two letters off: more than search forgives in a short word
    ui.frame(app, 2);
    const auto state = state_of(app);
    CHECK(state["total"] == 0);
    REQUIRE(state["layout"].contains("suggestion"));
    ui.click_item(app, "suggestion");
    ui.frame(app, 2);
    CHECK(state_of(app)["query"] == "python cookbook");
    CHECK(state_of(app)["results"][0] == "102");
}

TEST_CASE("in a narrow window the filters give way to the results, behind a button") {
    HeadlessUi ui;
    ui.display_size = ImVec2(600, 800);
    App app;
    app.load_file(small_catalogue(), "small.json", true);
    ui.frame(app, 2);
    auto layout = state_of(app)["layout"];
    REQUIRE(layout.contains("filters-toggle"));
    CHECK_FALSE(layout.contains("facets"));
    REQUIRE(layout.contains("row-0"));
    CHECK(layout["row-0"][2].get<float>() > 500);  // the results have the whole width

    ui.click_item(app, "filters-toggle");
    layout = state_of(app)["layout"];
    CHECK(layout.contains("facets"));
    CHECK_FALSE(layout.contains("row-0"));

    ui.display_size = ImVec2(1280, 800);
    ui.frame(app, 2);
    layout = state_of(app)["layout"];
    CHECK(layout.contains("facets"));
    CHECK(layout.contains("row-0"));
    CHECK_FALSE(layout.contains("filters-toggle"));
}

TEST_CASE("in a documentation column (600 to 900 px) the filters stay beside the results, and rows keep the title's room") {
    HeadlessUi ui;
    ui.display_size = ImVec2(720, 800);
    App app;
    app.load_file(small_catalogue(), "small.json", true);
    ui.frame(app, 2);
    const auto layout = state_of(app)["layout"];
    CHECK_FALSE(layout.contains("filters-toggle"));
    REQUIRE(layout.contains("facets"));
    REQUIRE(layout.contains("row-0"));
    CHECK(layout["facets"][2].get<float>() < 250);
    CHECK(layout["row-0"][0].get<float>() > layout["facets"][0].get<float>() + layout["facets"][2].get<float>());
    CHECK(layout["row-0"][2].get<float>() > 400);
}
