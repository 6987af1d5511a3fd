// Which rows of different heights a scrolled list shows.
#include <catch2/catch_test_macros.hpp>

#include "ui/row_offsets.hpp"

using vitrine::RowOffsets;

namespace {

RowOffsets rows_of(const std::vector<float>& heights) {
    RowOffsets rows;
    rows.assign(heights);
    return rows;
}

}  // namespace

TEST_CASE("each row starts where the rows above it end") {
    const RowOffsets rows = rows_of({10, 30, 5, 55});
    REQUIRE(rows.size() == 4);
    CHECK(rows.top(0) == 0);
    CHECK(rows.top(1) == 10);
    CHECK(rows.top(2) == 40);
    CHECK(rows.top(3) == 45);
    CHECK(rows.total_height() == 100);
}

TEST_CASE("the visible rows are those overlapping the view, partly shown ones included") {
    const RowOffsets rows = rows_of({10, 30, 5, 55});
    auto range = rows.visible(0, 10);
    CHECK(range.first == 0);
    CHECK(range.end == 1);  // row 1 starts exactly at the bottom edge: not shown

    range = rows.visible(10, 1);
    CHECK(range.first == 1);  // row 0 ends exactly at the top edge: not shown
    CHECK(range.end == 2);

    range = rows.visible(20, 30);  // from the middle of row 1 to the middle of row 3
    CHECK(range.first == 1);
    CHECK(range.end == 4);
}

TEST_CASE("a view past the end, or before the start, shows what it overlaps and nothing more") {
    const RowOffsets rows = rows_of({10, 30, 5, 55});
    auto range = rows.visible(100, 50);
    CHECK(range.size() == 0);
    range = rows.visible(-20, 25);
    CHECK(range.first == 0);
    CHECK(range.end == 1);
    range = rows.visible(-10, 200);
    CHECK(range.first == 0);
    CHECK(range.end == 4);
}

TEST_CASE("an empty list shows nothing, and a view of no height shows nothing") {
    CHECK(rows_of({}).visible(0, 500).size() == 0);
    CHECK(rows_of({}).total_height() == 0);
    CHECK(rows_of({10, 10}).visible(5, 0).size() == 0);
}

TEST_CASE("ten thousand rows: a screenful is found anywhere in the list, and the offsets stay exact") {
    std::vector<float> heights;
    for (int i = 0; i < 10'000; ++i) heights.push_back(static_cast<float>(60 + (i % 7) * 16));
    const RowOffsets rows = rows_of(heights);
    double sum = 0;
    for (const float h : heights) sum += h;
    CHECK(rows.total_height() == static_cast<float>(sum));
    const auto range = rows.visible(rows.top(7'000) + 1, 800);
    CHECK(range.first == 7'000);
    CHECK(range.size() <= 800 / 60 + 2);
    CHECK(rows.top(range.end - 1) < rows.top(7'000) + 801);
}
