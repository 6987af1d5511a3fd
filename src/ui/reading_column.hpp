// The detail view's column of text, laid out from the left or, for a product whose title reads
// from the right (Arabic, Hebrew), mirrored as such a shop's own page is: the title, price,
// badges, headings and paragraphs end at the column's right edge, bullets stand right of their
// items and a two-column table puts its first column on the right.
#pragma once

#include <string_view>

namespace vitrine {

struct ReadingColumn {
    float left = 0;  // screen x
    float width = 0;
    bool mirrored = false;

    // The column at the cursor, `width` wide, mirrored when `title` reads from the right.
    static ReadingColumn at_cursor(float width, std::string_view title);
    // Moves the cursor, on its line, to where an item `item_width` wide starts.
    void place(float item_width) const;
};

// The width draw_text() gives `text` in the current font.
float drawn_text_width(std::string_view text);

}  // namespace vitrine
