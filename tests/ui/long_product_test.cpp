// A product with huge sections (broken or generated data) costs a frame what a screenful does:
// the detail view submits the lines and links in view, not all of them as ImGui's wrapped text
// would, and lays the text out once per width.
#include <algorithm>
#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>
#include <string_view>

#include "headless_ui.hpp"
#include "imgui_internal.h"

using vitrine::App;
using vitrine::testing::HeadlessUi;

namespace {

std::string long_product() {
    std::string megabyte;
    while (megabyte.size() < (1 << 20) - 64) megabyte += "A long section of words that wraps over many lines. ";
    nlohmann::json sections = nlohmann::json::array();
    for (int i = 0; i < 10; ++i) sections.push_back({{"heading", "Section " + std::to_string(i)}, {"body", megabyte}});
    nlohmann::json together = nlohmann::json::array();
    for (int i = 0; i < 10000; ++i) together.push_back("Accessory " + std::to_string(i));
    nlohmann::json answers = {{{"question", "Long?"}, {"answer", megabyte}}};
    const nlohmann::json product = {{"id", "long"}, {"title", "Long product"}, {"extra_sections", sections},
                                    {"bought_together", together}, {"quick_answers", answers}};
    return nlohmann::json{{"schema", "vitrine.catalogue/1"}, {"products", {product}}}.dump();
}

}  // namespace

TEST_CASE("a product with ten 1 MB sections and 10,000 accessories draws only what is in view") {
    HeadlessUi ui;
    App app;
    app.load_file(long_product(), "long.json", true);
    ui.frame(app, 2);
    REQUIRE(app.catalogue().products.size() == 1);
    app.open("long");
    ui.frame(app, 3);
    CHECK(app.drawn_items().size() < 400);  // not thousands of links out of view
    CHECK(app.mirror().size() < 600);
}

namespace {

std::string product_with_long_lists(int count) {
    nlohmann::json best_for = nlohmann::json::array(), highlights = nlohmann::json::array();
    nlohmann::json specs = nlohmann::json::array(), ranks = nlohmann::json::array();
    for (int i = 0; i < count; ++i) {
        const std::string n = std::to_string(i);
        best_for.push_back("Reason " + n + ", which goes on for a while so that it wraps in a narrow window");
        highlights.push_back("Highlight " + n);
        specs.push_back({{"name", "Property " + n}, {"value", "Value " + n + " with enough words to wrap in the value column"}});
        ranks.push_back({{"category", "Category " + n}, {"rank", i + 1}});
    }
    const nlohmann::json product = {{"id", "lists"}, {"title", "Lists"}, {"best_for", best_for}, {"highlights", highlights},
                                    {"specs", specs}, {"ranks", ranks}};
    return nlohmann::json{{"schema", "vitrine.catalogue/1"}, {"products", {product}}}.dump();
}

bool mirrors(const App& app, const std::string& key) {
    for (const vitrine::MirrorNode& node : app.mirror()) {
        if (node.key == key) return true;
    }
    return false;
}

// The detail view's scrolling region, scrolled as far as `fraction` of its length.
void scroll_detail_to(HeadlessUi& ui, App& app, float fraction) {
    for (ImGuiWindow* window : ImGui::GetCurrentContext()->Windows) {
        if (std::string_view(window->Name).find("/detail_") == std::string_view::npos) continue;
        ImGui::SetScrollY(window, window->ScrollMax.y * fraction);
    }
    ui.frame(app, 3);
}

}  // namespace

TEST_CASE("lists and a specification table of 10,000 entries each draw only what is in view, wherever it is scrolled") {
    HeadlessUi ui;
    App app;
    app.load_file(product_with_long_lists(10000), "lists.json", true);
    ui.frame(app, 2);
    app.open("lists");
    ui.frame(app, 3);
    CHECK(app.mirror().size() < 600);  // not 60,000 entries
    CHECK(mirrors(app, "best-for:0"));
    CHECK_FALSE(mirrors(app, "best-for:9999"));

    // Every part is reachable by scrolling, and what shows there is what is drawn and mirrored.
    scroll_detail_to(ui, app, 0.35f);
    CHECK(app.mirror().size() < 600);
    CHECK_FALSE(mirrors(app, "best-for:0"));
    scroll_detail_to(ui, app, 0.6f);
    const bool some_spec_shown = std::any_of(app.mirror().begin(), app.mirror().end(),
                                             [](const vitrine::MirrorNode& node) { return node.role == vitrine::MirrorRole::rowheader; });
    CHECK(some_spec_shown);
    scroll_detail_to(ui, app, 1.0f);
    CHECK(mirrors(app, "rank:9999"));
    CHECK(app.mirror().size() < 600);
}
