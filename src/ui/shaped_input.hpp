// A one-line text field for any script. ImGui's InputText edits the text (keys, clipboard,
// undo, the text agent); when the text needs shaping (text_shaper.hpp) ImGui's own drawing,
// which lays out one codepoint after another from the left, is hidden and the field is drawn
// shaped instead: a right-to-left query from the right, its caret and selection where the
// shaped clusters are, and clicks and drags placed by them too.
#pragma once

#include <string>

namespace vitrine {

// As ImGui::InputTextWithHint on a std::string: true when the text changed.
bool input_text_any_script(const char* label, const char* hint, std::string* text);

}  // namespace vitrine
