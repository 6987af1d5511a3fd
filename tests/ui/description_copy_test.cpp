// The product description, read as wrapped text, selected with the mouse or Ctrl+A and copied
// with Ctrl+C: the clipboard gets the description as written, never the wrapping's line breaks.
#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>

#include "headless_ui.hpp"

using vitrine::App;
using vitrine::testing::HeadlessUi;

namespace {

std::string clipboard;

// The clipboard as the platform sees it: what ImGui hands over.
void capture_clipboard() {
    clipboard.clear();
    ImGui::GetPlatformIO().Platform_SetClipboardTextFn = [](ImGuiContext*, const char* text) { clipboard = text; };
}

std::string catalogue_with_description(const std::string& description) {
    nlohmann::json product = {{"id", "D-1"}, {"title", "Kettle"}, {"description", description}};
    return nlohmann::json{{"schema", "vitrine.catalogue/1"}, {"products", {product}}}.dump();
}

// A catalogue of one product with this description, open in its detail view.
void open_description(HeadlessUi& ui, App& app, const std::string& description) {
    app.load_file(catalogue_with_description(description), "kettle.json", true);
    app.apply_location_hash("#/product/D-1");
    ui.frame(app, 3);
}

void mouse_to(HeadlessUi& ui, App& app, float x, float y) {
    ImGui::GetIO().AddMousePosEvent(x, y);
    ui.frame(app);
}

void mouse_button(HeadlessUi& ui, App& app, bool down) {
    ImGui::GetIO().AddMouseButtonEvent(0, down);
    ui.frame(app);
}

void ctrl_and(HeadlessUi& ui, App& app, ImGuiKey key) {
    ImGui::GetIO().AddKeyEvent(ImGuiMod_Ctrl, true);
    ui.press(app, key);
    ImGui::GetIO().AddKeyEvent(ImGuiMod_Ctrl, false);
    ui.frame(app);
}

std::string long_description() {
    std::string text;
    for (int i = 0; i < 12; ++i) text += "The stainless steel body keeps the water hot for an hour after it boils. ";
    return text + "Cordless, 1.7 litres.";
}

}  // namespace

TEST_CASE("dragging across a wrapped description and pressing Ctrl+C copies that part as written") {
    HeadlessUi ui;
    App app;
    capture_clipboard();
    const std::string description = long_description();
    open_description(ui, app, description);

    const auto field = vitrine::testing::layout_rect(app, "description");
    const float line = ImGui::GetTextLineHeight();
    REQUIRE(field[3] >= 4 * line);  // wrapped over several rows, all shown: no inner scrolling
    // From the very start of the text to the middle of its third row.
    mouse_to(ui, app, field[0] + 1, field[1] + line * 0.5f);
    mouse_button(ui, app, true);
    mouse_to(ui, app, field[0] + field[2] * 0.5f, field[1] + line * 1.5f);
    mouse_to(ui, app, field[0] + field[2] * 0.5f, field[1] + line * 2.5f);
    mouse_button(ui, app, false);
    ctrl_and(ui, app, ImGuiKey_C);

    INFO("copied: " << clipboard);
    CHECK(clipboard.find('\n') == std::string::npos);
    CHECK(description.rfind(clipboard, 0) == 0);  // the description's start, spaces where rows wrapped
    CHECK(ImGui::CalcTextSize(clipboard.c_str()).x > 2 * field[2]);  // more than two rows' worth
}

TEST_CASE("Ctrl+A then Ctrl+C in the description copies it whole, long words and CJK included") {
    HeadlessUi ui;
    App app;
    capture_clipboard();
    std::string description = long_description() + "\nSee https://example.com/";
    for (int i = 0; i < 5; ++i) description += "very-long-address-without-spaces/";  // wider than the column
    description += "\n";
    for (int i = 0; i < 30; ++i) description += "取扱説明書をよくお読みください。";
    open_description(ui, app, description);

    const auto field = vitrine::testing::layout_rect(app, "description");
    mouse_to(ui, app, field[0] + 10, field[1] + 5);
    mouse_button(ui, app, true);
    mouse_button(ui, app, false);
    ctrl_and(ui, app, ImGuiKey_A);
    ctrl_and(ui, app, ImGuiKey_C);
    CHECK(clipboard == description);
}

TEST_CASE("the description looks like text: as tall as its rows, no wider than the text column") {
    HeadlessUi ui;
    App app;
    const std::string description = long_description();
    open_description(ui, app, description);
    const auto field = vitrine::testing::layout_rect(app, "description");
    CHECK(field[2] <= 900);
    // The same number of rows ImGui's own wrapped text takes at that width.
    const float wrapped_height = ImGui::CalcTextSize(description.c_str(), nullptr, false, field[2]).y;
    CHECK(field[3] == wrapped_height);
}

TEST_CASE("the Copy description button still copies the whole description") {
    HeadlessUi ui;
    App app;
    capture_clipboard();
    const std::string description = long_description();
    open_description(ui, app, description);
    const auto field = vitrine::testing::layout_rect(app, "description");
    // The button sits right under the description.
    mouse_to(ui, app, field[0] + 20, field[1] + field[3] + ImGui::GetStyle().ItemSpacing.y + 4);
    mouse_button(ui, app, true);
    mouse_button(ui, app, false);
    CHECK(clipboard == description);
}

TEST_CASE("after selecting in the description, one Esc goes back to the results and / to the search box") {
    for (const ImGuiKey key : {ImGuiKey_Escape, ImGuiKey_Slash}) {
        HeadlessUi ui;
        App app;
        open_description(ui, app, long_description());
        const auto field = vitrine::testing::layout_rect(app, "description");
        mouse_to(ui, app, field[0] + 5, field[1] + 5);
        mouse_button(ui, app, true);
        mouse_button(ui, app, false);
        ui.press(app, key);
        CHECK(nlohmann::json::parse(app.state_json())["view"] == "search");
    }
}
