// The fuzzers' bytes with a way to say "long": a run "\xF5\xF5" N M followed by M bytes stands for
// those M bytes repeated N × 1024 times (N and M one byte each). A small input can then reach the
// 1 MB field limits and the list limits, which libFuzzer's mutations of at most 64 KiB never would.
// (0xF5 is never in UTF-8, and the pair is no byte order mark, so no meaningful input is lost.)
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>

namespace vitrine::fuzzing {

// Just past the 1 MB limits: longer inputs find nothing new and only slow every run down.
constexpr std::size_t kMaxExpandedBytes = (1u << 20) + (1u << 18);

inline std::string expanded_input(const std::uint8_t* data, std::size_t size) {
    std::string out;
    for (std::size_t i = 0; i < size;) {
        const bool run = i + 4 <= size && data[i] == 0xF5 && data[i + 1] == 0xF5;
        if (!run) {
            out.push_back(static_cast<char>(data[i++]));
            continue;
        }
        const std::size_t repeats = std::size_t{data[i + 2]} * 1024;
        const std::size_t length = std::min<std::size_t>(data[i + 3], size - (i + 4));
        const char* piece = reinterpret_cast<const char*>(data + i + 4);
        for (std::size_t r = 0; r < repeats && length > 0 && out.size() + length <= kMaxExpandedBytes; ++r) out.append(piece, length);
        i += 4 + length;
    }
    return out;
}

}  // namespace vitrine::fuzzing
