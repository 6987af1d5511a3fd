// What a catalogue will take of the WebAssembly memory, asked before it is read. Running out
// halfway through (a std::bad_alloc, which aborts a module built without exceptions) would
// leave the page with a dead module; refusing first keeps it, and the catalogue it holds.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace vitrine::web {

// Empty when the catalogue `input` (JSON or a page) can be read and indexed in the memory the
// module may still grow to; otherwise the message that says how much it needs and has.
std::optional<std::string> memory_refusal(std::string_view input, const std::string& name);

// The most the memory may grow to, when the JavaScript side made it smaller than the maximum the
// module was linked with (emscripten_get_heap_max() reports that one).
void set_memory_maximum(double bytes);

}  // namespace vitrine::web
