// A product's pictures by keyboard: Tab reaches each tile, Enter shows it large, the arrows step
// through the pictures and Escape closes it, leaving the product open.
#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>

#include "headless_ui.hpp"
#include "imgui_internal.h"

using vitrine::App;
using vitrine::MirrorNode;
using vitrine::MirrorRole;
using vitrine::testing::HeadlessUi;

namespace {

std::string product_with_pictures() {
    nlohmann::json images = nlohmann::json::array();
    for (const char* alt : {"Front", "Side", "Box"}) images.push_back({{"url", std::string("https://example.com/") + alt + ".jpg"}, {"alt", alt}});
    const nlohmann::json product = {{"id", "p1"}, {"title", "Kettle"}, {"images", images}};
    return nlohmann::json{{"schema", "vitrine.catalogue/1"}, {"products", {product}}}.dump();
}

const MirrorNode* named(const App& app, const std::string& name_start) {
    for (const MirrorNode& node : app.mirror()) {
        if (node.name.rfind(name_start, 0) == 0) return &node;
    }
    return nullptr;
}

bool focused(const MirrorNode* node) { return node != nullptr && node->key == vitrine::mirror_key(ImGui::GetCurrentContext()->NavId); }

}  // namespace

TEST_CASE("Tab reaches a picture, Enter shows it large, arrows step through the pictures, Escape closes it") {
    HeadlessUi ui;
    App app;
    app.load_file(product_with_pictures(), "pictures.json", true);
    ui.frame(app, 2);
    app.open("p1");
    ui.frame(app, 3);
    REQUIRE(named(app, "Show large: Picture 2 of 3: Side") != nullptr);
    for (int presses = 0; presses < 20 && !focused(named(app, "Show large: Picture 2 of 3")); ++presses) ui.press(app, ImGuiKey_Tab);
    REQUIRE(focused(named(app, "Show large: Picture 2 of 3")));

    ui.press(app, ImGuiKey_Enter);
    ui.frame(app);
    REQUIRE(named(app, "Picture 2 of 3: Side") != nullptr);
    CHECK(named(app, "Picture 2 of 3: Side")->role == MirrorRole::heading);
    ui.press(app, ImGuiKey_RightArrow);
    CHECK(named(app, "Picture 3 of 3: Box") != nullptr);
    ui.press(app, ImGuiKey_RightArrow);
    CHECK(named(app, "Picture 1 of 3: Front") != nullptr);
    ui.press(app, ImGuiKey_Escape);
    ui.frame(app);
    CHECK(named(app, "Picture 1 of 3") == nullptr);
    CHECK(app.route().view == vitrine::View::detail);
}

TEST_CASE("the focus ring shows from the first key pressed, not only after Tab or an arrow") {
    HeadlessUi ui;
    App app;
    app.load_file(product_with_pictures(), "pictures.json", true);
    ui.frame(app, 2);
    ui.click(app, 5, 700);  // a click hides it
    CHECK_FALSE(ImGui::GetCurrentContext()->NavCursorVisible);
    ui.type(app, "k");
    CHECK(ImGui::GetCurrentContext()->NavCursorVisible);
}
