// Which input the viewer keeps and which it leaves to the page around it, decided from what the
// last frame drew. A viewer is a part of a page: keys, wheel turns and swipes it cannot use go on
// to the page, as they would past any other element.
#pragma once

#include <vector>

#include "imgui.h"
#include "ui/drawn_items.hpp"

namespace vitrine {

// Whether Tab (Shift+Tab when `backwards`) would move past the last control drawn (before the
// first): then the focus belongs to the page's next (previous) element, not back to the start.
bool tab_leaves(const std::vector<DrawnItem>& items, bool backwards);

// Whether a wheel turn at `pos` (ImGui's units: positive y moves the content down, towards its
// top) would scroll the region under it, as ImGui chooses that region. At the end of a list, or
// where nothing scrolls, it would not, and the page scrolls instead (like an overflow: auto box).
bool wheel_would_scroll(ImVec2 pos, float wheel_x, float wheel_y);

}  // namespace vitrine
