// The search view: the query box, the facet panel and the virtualised result list.
#include <algorithm>
#include <cstdio>

#include "imgui.h"
#include "imgui_internal.h"
#include "platform/host.hpp"
#include "ui/app.hpp"
#include "ui/facet_panel.hpp"
#include "ui/fonts.hpp"
#include "ui/shaped_input.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace vitrine {

namespace {

constexpr float kFacetPanelWidth = 250.0f;
// In a documentation site's content column (600-900 px) the filters stay beside the results,
// in a slimmer panel, and the rows put the price under the rating to leave the title its room.
constexpr float kSlimFacetPanelWidth = 222.0f;
constexpr float kSlimViewWidth = 900.0f;
constexpr float kRowHeight = 72.0f;
constexpr float kThumbnailSize = 56.0f;
constexpr float kPriceColumnWidth = 150.0f;
// Below these widths (phones, zoomed-in windows) the facet panel gives way to the results, and
// a row puts its price under the rating instead of in a column of its own.
constexpr float kNarrowViewWidth = 600.0f;
constexpr float kCompactRowWidth = 560.0f;

// The product's first picture, loaded as the row comes into view; until then, or when it cannot
// be loaded, a tile with the title's first letter.
void draw_thumbnail(const Product& product, ImVec2 at) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(at, ImVec2(at.x + kThumbnailSize, at.y + kThumbnailSize), palette().card, 8.0f);
    if (!product.images.empty()) {
        const host::ImageTexture& picture = host::image(std::string(product.images.front().url));
        if (picture.status == host::ImageTexture::Status::ready) {
            const float scale = kThumbnailSize / static_cast<float>(std::max(picture.width, picture.height));
            const ImVec2 size(static_cast<float>(picture.width) * scale, static_cast<float>(picture.height) * scale);
            const ImVec2 min(at.x + (kThumbnailSize - size.x) * 0.5f, at.y + (kThumbnailSize - size.y) * 0.5f);
            draw->AddImageRounded(ImTextureRef(static_cast<ImTextureID>(picture.texture)), min, ImVec2(min.x + size.x, min.y + size.y),
                                  ImVec2(0, 0), ImVec2(1, 1), IM_COL32_WHITE, 8.0f);
            return;
        }
    }
    const char* first = product.title.data();
    const char* last = first + product.title.size();
    const char* end = first;
    if (end != last) {
        ++end;
        while (end != last && (static_cast<unsigned char>(*end) & 0xC0) == 0x80) ++end;  // whole first UTF-8 character
    }
    ImGui::PushFont(fonts().bold, kBaseFontSize * 1.6f);
    const ImVec2 size = ImGui::CalcTextSize(first, end);
    draw->AddText(ImVec2(at.x + (kThumbnailSize - size.x) * 0.5f, at.y + (kThumbnailSize - size.y) * 0.5f), palette().muted, first, end);
    ImGui::PopFont();
}

}  // namespace

// A result as a screen reader says it: title, price, stock and rating in words.
void App::mirror_row(const Product& product, std::size_t row, ImVec2 at, ImVec2 size, bool drawn) {
    MirrorNode node;
    // A drawn row is its ImGui item (the keyboard can be on it); one around the view is not.
    node.key = drawn ? mirror_key(ImGui::GetItemID()) : "row-" + product.id;
    node.role = MirrorRole::link;
    node.name = product.title + ", " + price_label(product) + ", " + (product.in_stock ? "in stock" : "out of stock");
    if (product.rating.count > 0) {
        char rating[96];
        std::snprintf(rating, sizeof rating, ", rated %.1f out of 5 by %lld people", product.rating.average, static_cast<long long>(product.rating.count));
        node.name += rating;
    }
    node.parent = "results";
    node.position = static_cast<int>(row) + 1;
    node.set_size = static_cast<int>(result_.total);
    node.rect = {at.x, at.y, size.x, size.y};
    node.action = "open:" + product.id;
    drawn_.describe(std::move(node));
}

void App::draw_result_row(const Hit& hit, std::size_t row) {
    const Product& product = catalogue_.products[hit.product];
    ImGui::PushID(static_cast<int>(row));
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const bool selected = row == selected_row_;
    // Inside the list only the selected row is a Tab stop, as in a list box on a web page; the
    // arrows move within it (Tab past 100,000 rows would be a trap of its own).
    ImGui::PushItemFlag(ImGuiItemFlags_NoTabStop, !selected);
    const bool clicked = ImGui::Selectable("##row", selected, ImGuiSelectableFlags_AllowOverlap, ImVec2(width, kRowHeight - 4));
    ImGui::PopItemFlag();
    if (clicked) {
        selected_row_ = row;
        open(std::string(product.id));
    }
    if (selected) ImGui::SetItemDefaultFocus();
    mark("row-" + std::to_string(row));
    mirror_row(product, row, ImGui::GetItemRectMin(), ImGui::GetItemRectSize(), true);
    draw_thumbnail(product, ImVec2(origin.x + 4, origin.y + 4));

    const bool compact = width < kCompactRowWidth;
    const float text_x = kThumbnailSize + 18;
    const float text_right = width - (compact ? 8 : kPriceColumnWidth + 12);
    ImGui::SetCursorScreenPos(ImVec2(origin.x + text_x, origin.y + 6));
    ImGui::PushFont(fonts().bold, kBaseFontSize);
    draw_highlighted_text(product.title, highlight_text(product.title, route_.query), text_right - text_x);
    ImGui::PopFont();

    const float line = ImGui::GetTextLineHeightWithSpacing();
    ImGui::PushClipRect(ImVec2(origin.x + text_x, origin.y), ImVec2(origin.x + text_right, origin.y + kRowHeight), true);
    ImGui::SetCursorScreenPos(ImVec2(origin.x + text_x, origin.y + 8 + line));
    draw_stars(product.rating.average, ImGui::GetFontSize() * 0.95f);
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, palette().muted);
    if (product.rating.count > 0) {
        ImGui::Text("%.1f (%lld)", product.rating.average, static_cast<long long>(product.rating.count));
    } else {
        ImGui::TextUnformatted("No ratings yet");
    }
    ImGui::PopStyleColor();
    ImGui::PopClipRect();

    const std::string price = price_label(product);
    const ImVec2 price_at = compact ? ImVec2(origin.x + text_x, origin.y + 8 + 2 * line) : ImVec2(origin.x + width - kPriceColumnWidth, origin.y + 6);
    ImGui::SetCursorScreenPos(price_at);
    ImGui::PushFont(fonts().bold, kBaseFontSize * (compact ? 1.0f : 1.1f));
    ImGui::PushStyleColor(ImGuiCol_Text, palette().accent);
    draw_text(price);
    ImGui::PopStyleColor();
    ImGui::PopFont();
    if (compact) {
        ImGui::SameLine();
    } else {
        ImGui::SetCursorScreenPos(ImVec2(price_at.x, origin.y + 8 + line));
    }
    draw_stock_badge(product.in_stock);

    // The row's full height as an item (less the spacing ImGui adds after it), so each row
    // advances exactly kRowHeight, as the clipper and the keyboard scrolling assume.
    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(ImVec2(width, kRowHeight - ImGui::GetStyle().ItemSpacing.y));
    ImGui::PopID();
}

// A few rows beyond those in view join the mirror, so a screen reader reads on past the edge.
void App::mirror_rows_around(std::size_t first_drawn, std::size_t end_drawn) {
    if (first_drawn >= end_drawn) return;
    constexpr std::size_t kRowsAround = 3;
    const float top = ImGui::GetWindowPos().y - ImGui::GetScrollY() + ImGui::GetCursorStartPos().y;
    const float x = ImGui::GetWindowPos().x + ImGui::GetCursorStartPos().x;
    const float width = ImGui::GetContentRegionAvail().x;
    ensure_rows(std::min<std::size_t>(end_drawn + kRowsAround, result_.total));
    const auto add = [&](std::size_t row) {
        const Product& product = catalogue_.products[result_.hits[row].product];
        mirror_row(product, row, ImVec2(x, top + static_cast<float>(row) * kRowHeight), ImVec2(width, kRowHeight - 4), false);
    };
    for (std::size_t row = first_drawn > kRowsAround ? first_drawn - kRowsAround : 0; row < first_drawn; ++row) add(row);
    for (std::size_t row = end_drawn; row < std::min(end_drawn + kRowsAround, result_.hits.size()); ++row) add(row);
}

void App::draw_search_view() {
    // The query box: focused on load and by '/', and it keeps the arrow keys for the list.
    const bool focusing = focus_search_box_ || (ImGui::IsKeyPressed(ImGuiKey_Slash) && !ImGui::GetIO().WantTextInput);
    if (focusing) {
        ImGui::SetKeyboardFocusHere();
        focus_search_box_ = false;
    }
    if (reload_search_box_) {
        // While the box has focus ImGui edits its own copy of the text: hand it the new query.
        if (ImGuiInputTextState* box = ImGui::GetInputTextState(ImGui::GetID("##query"))) box->ReloadUserBufAndMoveToEnd();
        reload_search_box_ = false;
    }
    std::string query = route_.query;
    ImGui::SetNextItemWidth(-1);
    ImGui::PushFont(nullptr, kBaseFontSize * 1.15f);
    if (input_text_any_script("##query", "Search products: title, brand, model, ISBN…", &query)) {
        search(query);
        reload_search_box_ = false;  // the box already shows what was typed
    }
    ImGui::PopFont();
    mark("search-box");
    mirror_text(MirrorRole::heading, "view-heading", route_.query.empty() ? std::string("All products") : "Products matching “" + route_.query + "”", 1);
    if (focusing) caret_to_end_ = true;
    if (caret_to_end_ && ImGui::IsItemActive()) {
        // Focusing selects all the text; a shopper coming back means to go on typing.
        if (ImGuiInputTextState* box = ImGui::GetInputTextState(ImGui::GetItemID())) box->ReloadUserBufAndMoveToEnd();
        caret_to_end_ = false;
    }
    ImGui::SetItemKeyOwner(ImGuiKey_UpArrow);
    ImGui::SetItemKeyOwner(ImGuiKey_DownArrow);
    // Enter deactivates the box in the same frame it is pressed, so a just-deactivated box counts.
    const bool box_has_keys = ImGui::IsItemActive() || ImGui::IsItemDeactivated();
    const bool enter_pressed = ImGui::IsKeyPressed(ImGuiKey_Enter) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter);

    // A narrow view shows the facet panel or the results, switched by a button; a wide one both.
    const float view_width = ImGui::GetContentRegionAvail().x;
    const bool narrow = view_width < kNarrowViewWidth;
    const float facet_width = view_width < kSlimViewWidth ? kSlimFacetPanelWidth : kFacetPanelWidth;
    if (narrow) {
        const std::string label = show_filters_ ? "Show " + count_label(result_.total, "product", "products") : std::string("Filters and sorting");
        if (ImGui::Button(label.c_str())) show_filters_ = !show_filters_;
        mark("filters-toggle");
    }
    if (!narrow || show_filters_) {
        ImGui::BeginChild("facets", ImVec2(narrow ? 0.0f : facet_width, 0), kNavFlattened);
        FacetChange change = draw_facet_panel(result_.facets, route_, facet_panel_, drawn_);
        ImGui::EndChild();
        mark("facets");
        if (change.changed) navigate(std::move(change.route), false);
        if (narrow) {
            // Enter in the search box means "show me": back to the results.
            if (box_has_keys && enter_pressed) show_filters_ = false;
            return;
        }
        ImGui::SameLine();
    }

    ImGui::BeginChild("results", ImVec2(0, 0), kNavFlattened);
    ImGui::PushStyleColor(ImGuiCol_Text, palette().muted);
    ImGui::TextUnformatted(count_label(result_.total, "product", "products").c_str());
    ImGui::PopStyleColor();
    mirror_text(MirrorRole::text, "count", count_label(result_.total, "product", "products"));
    ImGui::Separator();

    const std::size_t count = result_.total;
    if (count == 0) {
        ImGui::Spacing();
        const char* nothing = route_.query.empty() ? "No product matches these filters." : "No product matches your search.";
        ImGui::TextUnformatted(nothing);
        mirror_text(MirrorRole::text, "nothing", nothing);
        if (!suggestion_.empty()) {
            ImGui::TextUnformatted("Did you mean");
            ImGui::SameLine();
            if (link(suggestion_.c_str())) search(std::string(suggestion_));
            mark("suggestion");
        }
        if (!(route_.filters == SearchFilters{}) && ImGui::Button("Clear the filters")) {
            Route next = route_;
            next.filters = SearchFilters{};
            navigate(std::move(next), false);
        }
        if (ImGui::Button("Clear search and filters")) navigate(Route{}, false);
        ImGui::EndChild();
        return;
    }

    // The list is not flattened into the page's Tab order: it is one Tab stop (ImGui's clipper
    // cannot score tabbing across a flattened list either: it casts an unbounded rectangle to int).
    ImGui::BeginChild("list", ImVec2(0, 0), ImGuiChildFlags_None);
    // Keyboard: the selection moves with the arrows while the query box keeps the caret, or while
    // the focus is on the list; keys in the filter panel stay there (Enter on a checkbox ticks it).
    const std::size_t before = selected_row_;
    const bool list_has_keys = list_focused_ || ImGui::IsWindowFocused();
    if (box_has_keys || list_has_keys) {
        if (ImGui::IsKeyPressed(ImGuiKey_DownArrow)) selected_row_ = std::min(selected_row_ + 1, count - 1);
        if (ImGui::IsKeyPressed(ImGuiKey_UpArrow) && selected_row_ > 0) --selected_row_;
        if (enter_pressed && (box_has_keys || list_focused_)) {
            ensure_rows(selected_row_ + 1);
            open(std::string(catalogue_.products[result_.hits[selected_row_].product].id));
        }
    }
    if (selected_row_ != before) {
        const float top = static_cast<float>(selected_row_) * kRowHeight;
        const float view = ImGui::GetWindowHeight();
        if (top < ImGui::GetScrollY()) ImGui::SetScrollY(top);
        if (top + kRowHeight > ImGui::GetScrollY() + view) ImGui::SetScrollY(top + kRowHeight - view);
    }
    MirrorNode list;
    list.key = "results";
    list.role = MirrorRole::list;
    list.name = "Products";
    list.rect = {ImGui::GetWindowPos().x, ImGui::GetWindowPos().y, ImGui::GetWindowWidth(), ImGui::GetWindowHeight()};
    drawn_.describe(std::move(list));
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(count), kRowHeight);
    std::size_t first_drawn = count, end_drawn = 0;
    while (clipper.Step()) {
        ensure_rows(static_cast<std::size_t>(clipper.DisplayEnd));
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            draw_result_row(result_.hits[static_cast<std::size_t>(row)], static_cast<std::size_t>(row));
            first_drawn = std::min(first_drawn, static_cast<std::size_t>(row));
            end_drawn = std::max(end_drawn, static_cast<std::size_t>(row) + 1);
        }
    }
    mirror_rows_around(first_drawn, end_drawn);
    results_scroll_ = ImGui::GetScrollY();
    ImGui::EndChild();
    list_focused_ = ImGui::IsItemFocused();  // the list, as one item of the results panel
    ImGui::EndChild();
}

}  // namespace vitrine
