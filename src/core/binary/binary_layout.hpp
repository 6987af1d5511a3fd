// What the writer and the reader of catalogue.vitrine agree on (docs/catalogue-binary.md).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace vitrine::binary {

// 0x89 first, so that no text file starts so; CR LF and ^Z catch a copy that rewrote line ends.
inline constexpr std::string_view kMagic{"\x89VTRN\r\n\x1A", 8};
inline constexpr std::size_t kHeaderBytes = 48;
inline constexpr std::size_t kSectionEntryBytes = 24;

enum class Section : std::uint32_t { strings = 1, products = 2, index = 3 };

// FNV-1a over 64-bit little-endian words, with a shift that folds the high bits back down:
// one multiplication per 8 bytes, fast enough to check 100 MB while it downloads.
std::uint64_t checksum(std::string_view bytes);  // bytes.size() % 8 == 0

// Pads a file of at least kHeaderBytes to a multiple of 8 and writes its size and checksum into
// its header: the writer's last step, and how tests and the fuzzer make altered files that pass
// the checksum, so that the checks behind it are reached.
void seal(std::string& file);

}  // namespace vitrine::binary
