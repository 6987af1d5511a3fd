// The viewers on the page. One WebAssembly module serves them all (the code is fetched and
// compiled once per page, the fonts' bytes are shared); each viewer has its own canvas, WebGL
// context, ImGui context and App. JavaScript names a viewer by the number it chose.
#pragma once

#include <string>

#include "ui/fonts.hpp"

namespace vitrine::web {

class WebViewer;

// nullptr when there is no such viewer (it was removed, or never started).
WebViewer* find_viewer(int id);

// The viewer whose code runs now: host functions (address bar, pictures) act for it.
int current_viewer();
void set_current_viewer(int id);

// Makes viewer `id` current (its ImGui and WebGL contexts); false when it is gone.
bool make_viewer_current(int id);

// The fonts that have arrived so far, by name ("regular", "bold", "cjk", ...), for new viewers.
FontFiles arrived_fonts();

}  // namespace vitrine::web
