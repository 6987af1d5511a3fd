// The keys, wheel turns and swipes a viewer leaves to the page around it: Tab past its last
// control, and a wheel over a list at its end or over something that does not scroll.
#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>

#include "headless_ui.hpp"
#include "ui/input_policy.hpp"
#include "ui/fonts.hpp"
#include "ui/theme.hpp"

using vitrine::App;
using vitrine::testing::HeadlessUi;

namespace {

std::string catalogue_of(int count) {
    nlohmann::json products = nlohmann::json::array();
    for (int i = 0; i < count; ++i) {
        products.push_back({{"id", std::to_string(100 + i)},
                            {"title", "Garden hose " + std::to_string(i)},
                            {"price", {{"amount", 10.5 + i}, {"currency", "GBP"}, {"text", "£10.50"}}},
                            {"in_stock", i % 2 == 0}});
    }
    return nlohmann::json{{"schema", "vitrine.catalogue/1"}, {"products", products}}.dump();
}

ImVec2 centre_of(const App& app, const std::string& name) {
    const auto rect = vitrine::testing::layout_rect(app, name);
    return {rect[0] + rect[2] / 2, rect[1] + rect[3] / 2};
}

}  // namespace

// Presses Tab (Shift+Tab) until the next press would leave the viewer; returns the presses.
int tab_to_edge(HeadlessUi& ui, App& app, bool backwards) {
    int presses = 0;
    for (; presses < 100 && !vitrine::tab_leaves(app.drawn_items(), backwards); ++presses) {
        ImGui::GetIO().AddKeyEvent(ImGuiMod_Shift, backwards);
        ui.press(app, ImGuiKey_Tab);
        ImGui::GetIO().AddKeyEvent(ImGuiMod_Shift, false);
    }
    return presses;
}

TEST_CASE("Tab walks the controls, and past the last one it leaves the viewer; Shift+Tab leaves before the first") {
    HeadlessUi ui;
    App app;
    app.load_file(catalogue_of(3), "three.json", true);
    ui.frame(app, 3);
    // The search box has the focus on load; the header's buttons come before it, the filters
    // and the results after it.
    const int forward = tab_to_edge(ui, app, false);
    CHECK(forward >= 1);
    CHECK(forward < 100);
    CHECK_FALSE(vitrine::tab_leaves(app.drawn_items(), true));  // from the last, back is inside
    const int backward = tab_to_edge(ui, app, true);
    CHECK(backward > forward);  // back past the search box to the header
    CHECK(backward < 100);
    CHECK_FALSE(vitrine::tab_leaves(app.drawn_items(), false));
}

TEST_CASE("the wheel over the result list scrolls it until its end, then belongs to the page") {
    HeadlessUi ui;
    App app;
    app.load_file(catalogue_of(60), "sixty.json", true);
    ui.frame(app, 3);
    const ImVec2 row = centre_of(app, "row-1");
    CHECK_FALSE(vitrine::wheel_would_scroll(row, 0, 1));  // at the top: up is the page's
    CHECK(vitrine::wheel_would_scroll(row, 0, -1));
    for (int i = 0; i < 200 && vitrine::wheel_would_scroll(row, 0, -1); ++i) {
        ImGui::GetIO().AddMousePosEvent(row.x, row.y);
        ImGui::GetIO().AddMouseWheelEvent(0, -1);
        ui.frame(app);
    }
    CHECK_FALSE(vitrine::wheel_would_scroll(row, 0, -1));  // at the end: down is the page's
    CHECK(vitrine::wheel_would_scroll(row, 0, 1));
    CHECK(nlohmann::json::parse(app.state_json())["resultsScroll"].get<float>() > 1000);
}

TEST_CASE("the wheel over a list with nothing to scroll, or over the filters, belongs to the page") {
    HeadlessUi ui;
    App app;
    app.load_file(catalogue_of(4), "four.json", true);
    ui.frame(app, 3);
    CHECK_FALSE(vitrine::wheel_would_scroll(centre_of(app, "row-0"), 0, -1));
    CHECK_FALSE(vitrine::wheel_would_scroll(centre_of(app, "row-0"), 0, 1));
    CHECK_FALSE(vitrine::wheel_would_scroll(centre_of(app, "search-box"), 0, -1));
}

TEST_CASE("two viewers on one page keep their own theme and fonts") {
    HeadlessUi light;
    HeadlessUi dark;  // the current context now
    vitrine::apply_theme(vitrine::Theme::dark);
    const ImU32 dark_accent = vitrine::palette().accent;
    const ImFont* dark_font = vitrine::fonts().regular;
    light.make_current();
    CHECK(vitrine::current_theme() == vitrine::Theme::light);
    CHECK(vitrine::palette().accent != dark_accent);
    CHECK(vitrine::fonts().regular != dark_font);
    CHECK(vitrine::fonts().regular->ContainerAtlas == ImGui::GetIO().Fonts);
    dark.make_current();
    CHECK(vitrine::current_theme() == vitrine::Theme::dark);
}

TEST_CASE("an embedding page's accent colour and corner radius reach the look, in both themes") {
    HeadlessUi ui;
    App app;
    const ImU32 magenta = IM_COL32(194, 24, 91, 255);
    vitrine::LookOverrides look;
    look.accent = magenta;
    look.radius = 2.0f;
    app.set_look(look);
    CHECK(vitrine::palette().accent == magenta);
    CHECK(ImGui::GetStyle().FrameRounding == 2.0f);
    CHECK(ImGui::ColorConvertFloat4ToU32(ImGui::GetStyle().Colors[ImGuiCol_CheckMark]) == magenta);
    app.set_theme(App::ThemeChoice::dark);
    CHECK(vitrine::current_theme() == vitrine::Theme::dark);
    CHECK(vitrine::palette().accent == magenta);
    app.set_look({});
    CHECK(vitrine::palette().accent != magenta);
    CHECK(ImGui::GetStyle().FrameRounding == 6.0f);
}

TEST_CASE("after a link opens another view, Tab starts among the new view's controls instead of leaving") {
    HeadlessUi ui;
    App app;
    app.load_file(catalogue_of(3), "three.json", true);
    ui.frame(app, 3);
    ui.press(app, ImGuiKey_Tab);  // from the search box to the next control
    app.open("100");              // as Enter on a link would
    ui.frame(app, 3);
    CHECK_FALSE(vitrine::tab_leaves(app.drawn_items(), false));
    CHECK_FALSE(vitrine::tab_leaves(app.drawn_items(), true));
}
