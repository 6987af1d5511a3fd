// Touch dragging as people expect from a phone: the list follows the finger, keeps gliding
// after a flick and slows down; a touch that barely moved is a tap.
#pragma once

namespace vitrine {

class TouchScroll {
public:
    void begin(float x, float y, double time_ms);
    // Pixels the content should move down by (finger moving down scrolls towards the top).
    float move(float x, float y, double time_ms);
    // Returns true when the touch was a tap: it barely moved, and it did not catch a gliding list
    // (on a phone, touching a moving list only stops it).
    bool end(double time_ms);
    // A second finger: the gesture is the browser's pinch zoom, so nothing scrolls, glides or taps
    // until the next touch begins.
    void cancel();
    // Pixels to move in a frame of `dt_ms` while gliding; 0 once stopped or while touching.
    float glide(double dt_ms);
    bool dragging() const { return touching_ && moved_; }

private:
    static constexpr float kTapSlop = 8.0f;            // CSS px a tap may wander
    static constexpr float kFriction = 0.0035f;        // velocity lost per ms, as a fraction
    static constexpr float kStopSpeed = 0.02f;         // px/ms below which gliding stops

    bool touching_ = false;
    bool moved_ = false;
    bool caught_glide_ = false;  // this touch stopped a gliding list
    float start_x_ = 0, start_y_ = 0, last_y_ = 0;
    double last_time_ = 0;
    float velocity_ = 0;  // px/ms, smoothed over the last moves
};

}  // namespace vitrine
