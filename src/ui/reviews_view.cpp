// The review view: average and histogram (click a bar to filter by stars), sort, search inside
// the reviews with the matches highlighted.
#include <algorithm>
#include <functional>
#include <string>

#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "ui/app.hpp"
#include "ui/fonts.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace vitrine {

namespace {

constexpr std::pair<ReviewSort, const char*> kReviewSortLabels[] = {
    {ReviewSort::newest, "Newest first"},
    {ReviewSort::oldest, "Oldest first"},
    {ReviewSort::highest, "Highest rated"},
    {ReviewSort::lowest, "Lowest rated"},
};

// One bar per star count; returns the star count clicked, or 0.
int draw_histogram(const std::size_t (&counts)[6], int chosen, const std::function<void(int)>& mark_bar) {
    std::size_t total = 0;
    for (int stars = 1; stars <= 5; ++stars) total += counts[stars];
    int clicked = 0;
    const float bar_width = 260.0f;
    for (int stars = 5; stars >= 1; --stars) {
        ImGui::PushID(stars);
        const float fraction = total == 0 ? 0.0f : static_cast<float>(counts[stars]) / static_cast<float>(total);
        const std::string label = std::to_string(stars) + " star";
        const bool selected = chosen == stars;
        if (ImGui::Selectable(label.c_str(), selected, ImGuiSelectableFlags_None, ImVec2(70, 0))) clicked = stars;
        ImGui::SameLine();
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float height = ImGui::GetTextLineHeight();
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->AddRectFilled(at, ImVec2(at.x + bar_width, at.y + height), palette().star_empty, 4.0f);
        draw->AddRectFilled(at, ImVec2(at.x + bar_width * fraction, at.y + height), palette().star, 4.0f);
        if (ImGui::InvisibleButton("##bar", ImVec2(bar_width, height))) clicked = stars;
        mark_bar(stars);
        ImGui::SameLine();
        ImGui::Text("%3.0f%% (%zu)", fraction * 100.0f, counts[stars]);
        ImGui::PopID();
    }
    return clicked;
}

void draw_review(const Review& review, const ReviewHit& hit) {
    draw_stars(review.rating, ImGui::GetFontSize());
    ImGui::SameLine();
    ImGui::PushFont(fonts().bold, kBaseFontSize);
    draw_highlighted_text(review.title, hit.title_spans, ImGui::GetContentRegionAvail().x);
    ImGui::PopFont();
    ImGui::PushStyleColor(ImGuiCol_Text, palette().muted);
    ImGui::Text("by %s%s%s", review.author.empty() ? "a customer" : review.author.c_str(),
                review.date.empty() ? "" : " on ", review.date.c_str());
    ImGui::PopStyleColor();
    ImGui::TextWrapped("%s", review.body.c_str());
    ImGui::Separator();
}

}  // namespace

void App::draw_reviews_view(const Product& product) {
    Route next = route_;
    bool changed = false;
    if (ImGui::Button("← Back to product") || (ImGui::IsKeyPressed(ImGuiKey_Escape) && !ImGui::GetIO().WantTextInput)) {
        next.view = View::detail;
        navigate(std::move(next), true);
        return;
    }
    draw_heading(product.title, 1.2f);
    draw_stars(product.rating.average, ImGui::GetFontSize() * 1.2f);
    ImGui::SameLine();
    ImGui::Text("%.1f out of 5 · %lld ratings · %lld written reviews, %zu shown here", product.rating.average,
                static_cast<long long>(product.rating.count), static_cast<long long>(product.reviews_count),
                product.reviews.size());

    ReviewRequest request;
    request.query = route_.review_query;
    request.stars = route_.review_stars;
    request.sort = route_.review_sort;
    const ReviewResult result = search_reviews(product, request);

    const int clicked = draw_histogram(result.star_counts, route_.review_stars,
                                       [this](int stars) { mark("stars-" + std::to_string(stars)); });
    if (clicked != 0) {
        next.review_stars = clicked == route_.review_stars ? 0 : clicked;
        changed = true;
    }

    ImGui::SetNextItemWidth(320);
    if (ImGui::InputTextWithHint("##review-query", "Search these reviews…", &next.review_query)) changed = true;
    ImGui::SameLine();
    ImGui::SetNextItemWidth(200);
    const char* current = kReviewSortLabels[0].second;
    for (const auto& [order, label] : kReviewSortLabels) {
        if (order == route_.review_sort) current = label;
    }
    if (ImGui::BeginCombo("##review-sort", current)) {
        for (const auto& [order, label] : kReviewSortLabels) {
            if (ImGui::Selectable(label, order == route_.review_sort)) {
                next.review_sort = order;
                changed = true;
            }
        }
        ImGui::EndCombo();
    }
    if (route_.review_stars != 0) {
        ImGui::SameLine();
        if (ImGui::Button("Show all stars")) {
            next.review_stars = 0;
            changed = true;
        }
    }
    if (changed) navigate(std::move(next), false);

    ImGui::BeginChild("reviews", ImVec2(0, 0), ImGuiChildFlags_None);
    if (result.hits.empty()) {
        ImGui::TextUnformatted(product.reviews.empty() ? "No reviews yet." : "No review matches.");
    }
    for (std::size_t i = 0; i < result.hits.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        draw_review(product.reviews[result.hits[i].review], result.hits[i]);
        ImGui::PopID();
    }
    ImGui::EndChild();
}

}  // namespace vitrine
