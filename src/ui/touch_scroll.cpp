#include "ui/touch_scroll.hpp"

#include <cmath>

namespace vitrine {

void TouchScroll::begin(float x, float y, double time_ms) {
    touching_ = true;
    moved_ = false;
    start_x_ = x;
    start_y_ = y;
    last_y_ = y;
    last_time_ = time_ms;
    caught_glide_ = std::fabs(velocity_) >= kStopSpeed;
    velocity_ = 0;  // a touch catches a gliding list
}

float TouchScroll::move(float x, float y, double time_ms) {
    if (!touching_) return 0;
    if (!moved_ && std::hypot(x - start_x_, y - start_y_) < kTapSlop) return 0;
    moved_ = true;
    const float delta = y - last_y_;
    const double dt = time_ms - last_time_;
    if (dt > 0) velocity_ = 0.8f * static_cast<float>(delta / dt) + 0.2f * velocity_;
    last_y_ = y;
    last_time_ = time_ms;
    return delta;
}

bool TouchScroll::end(double time_ms) {
    touching_ = false;
    if (time_ms - last_time_ > 100) velocity_ = 0;  // the finger rested before lifting: no flick
    return !moved_ && !caught_glide_;
}

void TouchScroll::cancel() {
    touching_ = false;
    moved_ = true;  // not a tap
    velocity_ = 0;
}

float TouchScroll::glide(double dt_ms) {
    if (touching_ || std::fabs(velocity_) < kStopSpeed) {
        if (!touching_) velocity_ = 0;
        return 0;
    }
    const float step = velocity_ * static_cast<float>(dt_ms);
    velocity_ *= static_cast<float>(std::exp(-kFriction * dt_ms));
    return step;
}

}  // namespace vitrine
