// Text that reads like wrapped text and can be selected: drag with the mouse, or click it and
// press Ctrl+A (Cmd+A); Ctrl+C (Cmd+C) copies the selection through ImGui's clipboard, as the
// text was, without the line breaks of the wrapping. ImGui 1.92 has no wrapping text field, so
// this is a read-only multiline field without a frame whose buffer holds the text with soft
// breaks (soft_wrap.hpp), worked out again only when the text, the width or the font changes.
// ImGui's field draws a character at a time, so a text that needs shaping (Arabic, Hebrew, Indic,
// Thai…) is drawn as wrapped, shaped text instead; its Copy button still copies it whole.
#pragma once

#include <string>

#include "ui/soft_wrap.hpp"
#include "ui/wrapped_text.hpp"

struct ImFont;

namespace vitrine {

class SelectableText {
public:
    // Draws `text` wrapped to `width`, as tall as its rows (it never scrolls by itself).
    void draw(const char* label, std::string_view text, float width);

private:
    std::string text_;
    float width_ = -1;
    float font_size_ = 0;
    ImFont* font_ = nullptr;
    SoftWrapped wrapped_;
    bool shaped_ = false;  // whether text_ needs shaping
    WrappedText shaped_text_;
};

}  // namespace vitrine
