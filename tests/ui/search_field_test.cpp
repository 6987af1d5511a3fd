// The search box with a right-to-left query, driven as a reader of Arabic would: the arrow keys
// move the caret in reading order, and a click places it where it lands on the shaped text.
#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>
#include <array>
#include <string>

#include "headless_ui.hpp"

using vitrine::App;
using vitrine::testing::HeadlessUi;

namespace {

const std::string kWord = "سماعات";  // "headphones", six letters of two bytes

std::string arabic_catalogue() {
    nlohmann::json products = nlohmann::json::array();
    products.push_back({{"id", "AE-1"}, {"title", "سماعات لاسلكية"}, {"in_stock", true}});
    return nlohmann::json{{"schema", "vitrine.catalogue/1"}, {"products", products}}.dump();
}

std::string query_of(const App& app) { return nlohmann::json::parse(app.state_json())["query"].get<std::string>(); }

struct ArabicQuery {
    HeadlessUi ui{vitrine::testing::shipped_fonts({"arabic"})};
    App app;
    ArabicQuery() {
        app.load_file(arabic_catalogue(), "arabic.json", true);
        ui.frame(app, 2);
        ui.type(app, kWord);
        ui.frame(app, 2);
        REQUIRE(query_of(app) == kWord);
    }
};

}  // namespace

TEST_CASE("in a right-to-left query the left arrow moves the caret forward through the text, the right arrow back") {
    ArabicQuery field;
    field.ui.press(field.app, ImGuiKey_Home);
    field.ui.press(field.app, ImGuiKey_LeftArrow);
    field.ui.press(field.app, ImGuiKey_LeftArrow);
    field.ui.press(field.app, ImGuiKey_RightArrow);
    field.ui.type(field.app, "x");
    CHECK(query_of(field.app) == kWord.substr(0, 2) + "x" + kWord.substr(2));
}

TEST_CASE("a click at the right end of a right-to-left query puts the caret before its first letter, at the left end after its last") {
    ArabicQuery field;
    const std::array<float, 4> box = vitrine::testing::layout_rect(field.app, "search-box");
    const float padding = ImGui::GetStyle().FramePadding.x;
    const float middle = box[1] + box[3] / 2;

    // Arabic letters are typed, not Latin ones: a leading Latin letter would make the paragraph
    // left-to-right and move the text to the left edge.
    const std::string article = "ال";
    const std::string suffix = "ي";
    field.ui.click(field.app, box[0] + box[2] - padding - 1, middle);
    field.ui.type(field.app, article);
    CHECK(query_of(field.app) == article + kWord);

    field.ui.click(field.app, box[0] + padding + 1, middle);  // the text is aligned on the right: this is past its end
    field.ui.type(field.app, suffix);
    CHECK(query_of(field.app) == article + kWord + suffix);
}
