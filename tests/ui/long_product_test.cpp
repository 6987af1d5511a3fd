// A product with huge sections (broken or generated data) costs a frame what a screenful does:
// the detail view submits the lines and links in view, not all of them as ImGui's wrapped text
// would, and lays the text out once per width.
#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>

#include "headless_ui.hpp"

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
