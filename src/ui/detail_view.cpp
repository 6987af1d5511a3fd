// The product detail view: everything the catalogue knows about one product.
#include <algorithm>
#include <cstdio>
#include <string>

#include "core/utf8.hpp"
#include "imgui.h"
#include "platform/host.hpp"
#include "ui/app.hpp"
#include "imgui_internal.h"
#include "ui/fonts.hpp"
#include "ui/reading_column.hpp"
#include "ui/text_shaper.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"
#include "ui/wrapped_text.hpp"

namespace vitrine {

namespace {

constexpr std::size_t kMirroredTextBytes = 8000;

bool is_web_link(std::string_view url) { return url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0; }

// The mirror holds the whole product, so a screen reader reads on past the screen; but of a list
// longer than this (broken data: thousands of lines) only what is near the screen.
constexpr std::size_t kMirrorWholeList = 200;

MirrorNode mirror_node(MirrorRole role, std::string key, std::string name, std::string parent = {}) {
    MirrorNode node;
    node.role = role;
    node.key = std::move(key);
    node.name = std::move(name);
    node.parent = std::move(parent);
    return node;
}

void section_heading(const char* title, const ReadingColumn& column, DrawnItems& mirror, std::string key = {}) {
    ImGui::Spacing();
    ImGui::PushFont(fonts().bold, kBaseFontSize * 1.15f);
    column.place(drawn_text_width(title));
    draw_text(title);
    ImGui::PopFont();
    {
        MirrorNode heading = mirror_node(MirrorRole::heading, key.empty() ? std::string("section:") + title : std::move(key), title);
        heading.level = 2;
        mirror.describe(std::move(heading));
    }
    ImGui::Separator();
}

// The rating's average and count in `format` ("%.1f ... %lld").
std::string rating_figures(const Rating& rating, const char* format) {
    char text[96];
    std::snprintf(text, sizeof text, format, rating.average, static_cast<long long>(rating.count));
    return text;
}

LineAlign line_align(const ReadingColumn& column) { return column.mirrored ? LineAlign::right : LineAlign::by_direction; }

// A list's bullet where a mirrored column's reader looks for it: right of the item.
void bullet_at_end(const ReadingColumn& column, float top) {
    const ImVec2 centre(column.left + column.width - ImGui::GetFontSize() * 0.5f, top + ImGui::GetTextLineHeight() * 0.5f);
    ImGui::RenderBullet(ImGui::GetWindowDrawList(), centre, ImGui::GetColorU32(ImGuiCol_Text));
}

// Wrapped text (laid out once per width, drawn as far as it is in view), and a paragraph of the mirror.
void paragraph(std::string_view text, const std::string& key, WrappedText& layout, const ReadingColumn& column, DrawnItems& mirror) {
    const ImVec2 top = ImGui::GetCursorScreenPos();
    layout.draw(text, column.width, line_align(column));
    const ImVec2 bottom = ImGui::GetItemRectMax();
    MirrorNode node = mirror_node(MirrorRole::text, key, std::string(utf8_prefix(text, kMirroredTextBytes)));
    node.rect = {top.x, top.y, column.width, bottom.y - top.y};
    mirror.describe(std::move(node));
}

// The rows of a list starting at the cursor that are near the view: of a list longer than
// kMirrorWholeList only those, so a list of thousands costs a frame what a screenful does; a
// shorter one whole, so that the mirror holds all of it.
RowRange rows_to_draw(const RowOffsets& offsets) {
    if (offsets.size() <= kMirrorWholeList) return {0, offsets.size()};
    const ImRect clip = ImGui::GetCurrentWindow()->ClipRect;
    const float margin = clip.GetHeight();
    return offsets.visible(clip.Min.y - margin - ImGui::GetCursorScreenPos().y, clip.GetHeight() + 2 * margin);
}

// The space of list items not drawn (their heights count the item spacing, which Dummy adds).
void leave_space(float height) {
    if (height > 0) ImGui::Dummy(ImVec2(0, std::max(0.0f, height - ImGui::GetStyle().ItemSpacing.y)));
}

// The space of table rows not drawn, as one row or two, so that the striped rows keep their colours.
void leave_rows(float height, std::size_t count) {
    if (count == 0) return;
    const int rows = count % 2 == 0 ? 2 : 1;
    for (int i = 0; i < rows; ++i) ImGui::TableNextRow(ImGuiTableRowFlags_None, height / static_cast<float>(rows));
}

void bullet_list(List<Text> items, const std::string& key, WrappedTexts& texts, const ReadingColumn& column, DrawnItems& mirror) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float width = column.width;
    const float text_width = std::max(1.0f, width - (ImGui::GetFontSize() + style.ItemSpacing.x));  // beside the bullet
    WrappedRows& rows = texts.rows(key);
    rows.lay_out(items.size(), {text_width}, style.ItemSpacing.y, [&](std::size_t row, std::size_t) { return std::string_view(items[row]); });
    const RowOffsets& offsets = rows.offsets();
    MirrorNode list = mirror_node(MirrorRole::list, key, "");
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const RowRange shown = rows_to_draw(offsets);
    leave_space(offsets.top(shown.first));
    std::vector<MirrorNode> mirrored;
    for (std::size_t i = shown.first; i < shown.end; ++i) {
        const float item_top = ImGui::GetCursorScreenPos().y;
        if (!column.mirrored) {
            ImGui::Bullet();
            ImGui::SameLine();
        }
        ImGui::BeginGroup();
        rows.text(i, 0).draw(items[i], text_width, line_align(column));
        ImGui::EndGroup();
        if (column.mirrored) bullet_at_end(column, item_top);
        MirrorNode item = mirror_node(MirrorRole::listitem, key + ":" + std::to_string(i), std::string(utf8_prefix(items[i], kMirroredTextBytes)), key);
        const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
        item.rect = {min.x, min.y, max.x - min.x, max.y - min.y};
        item.position = static_cast<int>(i) + 1;
        item.set_size = static_cast<int>(items.size());
        mirrored.push_back(std::move(item));
    }
    leave_space(offsets.total_height() - offsets.top(shown.end));
    if (mirrored.empty()) return;
    list.rect = {top.x, top.y, width, ImGui::GetCursorScreenPos().y - top.y};
    mirror.describe(std::move(list));
    for (MirrorNode& item : mirrored) mirror.describe(std::move(item));
}

float column_width(const ImGuiTable& table, int column) { return std::max(1.0f, table.Columns[column].WorkMaxX - table.Columns[column].WorkMinX); }

// Name and value in two columns (the name on the right in a mirrored column); in the mirror, a
// table with a row header per row.
void draw_two_column_table(const char* id, List<Spec> specs, WrappedTexts& texts, const ReadingColumn& reading, DrawnItems& mirror) {
    constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable(id, 2, kFlags, ImVec2(reading.width, 0))) return;  // as wide as the text column
    const int name_column = reading.mirrored ? 1 : 0;
    for (int c = 0; c < 2; ++c) {
        ImGui::TableSetupColumn(c == name_column ? "name" : "value", ImGuiTableColumnFlags_WidthStretch, c == name_column ? 0.35f : 0.65f);
    }
    ImGuiTable& table = *ImGui::GetCurrentTable();
    ImGui::TableUpdateLayout(&table);  // what the first row would do: the column widths are needed before it
    const std::vector<float> widths = {column_width(table, 0), column_width(table, 1)};
    const std::string table_key = id;
    WrappedRows& rows = texts.rows(table_key);
    rows.lay_out(specs.size(), widths, ImGui::GetStyle().CellPadding.y * 2, [&](std::size_t row, std::size_t column) {
        return std::string_view(static_cast<int>(column) == name_column ? specs[row].name : specs[row].value);
    });
    const LineAlign align = line_align(reading);
    const RowOffsets& offsets = rows.offsets();
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const RowRange shown = rows_to_draw(offsets);
    leave_rows(offsets.top(shown.first), shown.first);
    std::vector<MirrorNode> cells;
    for (std::size_t i = shown.first; i < shown.end; ++i) {
        ImGui::TableNextRow();
        ImVec2 name_min, name_max, value_min, value_max;
        for (int c = 0; c < 2; ++c) {
            ImGui::TableNextColumn();
            const bool name = c == name_column;
            if (name) ImGui::PushStyleColor(ImGuiCol_Text, palette().muted);
            ImGui::BeginGroup();
            rows.text(i, static_cast<std::size_t>(c)).draw(name ? specs[i].name : specs[i].value, widths[static_cast<std::size_t>(c)], align);
            ImGui::EndGroup();
            if (name) ImGui::PopStyleColor();
            (name ? name_min : value_min) = ImGui::GetItemRectMin();
            (name ? name_max : value_max) = ImGui::GetItemRectMax();
        }
        const std::string row_key = table_key + ":" + std::to_string(i);
        MirrorNode row = mirror_node(MirrorRole::row, row_key, "", table_key);
        const float row_left = std::min(name_min.x, value_min.x);
        row.rect = {row_left, name_min.y, std::max(name_max.x, value_max.x) - row_left, std::max(name_max.y, value_max.y) - name_min.y};
        cells.push_back(std::move(row));
        MirrorNode name = mirror_node(MirrorRole::rowheader, row_key + ":name", std::string(utf8_prefix(specs[i].name, kMirroredTextBytes)), row_key);
        name.rect = {name_min.x, name_min.y, name_max.x - name_min.x, name_max.y - name_min.y};
        cells.push_back(std::move(name));
        MirrorNode value = mirror_node(MirrorRole::cell, row_key + ":value", std::string(utf8_prefix(specs[i].value, kMirroredTextBytes)), row_key);
        value.rect = {value_min.x, value_min.y, value_max.x - value_min.x, value_max.y - value_min.y};
        cells.push_back(std::move(value));
    }
    leave_rows(offsets.total_height() - offsets.top(shown.end), specs.size() - shown.end);
    ImGui::EndTable();
    if (cells.empty()) return;
    MirrorNode table_node = mirror_node(MirrorRole::table, table_key, "Specifications");
    const ImVec2 bottom = ImGui::GetItemRectMax();
    table_node.rect = {top.x, top.y, bottom.x - top.x, bottom.y - top.y};
    mirror.describe(std::move(table_node));
    for (MirrorNode& cell : cells) mirror.describe(std::move(cell));
}

}  // namespace

void App::draw_detail_view(const Product& product) {
    // A view opened by the keyboard (Enter on a link) starts with the focus on its first control;
    // the control that opened it is gone.
    if (view_arrived_) ImGui::SetKeyboardFocusHere();
    const bool escape = ImGui::IsKeyPressed(ImGuiKey_Escape) && !ImGui::GetIO().WantTextInput && !gallery_.is_open();
    if (ImGui::Button("← Back to results") || escape) {
        Route back = route_;
        back.view = View::search;
        navigate(std::move(back), true);
        focus_search_box_ = true;
    }
    if (host::owns_address()) {
        same_line_if_fits(button_width("Copy link"));
        if (ImGui::Button("Copy link")) ImGui::SetClipboardText(host::shareable_link(format_route(route_)).c_str());
        mark("copy-link");
    }
    if (is_web_link(product.url)) {
        same_line_if_fits(button_width("Open store page"));
        if (ImGui::Button("Open store page")) host::open_url(std::string(product.url));
    }

    ImGui::BeginChild("detail", ImVec2(0, 0), kNavFlattened);
    const float text_width = std::min(ImGui::GetContentRegionAvail().x, 900.0f);
    const ReadingColumn column = ReadingColumn::at_cursor(text_width, product.title);
    ImGui::PushTextWrapPos(text_width);
    draw_heading(product.title, 1.5f, text_width);
    mirror_text(MirrorRole::heading, "view-heading", std::string(product.title), 1);
    ImGui::PushFont(fonts().bold, kBaseFontSize * 1.3f);
    ImGui::PushStyleColor(ImGuiCol_Text, palette().accent);
    const std::string price = price_label(product);
    column.place(drawn_text_width(price));
    draw_text(price);
    mark("price");
    ImGui::PopStyleColor();
    ImGui::PopFont();
    mirror_text(MirrorRole::text, "price", "Price: " + price);
    column.place(ImGui::CalcTextSize(stock_label(product.in_stock)).x);
    draw_stock_badge(product.in_stock);
    mirror_text(MirrorRole::text, "stock", stock_label(product.in_stock));

    // Stars, the rating in figures and the link to the reviews, on one line when they fit: placed
    // as one, so that a mirrored column puts them at its right.
    const std::string rating = product.rating.count > 0 ? rating_figures(product.rating, "%.1f out of 5 · %lld ratings") : "No ratings yet";
    const bool has_reviews = !product.reviews.empty() || product.reviews_count > 0;
    const std::string reviews_label = has_reviews ? "Read " + count_label(product.reviews.size(), "review", "reviews") : "";
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float rating_width = stars_width(ImGui::GetFontSize()) + spacing + ImGui::CalcTextSize(rating.c_str()).x;
    const float link_width = ImGui::CalcTextSize(reviews_label.c_str()).x;
    const bool link_beside = has_reviews && rating_width + spacing + link_width <= column.width;
    column.place(link_beside ? rating_width + spacing + link_width : rating_width);
    draw_stars(product.rating.average, ImGui::GetFontSize());
    ImGui::SameLine();
    if (product.rating.count > 0) {
        ImGui::TextUnformatted(rating.c_str());
        mirror_text(MirrorRole::text, "rating", rating_figures(product.rating, "Rated %.1f out of 5 by %lld people"));
    } else {
        ImGui::TextDisabled("%s", rating.c_str());
        mirror_text(MirrorRole::text, "rating", rating);
    }
    if (has_reviews) {
        if (link_beside) ImGui::SameLine();
        else column.place(link_width);
        const bool clicked = link(reviews_label.c_str());
        mark("reviews-link");
        mirror_item(MirrorRole::link, reviews_label);
        if (clicked) {
            Route next = route_;
            next.view = View::reviews;
            navigate(std::move(next), true);
        }
    }
    if (!product.store.region.empty()) {
        const std::string store = "Sold by the " + product.store.region + " store (" + product.store.origin + ")";
        ImGui::PushStyleColor(ImGuiCol_Text, palette().muted);
        column.place(ImGui::CalcTextSize(store.c_str()).x);
        ImGui::TextUnformatted(store.c_str());
        ImGui::PopStyleColor();
        mirror_text(MirrorRole::text, "store", store);
    }

    if (!product.images.empty()) {
        ImGui::Spacing();
        gallery_.draw_tiles(product.images, column, drawn_);
    }
    if (!product.quick_answers.empty()) {
        section_heading("Quick answers", column, drawn_);
        for (std::size_t i = 0; i < product.quick_answers.size(); ++i) {
            const QuickAnswer& qa = product.quick_answers[i];
            const std::string n = std::to_string(i);
            ImGui::PushFont(fonts().bold, kBaseFontSize);
            paragraph(qa.question, "question:" + n, detail_texts_["question:" + n], column, drawn_);
            ImGui::PopFont();
            paragraph(qa.answer, "answer:" + n, detail_texts_["answer:" + n], column, drawn_);
        }
    }
    if (!product.best_for.empty()) {
        section_heading("Best for", column, drawn_);
        bullet_list(product.best_for, "best-for", detail_texts_, column, drawn_);
    }
    if (!product.highlights.empty()) {
        section_heading("Why this product", column, drawn_);
        bullet_list(product.highlights, "highlights", detail_texts_, column, drawn_);
    }
    if (!product.description.empty()) {
        section_heading("Description", column, drawn_);
        description_.draw("##description", product.description, text_width);
        mark("description");
        // Enough for find-in-page and a screen reader; a huge field is not copied every frame.
        mirror_text(MirrorRole::text, "description", std::string(utf8_prefix(product.description, kMirroredTextBytes)));
        column.place(button_width("Copy description"));
        if (ImGui::SmallButton("Copy description")) ImGui::SetClipboardText(std::string(product.description).c_str());
    }
    if (!product.specs.empty()) {
        section_heading("Specifications", column, drawn_);
        draw_two_column_table("specs", product.specs, detail_texts_, column, drawn_);
    }
    if (!product.ranks.empty()) {
        section_heading("Best sellers rank", column, drawn_);
        const auto rank_text = [](const Rank& rank) { return "#" + std::to_string(rank.rank) + " in " + rank.category; };
        if (product.ranks.size() <= kMirrorWholeList) {
            for (std::size_t i = 0; i < product.ranks.size(); ++i) {
                const std::string text = rank_text(product.ranks[i]);
                column.place(ImGui::CalcTextSize(text.c_str()).x);
                ImGui::TextWrapped("%s", text.c_str());
                mirror_text(MirrorRole::text, "rank:" + std::to_string(i), text);
            }
        } else {  // thousands (broken data): a line each, and only those in view
            ImGuiListClipper clipper;
            clipper.Begin(static_cast<int>(product.ranks.size()));
            while (clipper.Step()) {
                for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                    const std::string text = rank_text(product.ranks[static_cast<std::size_t>(i)]);
                    ImGui::TextUnformatted(text.c_str());
                    mirror_text(MirrorRole::text, "rank:" + std::to_string(i), text);
                }
            }
        }
    }
    if (!product.bought_together.empty()) {
        section_heading("Frequently bought together", column, drawn_);
        // One line each: of a long list (there may be thousands) only those in view are drawn;
        // a short one is drawn whole, so the mirror holds all of it.
        const int count = static_cast<int>(product.bought_together.size());
        ImGuiListClipper clipper;
        clipper.Begin(count);
        if (product.bought_together.size() <= kMirrorWholeList) clipper.IncludeItemsByIndex(0, count);
        while (clipper.Step()) {
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const std::string title(product.bought_together[static_cast<std::size_t>(i)]);
                ImGui::PushID(i);
                const float top = ImGui::GetCursorScreenPos().y;
                if (column.mirrored) {
                    column.place(drawn_text_width(title) + ImGui::GetFontSize() + ImGui::GetStyle().ItemSpacing.x);
                    bullet_at_end(column, top);
                } else {
                    ImGui::Bullet();
                    ImGui::SameLine();
                }
                if (link(title.c_str())) open_or_search_title(title);
                mirror_item(MirrorRole::link, title);
                ImGui::PopID();
            }
        }
    }
    for (std::size_t i = 0; i < product.extra_sections.size(); ++i) {
        section_heading(std::string(product.extra_sections[i].heading).c_str(), column, drawn_, "section:extra:" + std::to_string(i));
        const std::string key = "section-body:" + std::to_string(i);
        paragraph(product.extra_sections[i].body, key, detail_texts_[key], column, drawn_);
    }
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    gallery_.draw_enlarged(product.images, drawn_);
}

}  // namespace vitrine
