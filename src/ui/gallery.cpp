#include "ui/gallery.hpp"

#include <algorithm>
#include <string>

#include "imgui.h"
#include "platform/host.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace vitrine {

namespace {

constexpr const char* kEnlargedPopup = "Picture##enlarged";

std::string picture_name(List<Image> images, std::size_t i) {
    std::string name = "Picture " + std::to_string(i + 1) + " of " + std::to_string(images.size());
    if (!images[i].alt.empty()) name += ": " + images[i].alt;
    return name;
}

// The picture fitted into `box`, centred, or a placeholder saying why there is none yet.
void draw_picture(const Image& image, ImVec2 at, ImVec2 box, float rounding) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const host::ImageTexture& picture = host::image(std::string(image.url));
    if (picture.status == host::ImageTexture::Status::ready) {
        const float scale = std::min(box.x / static_cast<float>(picture.width), box.y / static_cast<float>(picture.height));
        const ImVec2 size(static_cast<float>(picture.width) * scale, static_cast<float>(picture.height) * scale);
        const ImVec2 min(at.x + (box.x - size.x) * 0.5f, at.y + (box.y - size.y) * 0.5f);
        draw->AddImage(ImTextureRef(static_cast<ImTextureID>(picture.texture)), min, ImVec2(min.x + size.x, min.y + size.y));
        return;
    }
    draw->AddRectFilled(at, ImVec2(at.x + box.x, at.y + box.y), palette().card, rounding);
    const char* label = picture.status == host::ImageTexture::Status::loading ? "Loading picture…" : "No picture";
    const ImVec2 size = ImGui::CalcTextSize(label);
    draw->AddText(ImVec2(at.x + (box.x - size.x) * 0.5f, at.y + (box.y - size.y) * 0.5f), palette().muted, label);
}

}  // namespace

void Gallery::draw_tiles(List<Image> images, const ReadingColumn& column, DrawnItems& mirror) {
    if (open_ >= static_cast<int>(images.size())) open_ = -1;
    // Up to 220 px a tile; a narrow window still fits two side by side. A mirrored column fills
    // its rows from the right.
    const ImVec2 spacing = ImGui::GetStyle().ItemSpacing;
    const float tile = std::min(220.0f, std::max(120.0f, (column.width - spacing.x) / 2));
    const std::size_t per_row = std::max<std::size_t>(1, static_cast<std::size_t>((column.width + spacing.x) / (tile + spacing.x)));
    const float top = ImGui::GetCursorScreenPos().y;
    for (std::size_t i = 0; i < images.size(); ++i) {
        const float step = static_cast<float>(i % per_row) * (tile + spacing.x);
        const float x = column.mirrored ? column.left + column.width - tile - step : column.left + step;
        ImGui::SetCursorScreenPos(ImVec2(x, top + static_cast<float>(i / per_row) * (tile + spacing.y)));
        ImGui::PushID(static_cast<int>(i));
        const ImVec2 at = ImGui::GetCursorScreenPos();
        if (ImGui::InvisibleButton("##picture", ImVec2(tile, tile), ImGuiButtonFlags_EnableNav)) {
            open_ = static_cast<int>(i);
            just_opened_ = true;
        }
        draw_picture(images[i], at, ImVec2(tile, tile), 8.0f);
        if (!images[i].alt.empty()) ImGui::SetItemTooltip("%.*s", static_cast<int>(images[i].alt.size()), images[i].alt.data());
        MirrorNode node;
        node.role = MirrorRole::button;
        node.name = "Show large: " + picture_name(images, i);
        mirror.describe_last_item(std::move(node));
        ImGui::PopID();
    }
}

void Gallery::draw_enlarged(List<Image> images, DrawnItems& mirror) {
    if (open_ < 0 || open_ >= static_cast<int>(images.size())) return;
    if (just_opened_) {
        ImGui::OpenPopup(kEnlargedPopup);
        just_opened_ = false;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(viewport->Size.x * 0.9f, viewport->Size.y * 0.9f));
    if (!ImGui::BeginPopupModal(kEnlargedPopup, nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove)) {
        open_ = -1;
        return;
    }
    const int count = static_cast<int>(images.size());
    const auto step = [&](int by) { open_ = (open_ + by + count) % count; };
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    const bool close = ImGui::Button("Close") || ImGui::IsKeyPressed(ImGuiKey_Escape);
    if (count > 1) {
        ImGui::SameLine();
        if (ImGui::Button("← Previous") || ImGui::IsKeyPressed(ImGuiKey_LeftArrow)) step(-1);
        ImGui::SameLine();
        if (ImGui::Button("Next →") || ImGui::IsKeyPressed(ImGuiKey_RightArrow)) step(1);
    }
    const std::string name = picture_name(images, static_cast<std::size_t>(open_));
    ImGui::SameLine();
    ImGui::TextUnformatted(name.c_str());
    MirrorNode heading;
    heading.key = "picture-heading";
    heading.role = MirrorRole::heading;
    heading.level = 2;
    heading.name = name;
    mirror.describe(std::move(heading));
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 box = ImGui::GetContentRegionAvail();
    draw_picture(images[static_cast<std::size_t>(open_)], at, box, 0.0f);
    ImGui::Dummy(box);
    if (close) {
        open_ = -1;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace vitrine
