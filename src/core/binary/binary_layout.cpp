#include "core/binary/binary_layout.hpp"

#include <cstring>

namespace vitrine::binary {

std::uint64_t checksum(std::string_view bytes) {
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (std::size_t i = 0; i + 8 <= bytes.size(); i += 8) {
        std::uint64_t word;
        std::memcpy(&word, bytes.data() + i, 8);
        h = (h ^ word) * 0x100000001b3ull;
        h ^= h >> 29;
    }
    return h;
}

void seal(std::string& file) {
    file.append((8 - file.size() % 8) % 8, '\0');
    const std::uint64_t size = file.size();
    const std::uint64_t sum = checksum(std::string_view(file).substr(kHeaderBytes));
    std::memcpy(file.data() + 24, &size, 8);
    std::memcpy(file.data() + 32, &sum, 8);
}

}  // namespace vitrine::binary
