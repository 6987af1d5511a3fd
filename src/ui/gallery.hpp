// A product's pictures: a row of tiles in the detail view, each a control (mouse, Enter or
// Space), and one picture at a time shown large over the view, stepped through with the arrow
// keys and closed with Escape, so the pictures are reachable without a mouse.
#pragma once

#include <vector>

#include "core/model.hpp"
#include "ui/drawn_items.hpp"
#include "ui/reading_column.hpp"

namespace vitrine {

class Gallery {
public:
    void draw_tiles(List<Image> images, const ReadingColumn& column, DrawnItems& mirror);
    // Drawn after the rest of the view, so that it covers it.
    void draw_enlarged(List<Image> images, DrawnItems& mirror);
    bool is_open() const { return open_ >= 0; }
    void close() { open_ = -1; }

private:
    int open_ = -1;          // the picture shown large, or -1
    bool just_opened_ = false;
};

}  // namespace vitrine
