// Where a catalogue keeps what its products view: text and lists its parser made, copied into
// large blocks, and buffers held whole (the bytes of a catalogue.vitrine). Nothing in it moves
// or is freed before the arena is, so the views stay valid while the catalogue lives.
#pragma once

#include <cstddef>
#include <cstring>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "core/model.hpp"

namespace vitrine {

// Bytes, and what keeps them alive (a std::string, a buffer the page allocated).
struct HeldBytes {
    std::shared_ptr<const void> owner;
    std::string_view bytes;
};

// A string's bytes, held by the string itself.
inline HeldBytes held_string(std::string bytes) {
    auto owner = std::make_shared<const std::string>(std::move(bytes));
    const std::string_view view = *owner;
    return {std::move(owner), view};
}

class Arena {
public:
    Arena() = default;
    Arena(Arena&&) noexcept = default;
    Arena& operator=(Arena&&) noexcept = default;
    Arena(const Arena&) = delete;
    Arena& operator=(const Arena&) = delete;

    // A copy of `text`, held here.
    Text keep(std::string_view text);

    // A copy of `items`, held here. Model types are plain views, so a copy is a memcpy.
    template <typename T>
    List<T> keep(std::span<const T> items) {
        static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>);
        if (items.empty()) return {};
        T* copy = allocate<T>(items.size()).data();
        std::memcpy(static_cast<void*>(copy), items.data(), items.size_bytes());
        return {copy, items.size()};
    }
    template <typename T>
    List<T> keep(const std::vector<T>& items) {
        return keep(std::span<const T>(items));
    }

    // Room for `count` default-made items, to be filled before anything views them.
    template <typename T>
    std::span<T> allocate(std::size_t count) {
        static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>);
        if (count == 0) return {};
        T* first = static_cast<T*>(allocate_bytes(count * sizeof(T), alignof(T)));
        for (std::size_t i = 0; i < count; ++i) new (first + i) T();
        return {first, count};
    }

    // Keeps `owner` (what `bytes` lie in) alive as long as this arena.
    void hold(std::shared_ptr<const void> owner);

    // Takes over everything `other` holds: products viewing it may join this arena's catalogue.
    void adopt(Arena&& other);

private:
    void* allocate_bytes(std::size_t size, std::size_t alignment);

    std::vector<std::unique_ptr<std::byte[]>> blocks_;
    std::byte* next_ = nullptr;  // free room in the last block
    std::size_t room_ = 0;
    std::vector<std::shared_ptr<const void>> held_;
};

}  // namespace vitrine
