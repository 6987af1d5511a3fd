// The product detail view: everything the catalogue knows about one product.
#include <algorithm>
#include <cstdio>
#include <string>

#include "core/utf8.hpp"
#include "imgui.h"
#include "platform/host.hpp"
#include "ui/app.hpp"
#include "ui/fonts.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace vitrine {

namespace {

constexpr std::size_t kMirroredTextBytes = 8000;

bool is_web_link(const std::string& url) { return url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0; }

void section_heading(const char* title) {
    ImGui::Spacing();
    ImGui::PushFont(fonts().bold, kBaseFontSize * 1.15f);
    ImGui::TextUnformatted(title);
    ImGui::PopFont();
    ImGui::Separator();
}

void bullet_list(const std::vector<std::string>& items) {
    for (const std::string& item : items) {
        ImGui::Bullet();
        ImGui::SameLine();
        ImGui::TextWrapped("%s", item.c_str());
    }
}

void draw_two_column_table(const char* id, const std::vector<Spec>& rows) {
    if (!ImGui::BeginTable(id, 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp)) return;
    ImGui::TableSetupColumn("name", ImGuiTableColumnFlags_WidthStretch, 0.35f);
    ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch, 0.65f);
    for (const Spec& row : rows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushStyleColor(ImGuiCol_Text, palette().muted);
        ImGui::TextWrapped("%s", row.name.c_str());
        ImGui::PopStyleColor();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", row.value.c_str());
    }
    ImGui::EndTable();
}

// Pictures load in the background; until then (or when they cannot load) a tile says so.
void draw_gallery(const std::vector<Image>& images) {
    // Up to 220 px a tile; a narrow window still fits two side by side.
    const float avail = ImGui::GetContentRegionAvail().x;
    const float tile = std::min(220.0f, std::max(120.0f, (avail - ImGui::GetStyle().ItemSpacing.x) / 2));
    for (std::size_t i = 0; i < images.size(); ++i) {
        if (i > 0) same_line_if_fits(tile);
        const host::ImageTexture& picture = host::image(images[i].url);
        if (picture.status == host::ImageTexture::Status::ready) {
            const float scale = tile / static_cast<float>(std::max(picture.width, picture.height));
            ImGui::Image(ImTextureRef(static_cast<ImTextureID>(picture.texture)),
                         ImVec2(static_cast<float>(picture.width) * scale, static_cast<float>(picture.height) * scale));
        } else {
            const ImVec2 at = ImGui::GetCursorScreenPos();
            ImDrawList* draw = ImGui::GetWindowDrawList();
            draw->AddRectFilled(at, ImVec2(at.x + tile, at.y + tile), palette().card, 8.0f);
            const char* label = picture.status == host::ImageTexture::Status::loading ? "Loading picture…" : "No picture";
            const ImVec2 size = ImGui::CalcTextSize(label);
            draw->AddText(ImVec2(at.x + (tile - size.x) * 0.5f, at.y + (tile - size.y) * 0.5f), palette().muted, label);
            ImGui::Dummy(ImVec2(tile, tile));
        }
        if (!images[i].alt.empty()) ImGui::SetItemTooltip("%s", images[i].alt.c_str());
    }
}

}  // namespace

void App::draw_detail_view(const Product& product) {
    // A view opened by the keyboard (Enter on a link) starts with the focus on its first control;
    // the control that opened it is gone.
    if (view_arrived_) ImGui::SetKeyboardFocusHere();
    if (ImGui::Button("← Back to results") || (ImGui::IsKeyPressed(ImGuiKey_Escape) && !ImGui::GetIO().WantTextInput)) {
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
        if (ImGui::Button("Open store page")) host::open_url(product.url);
    }

    ImGui::BeginChild("detail", ImVec2(0, 0), kNavFlattened);
    const float text_width = std::min(ImGui::GetContentRegionAvail().x, 900.0f);
    ImGui::PushTextWrapPos(text_width);
    draw_heading(product.title, 1.5f);
    mirror_text(MirrorRole::heading, "view-heading", product.title, 1);
    ImGui::PushFont(fonts().bold, kBaseFontSize * 1.3f);
    ImGui::PushStyleColor(ImGuiCol_Text, palette().accent);
    ImGui::TextUnformatted(price_label(product).c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    mirror_text(MirrorRole::text, "price", "Price: " + price_label(product));
    draw_stock_badge(product.in_stock);
    mirror_text(MirrorRole::text, "stock", product.in_stock ? "In stock" : "Out of stock");
    draw_stars(product.rating.average, ImGui::GetFontSize());
    ImGui::SameLine();
    if (product.rating.count > 0) {
        ImGui::Text("%.1f out of 5 · %lld ratings", product.rating.average, static_cast<long long>(product.rating.count));
        char rating[96];
        std::snprintf(rating, sizeof rating, "Rated %.1f out of 5 by %lld people", product.rating.average, static_cast<long long>(product.rating.count));
        mirror_text(MirrorRole::text, "rating", rating);
    } else {
        ImGui::TextDisabled("No ratings yet");
        mirror_text(MirrorRole::text, "rating", "No ratings yet");
    }
    if (!product.reviews.empty() || product.reviews_count > 0) {
        const std::string label = "Read " + std::to_string(product.reviews.size()) + " reviews";
        same_line_if_fits(ImGui::CalcTextSize(label.c_str()).x);
        const bool clicked = link(label.c_str());
        mark("reviews-link");
        mirror_item(MirrorRole::link, label);
        if (clicked) {
            Route next = route_;
            next.view = View::reviews;
            navigate(std::move(next), true);
        }
    }
    if (!product.store.region.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette().muted);
        ImGui::Text("Sold by the %s store (%s)", product.store.region.c_str(), product.store.origin.c_str());
        ImGui::PopStyleColor();
        mirror_text(MirrorRole::text, "store", "Sold by the " + product.store.region + " store (" + product.store.origin + ")");
    }

    if (!product.images.empty()) {
        ImGui::Spacing();
        draw_gallery(product.images);
    }
    if (!product.quick_answers.empty()) {
        section_heading("Quick answers");
        for (const QuickAnswer& qa : product.quick_answers) {
            ImGui::PushFont(fonts().bold, kBaseFontSize);
            ImGui::TextWrapped("%s", qa.question.c_str());
            ImGui::PopFont();
            ImGui::TextWrapped("%s", qa.answer.c_str());
        }
    }
    if (!product.best_for.empty()) {
        section_heading("Best for");
        bullet_list(product.best_for);
    }
    if (!product.highlights.empty()) {
        section_heading("Why this product");
        bullet_list(product.highlights);
    }
    if (!product.description.empty()) {
        section_heading("Description");
        description_.draw("##description", product.description, text_width);
        mark("description");
        mirror_text(MirrorRole::heading, "description-heading", "Description", 2);
        // Enough for find-in-page and a screen reader; a huge field is not copied every frame.
        mirror_text(MirrorRole::text, "description", std::string(utf8_prefix(product.description, kMirroredTextBytes)));
        if (ImGui::SmallButton("Copy description")) ImGui::SetClipboardText(product.description.c_str());
    }
    if (!product.specs.empty()) {
        section_heading("Specifications");
        draw_two_column_table("specs", product.specs);
    }
    if (!product.ranks.empty()) {
        section_heading("Best sellers rank");
        for (const Rank& rank : product.ranks) ImGui::Text("#%lld in %s", static_cast<long long>(rank.rank), rank.category.c_str());
    }
    if (!product.bought_together.empty()) {
        section_heading("Frequently bought together");
        for (std::size_t i = 0; i < product.bought_together.size(); ++i) {
            const std::string& title = product.bought_together[i];
            ImGui::PushID(static_cast<int>(i));
            ImGui::Bullet();
            ImGui::SameLine();
            if (link(title.c_str())) open_or_search_title(title);
            mirror_item(MirrorRole::link, title);
            ImGui::PopID();
        }
    }
    for (const ExtraSection& extra : product.extra_sections) {
        section_heading(extra.heading.c_str());
        ImGui::TextWrapped("%s", extra.body.c_str());
    }
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
}

}  // namespace vitrine
