// Touch scrolling as a phone user expects it.
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

#include <cmath>

#include "ui/touch_scroll.hpp"

using vitrine::TouchScroll;

TEST_CASE("a touch that barely moves is a tap and scrolls nothing") {
    TouchScroll touch;
    touch.begin(100, 100, 0);
    CHECK(touch.move(103, 102, 16) == 0);
    CHECK(touch.end(80));
    CHECK(touch.glide(16) == 0);
}

TEST_CASE("dragging moves the content with the finger, and is not a tap") {
    TouchScroll touch;
    touch.begin(100, 300, 0);
    float moved = 0;
    for (int i = 1; i <= 10; ++i) moved += touch.move(100, 300.0f - 20.0f * static_cast<float>(i), 16.0 * i);
    CHECK(moved == Catch::Approx(-200));
    CHECK(touch.dragging());
    CHECK_FALSE(touch.end(170));
}

TEST_CASE("a flick keeps gliding in the same direction and slows down to a stop") {
    TouchScroll touch;
    touch.begin(100, 500, 0);
    for (int i = 1; i <= 5; ++i) touch.move(100, 500.0f - 40.0f * static_cast<float>(i), 10.0 * i);
    touch.end(55);
    const float first = touch.glide(16);
    CHECK(first < 0);
    float previous = first;
    int frames = 1;
    for (float step = touch.glide(16); step != 0; step = touch.glide(16), ++frames) {
        CHECK(std::abs(step) <= std::abs(previous));
        previous = step;
        REQUIRE(frames < 600);  // it stops within ten seconds
    }
}

TEST_CASE("a finger resting before it lifts does not flick") {
    TouchScroll touch;
    touch.begin(100, 500, 0);
    for (int i = 1; i <= 5; ++i) touch.move(100, 500.0f - 40.0f * static_cast<float>(i), 10.0 * i);
    touch.end(400);
    CHECK(touch.glide(16) == 0);
}

TEST_CASE("a touch that stops a gliding list is not a tap, and the next one is") {
    TouchScroll touch;
    touch.begin(100, 500, 0);
    for (int i = 1; i <= 5; ++i) touch.move(100, 500.0f - 40.0f * static_cast<float>(i), 10.0 * i);
    touch.end(55);
    REQUIRE(touch.glide(16) != 0);
    touch.begin(100, 300, 100);
    CHECK_FALSE(touch.end(160));
    CHECK(touch.glide(16) == 0);
    touch.begin(100, 300, 400);
    CHECK(touch.end(460));
}

TEST_CASE("a second finger (a pinch) stops the scroll: nothing moves, glides or taps until the next touch") {
    TouchScroll touch;
    touch.begin(100, 300, 0);
    CHECK(touch.move(100, 250, 16) == -50);
    touch.cancel();
    CHECK(touch.move(100, 150, 32) == 0);
    CHECK_FALSE(touch.end(48));
    CHECK(touch.glide(16) == 0);
    touch.begin(100, 300, 500);
    CHECK(touch.end(560));  // the next touch is an ordinary tap again
}
