// Browser input for one viewer, listened for on its canvas only: the host page keeps its own
// keyboard (Backspace and Tab in its text fields work), and two viewers never share a key.
#pragma once

namespace vitrine::web {

class WebViewer;

void install_input_callbacks(const char* canvas_selector, WebViewer* viewer);

}  // namespace vitrine::web
