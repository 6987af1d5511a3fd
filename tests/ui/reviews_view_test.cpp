// The review view with thousands of reviews: only a screenful is drawn, scrolling reaches the
// last one, and the star filter and the orders still apply.
#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>

#include "headless_ui.hpp"

using vitrine::App;
using vitrine::testing::HeadlessUi;

namespace {

constexpr int kReviews = 5'000;

int rating_of(int review) { return 1 + (review * 7) % 5; }

// Review i is dated i days after the first one, so "newest first" lists them backwards.
std::string date_of(int review) {
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", 2000 + review / 360, (review % 360) / 30 + 1, review % 30 + 1);
    return text;
}

// Bodies from empty to a long paragraph, so reviews have many different heights.
std::string body_of(int review) {
    std::string body;
    for (int word = 0; word < (review % 11) * 14; ++word) body += word % 5 == 0 ? "waterproof " : "sturdy ";
    return body;
}

std::string catalogue_with_reviews(int count) {
    nlohmann::json reviews = nlohmann::json::array();
    for (int i = 0; i < count; ++i) {
        reviews.push_back({{"rating", rating_of(i)},
                           {"title", "Review number " + std::to_string(i)},
                           {"author", "Shopper " + std::to_string(i)},
                           {"date", date_of(i)},
                           {"body", body_of(i)}});
    }
    nlohmann::json product = {{"id", "R-1"}, {"title", "Tent with many reviews"}, {"reviews", reviews}};
    return nlohmann::json{{"schema", "vitrine.catalogue/1"}, {"products", {product}}}.dump();
}

nlohmann::json state_of(const App& app) { return nlohmann::json::parse(app.state_json()); }

std::vector<int> drawn(const App& app) { return state_of(app)["reviews"]["drawn"].get<std::vector<int>>(); }

// The mouse over the review list, then the wheel turned by `notches` (negative scrolls down).
void wheel(HeadlessUi& ui, App& app, float notches) {
    const auto list = state_of(app)["layout"]["reviews-list"];
    ImGui::GetIO().AddMousePosEvent(list[0].get<float>() + 40, list[1].get<float>() + 40);
    ui.frame(app);
    ImGui::GetIO().AddMouseWheelEvent(0, notches);
    ui.frame(app, 3);
}

// The tent with kReviews reviews, open in its review view.
void open_reviews(HeadlessUi& ui, App& app) {
    app.load_file(catalogue_with_reviews(kReviews), "reviews.json", true);
    app.apply_location_hash("#/product/R-1/reviews");
    ui.frame(app, 3);
}

// The reviews drawn touch each other: each starts where ImGui put the end of the one above, so
// no measured height is off. The first starts at or above the list's top edge and the last
// ends at or below its bottom edge: the drawn reviews fill the list.
void check_reviews_fill_the_list(const App& app) {
    const auto state = state_of(app);
    const auto list = state["layout"]["reviews-list"];
    const float list_top = list[1].get<float>(), list_bottom = list_top + list[3].get<float>();
    std::vector<std::array<float, 4>> rects;
    for (const auto& [name, rect] : state["layout"].items()) {
        if (name.rfind("review-", 0) == 0) rects.push_back(rect.get<std::array<float, 4>>());
    }
    REQUIRE(rects.size() == state["reviews"]["drawn"].size());
    std::sort(rects.begin(), rects.end(), [](const auto& a, const auto& b) { return a[1] < b[1]; });
    for (std::size_t i = 1; i < rects.size(); ++i) CHECK(rects[i][1] == rects[i - 1][1] + rects[i - 1][3]);
    CHECK(rects.front()[1] <= list_top + 1);
    CHECK(rects.back()[1] + rects.back()[3] >= list_bottom - 1);
}

}  // namespace

TEST_CASE("a product with 5,000 reviews draws only the screenful in view, and scrolling reaches the last") {
    HeadlessUi ui;
    App app;
    open_reviews(ui, app);

    auto state = state_of(app);
    CHECK(state["reviews"]["shown"] == kReviews);
    auto on_screen = drawn(app);
    // 800 px of window, of which the list has some 500: no review is shorter than 3 lines.
    CHECK(on_screen.size() >= 3);
    CHECK(on_screen.size() <= 15);
    CHECK(on_screen.front() == kReviews - 1);  // newest first
    check_reviews_fill_the_list(app);

    wheel(ui, app, -5);  // a few notches down: further reviews, still a screenful
    on_screen = drawn(app);
    CHECK(on_screen.front() < kReviews - 1);
    CHECK(on_screen.size() <= 15);
    check_reviews_fill_the_list(app);

    wheel(ui, app, -1e6f);  // to the bottom
    on_screen = drawn(app);
    CHECK(on_screen.size() <= 15);
    CHECK(on_screen.back() == 0);  // the oldest review, last in the list
    const auto list = state_of(app)["layout"]["reviews-list"];
    const auto last = state_of(app)["layout"]["review-" + std::to_string(kReviews - 1)];
    // The last review ends at the list's bottom edge (its spacing below it is past the edge).
    const float last_end = last[1].get<float>() + last[3].get<float>();
    const float list_end = list[1].get<float>() + list[3].get<float>();
    CHECK(last_end >= list_end);
    CHECK(last_end - ImGui::GetStyle().ItemSpacing.y <= list_end);

    wheel(ui, app, 1e6f);  // and back to the top
    CHECK(drawn(app).front() == kReviews - 1);
}

TEST_CASE("with 5,000 reviews the star filter and the orders still apply to what is drawn") {
    HeadlessUi ui;
    App app;
    open_reviews(ui, app);
    wheel(ui, app, -1e6f);  // a new filter starts from the top, wherever the list was

    ui.click_item(app, "stars-5");
    ui.frame(app, 2);
    auto state = state_of(app);
    CHECK(state["reviews"]["stars"] == 5);
    CHECK(state["reviews"]["shown"] == kReviews / 5);
    auto on_screen = drawn(app);
    REQUIRE_FALSE(on_screen.empty());
    CHECK(on_screen.size() <= 15);
    for (const int review : on_screen) CHECK(rating_of(review) == 5);
    CHECK(on_screen.front() == 4'997);  // the newest 5-star review: 1 + (4997 * 7) % 5 == 5

    app.apply_location_hash("#/product/R-1/reviews?rsort=oldest");
    ui.frame(app, 3);
    on_screen = drawn(app);
    CHECK(on_screen.front() == 0);
    CHECK(std::is_sorted(on_screen.begin(), on_screen.end()));
    check_reviews_fill_the_list(app);

    app.apply_location_hash("#/product/R-1/reviews?rsort=lowest");
    ui.frame(app, 3);
    on_screen = drawn(app);
    for (const int review : on_screen) CHECK(rating_of(review) == 1);

    app.apply_location_hash("#/product/R-1/reviews?rq=waterproof&rsort=oldest");
    ui.frame(app, 3);
    state = state_of(app);
    // Bodies of review i hold (i % 11) * 14 words: none when i % 11 == 0.
    CHECK(state["reviews"]["shown"] == kReviews - (kReviews + 10) / 11);
    on_screen = drawn(app);
    CHECK(on_screen.front() == 1);
    check_reviews_fill_the_list(app);
}
