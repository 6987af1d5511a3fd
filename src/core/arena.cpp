#include "core/arena.hpp"

namespace vitrine {

namespace {

// Large enough that a catalogue of 100,000 products needs a few hundred blocks, small enough
// that a single page's product does not hold much unused room.
constexpr std::size_t kBlockBytes = 256 * 1024;

}  // namespace

Text Arena::keep(std::string_view text) {
    if (text.empty()) return Text();
    char* copy = static_cast<char*>(allocate_bytes(text.size(), 1));
    std::memcpy(copy, text.data(), text.size());
    return Text(std::string_view(copy, text.size()));
}

void Arena::hold(std::shared_ptr<const void> owner) { held_.push_back(std::move(owner)); }

void Arena::adopt(Arena&& other) {
    for (auto& block : other.blocks_) blocks_.push_back(std::move(block));
    for (auto& owner : other.held_) held_.push_back(std::move(owner));
    other.blocks_.clear();
    other.held_.clear();
    other.next_ = nullptr;
    other.room_ = 0;
}

void* Arena::allocate_bytes(std::size_t size, std::size_t alignment) {
    const std::size_t padding = (alignment - reinterpret_cast<std::uintptr_t>(next_) % alignment) % alignment;
    if (next_ == nullptr || padding + size > room_) {
        // A large item gets a block of its own; the current block keeps its free room.
        if (size > kBlockBytes / 4) return blocks_.emplace_back(new std::byte[size]).get();
        next_ = blocks_.emplace_back(new std::byte[kBlockBytes]).get();
        room_ = kBlockBytes;
        return allocate_bytes(size, alignment);
    }
    std::byte* at = next_ + padding;
    next_ = at + size;
    room_ -= padding + size;
    return at;
}

}  // namespace vitrine
