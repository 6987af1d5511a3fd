// The review view: average and histogram (click a bar to filter by stars), sort, search inside
// the reviews with the matches highlighted.
#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "core/utf8.hpp"
#include "imgui.h"
#include "ui/app.hpp"
#include "ui/fonts.hpp"
#include "ui/reading_column.hpp"
#include "ui/shaped_input.hpp"
#include "ui/text_shaper.hpp"
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

// draw_review() and review_height() describe the same layout: one measures what the other draws,
// so that the list knows where every review starts without drawing it.
// A review written from the right (Arabic, Hebrew) has its stars, title and byline on the right.
void draw_review(const Review& review, const ReviewHit& hit) {
    const ReadingColumn column = ReadingColumn::at_cursor(ImGui::GetContentRegionAvail().x, review.title.empty() ? review.body : review.title);
    const float stars = stars_width(ImGui::GetFontSize());
    const float top = ImGui::GetCursorScreenPos().y;
    if (column.mirrored) {
        ImGui::SetCursorScreenPos(ImVec2(column.left + column.width - stars, top));
        draw_stars(review.rating, ImGui::GetFontSize());
        ImGui::SetCursorScreenPos(ImVec2(column.left, top));
    } else {
        draw_stars(review.rating, ImGui::GetFontSize());
        ImGui::SameLine();
    }
    const float title_width = column.mirrored ? column.width - stars - ImGui::GetStyle().ItemSpacing.x : ImGui::GetContentRegionAvail().x;
    ImGui::PushFont(fonts().bold, kBaseFontSize);
    draw_highlighted_text(review.title, hit.title_spans, title_width);
    ImGui::PopFont();
    const std::string byline = "by " + (review.author.empty() ? std::string("a customer") : std::string(review.author)) + (review.date.empty() ? "" : " on ") + review.date;
    ImGui::PushStyleColor(ImGuiCol_Text, palette().muted);
    column.place(drawn_text_width(byline));
    draw_text(byline);
    ImGui::PopStyleColor();
    if (needs_shaping(review.body)) {
        draw_shaped_text(review.body, ImGui::GetContentRegionAvail().x);
    } else {
        ImGui::TextWrapped("%.*s", static_cast<int>(review.body.size()), review.body.data());
    }
    ImGui::Separator();
}

// Each review's height at `width`, its spacing to the next one included. Call at the start of a
// line in the list, where TextWrapped() wraps at `width`.
std::vector<float> review_heights(const Product& product, const ReviewResult& result, float width) {
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    const float line = ImGui::GetTextLineHeight();
    ImGui::PushFont(fonts().bold, kBaseFontSize);
    const float title_line = ImGui::GetTextLineHeight();
    ImGui::PopFont();
    const float fixed = std::max(line, title_line) + spacing  // stars and title
                        + line + spacing                      // byline
                        + spacing                             // after the body
                        + spacing;                            // a 1 px Separator() takes no height of its own
    std::vector<float> heights;
    heights.reserve(result.hits.size());
    for (const ReviewHit& hit : result.hits) {
        const std::string_view body = product.reviews[hit.review].body;
        const float body_height = needs_shaping(body) ? static_cast<float>(shaped_block(body, width).lines.size()) * line
                                                      : ImGui::CalcTextSize(body.data(), body.data() + body.size(), false, width).y;
        heights.push_back(fixed + body_height);
    }
    return heights;
}

constexpr std::size_t kMirroredTextBytes = 8000;  // enough to read and find; a huge review is not copied each frame

}  // namespace

void App::draw_reviews_view(const Product& product) {
    Route next = route_;
    bool changed = false;
    // A view opened by the keyboard (Enter on a link) starts with the focus on its first control;
    // the control that opened it is gone.
    if (view_arrived_) ImGui::SetKeyboardFocusHere();
    if (ImGui::Button("← Back to product") || (ImGui::IsKeyPressed(ImGuiKey_Escape) && !ImGui::GetIO().WantTextInput)) {
        next.view = View::detail;
        navigate(std::move(next), true);
        return;
    }
    draw_heading(product.title, 1.2f, ImGui::GetContentRegionAvail().x);
    mirror_text(MirrorRole::heading, "view-heading", "Reviews of " + product.title, 1);
    draw_stars(product.rating.average, ImGui::GetFontSize() * 1.2f);
    ImGui::SameLine();
    ImGui::Text("%.1f out of 5 · %lld ratings · %lld written reviews, %zu shown here", product.rating.average,
                static_cast<long long>(product.rating.count), static_cast<long long>(product.reviews_count),
                product.reviews.size());

    const ReviewRequest request{route_.review_query, route_.review_stars, route_.review_sort};
    const bool searched = reviews_.update(product, request);
    const ReviewResult& result = reviews_.result();

    const int clicked = draw_histogram(result.star_counts, route_.review_stars,
                                       [this](int stars) { mark("stars-" + std::to_string(stars)); });
    if (clicked != 0) {
        next.review_stars = clicked == route_.review_stars ? 0 : clicked;
        changed = true;
    }

    ImGui::SetNextItemWidth(std::min(320.0f, ImGui::GetContentRegionAvail().x));
    if (input_text_any_script("##review-query", "Search these reviews…", &next.review_query)) changed = true;
    constexpr float kSortWidth = 200.0f;
    same_line_if_fits(kSortWidth);
    ImGui::SetNextItemWidth(kSortWidth);
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
        same_line_if_fits(button_width("Show all stars"));
        if (ImGui::Button("Show all stars")) {
            next.review_stars = 0;
            changed = true;
        }
    }
    if (changed) navigate(std::move(next), false);

    if (searched) ImGui::SetNextWindowScroll(ImVec2(0, 0));  // another filter or order starts from its first review
    ImGui::BeginChild("reviews", ImVec2(0, 0), kNavFlattened);
    const ImVec2 list_at = ImGui::GetWindowPos(), list_size = ImGui::GetWindowSize();
    layout_["reviews-list"] = {list_at.x, list_at.y, list_size.x, list_size.y};
    if (result.hits.empty()) {
        ImGui::TextUnformatted(product.reviews.empty() ? "No reviews yet." : "No review matches.");
    }
    draw_review_rows(product);
    ImGui::EndChild();
}

// Only the reviews in view are drawn; each is placed at its measured top, and the space of the
// others is kept empty, so ImGui's own scrollbar spans the whole list.
void App::draw_review_rows(const Product& product) {
    const ReviewResult& result = reviews_.result();
    const float width = ImGui::GetContentRegionAvail().x;
    if (reviews_.needs_measuring(width, ImGui::GetFontSize())) {
        reviews_.set_heights(review_heights(product, result, width), width, ImGui::GetFontSize());
    }
    const RowOffsets& rows = reviews_.rows();
    const float list_top = ImGui::GetCursorPosY();
    const RowRange shown = rows.visible(ImGui::GetScrollY() - list_top, ImGui::GetWindowHeight());
    reviews_.drawn.clear();
    for (std::size_t i = shown.first; i < shown.end; ++i) {
        reviews_.drawn.push_back(result.hits[i].review);
        ImGui::SetCursorPosY(list_top + rows.top(i));
        const ImVec2 top_left = ImGui::GetCursorScreenPos();
        ImGui::PushID(static_cast<int>(i));
        const Review& review = product.reviews[result.hits[i].review];
        draw_review(review, result.hits[i]);
        ImGui::PopID();
        MirrorNode article;
        article.key = "review-" + std::to_string(result.hits[i].review);
        article.role = MirrorRole::article;
        article.name = std::to_string(review.rating) + " out of 5 stars. " + review.title + ". By " + review.author +
                       (review.date.empty() ? std::string() : ", " + review.date) + ". " +
                       std::string(utf8_prefix(review.body, kMirroredTextBytes));
        article.rect = {top_left.x, top_left.y, width, ImGui::GetCursorScreenPos().y - top_left.y};
        drawn_.describe(std::move(article));
        // Down to where ImGui would put the next review, for state().layout: had a height been
        // measured wrong, reviews would overlap or leave gaps, and the tests see it there.
        layout_["review-" + std::to_string(i)] = {top_left.x, top_left.y, width, ImGui::GetCursorScreenPos().y - top_left.y};
    }
    if (shown.end < rows.size()) {
        // The list's full height, as ImGui would have it had every review been drawn.
        ImGui::SetCursorPosY(list_top + rows.total_height() - ImGui::GetStyle().ItemSpacing.y);
        ImGui::Dummy(ImVec2(0, 0));
    }
}

}  // namespace vitrine
