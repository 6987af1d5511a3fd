#include "ui/selectable_text.hpp"

#include <algorithm>

#include "imgui.h"
#include "imgui_internal.h"
#include "ui/text_shaper.hpp"

namespace vitrine {

namespace {

// The field copies the bytes it shows, soft breaks included. While it runs, its copies land
// here instead of on the clipboard; the original text of the selection is put there after.
// (Only one text reaches the clipboard: the web platform's writes are asynchronous.)
class CopyCatcher {
public:
    CopyCatcher() : platform_(ImGui::GetPlatformIO()), set_(platform_.Platform_SetClipboardTextFn), data_(platform_.Platform_ClipboardUserData) {
        platform_.Platform_SetClipboardTextFn = [](ImGuiContext*, const char*) {
            static_cast<CopyCatcher*>(ImGui::GetPlatformIO().Platform_ClipboardUserData)->caught_ = true;
        };
        platform_.Platform_ClipboardUserData = this;
    }
    ~CopyCatcher() { release(); }
    CopyCatcher(const CopyCatcher&) = delete;
    CopyCatcher& operator=(const CopyCatcher&) = delete;

    // Gives the clipboard back; true when the field copied something meanwhile.
    bool release() {
        platform_.Platform_SetClipboardTextFn = set_;
        platform_.Platform_ClipboardUserData = data_;
        return caught_;
    }

private:
    ImGuiPlatformIO& platform_;
    void (*set_)(ImGuiContext*, const char*);
    void* data_;
    bool caught_ = false;
};

}  // namespace

void SelectableText::draw(const char* label, std::string_view text, float width) {
    ImFont* font = ImGui::GetFont();
    const float font_size = ImGui::GetFontSize();
    const bool changed = text != text_;
    if (changed) shaped_ = needs_shaping(text);
    if (shaped_) {
        if (changed) text_.assign(text);
        shaped_text_.draw(text_, width);
        return;
    }
    if (changed || width != width_ || font != font_ || font_size != font_size_) {
        wrapped_ = soft_wrap(text, width, [font, font_size](std::string_view line, float row_width) {
            const char* end = font->CalcWordWrapPosition(font_size, line.data(), line.data() + line.size(), row_width);
            return static_cast<std::size_t>(end - line.data());
        });
        text_.assign(text);
        width_ = width;
        font_ = font;
        font_size_ = font_size;
    }

    const ImGuiID id = ImGui::GetID(label);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, IM_COL32(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_InputTextCursor, IM_COL32(0, 0, 0, 0));  // no caret: it cannot be edited
    CopyCatcher catcher;
    // Read-only: ImGui never writes to the buffer, and reads it again every frame.
    ImGui::InputTextMultiline(label, wrapped_.buffer.data(), wrapped_.buffer.size() + 1,
                              ImVec2(width, static_cast<float>(wrapped_.rows) * font_size), ImGuiInputTextFlags_ReadOnly);
    const bool copied = catcher.release();
    ImGui::PopStyleColor(2);
    ImGui::PopStyleVar(2);

    const ImGuiInputTextState* field = ImGui::GetInputTextState(id);
    if (copied && field != nullptr) {
        const int start = field->GetSelectionStart(), end = field->GetSelectionEnd();
        const std::string_view original = wrapped_.original(text_, static_cast<std::size_t>(std::min(start, end)),
                                                            static_cast<std::size_t>(std::max(start, end)));
        ImGui::SetClipboardText(std::string(original).c_str());
    }
}

}  // namespace vitrine
