// Little-endian binary writing and bounds-checked reading, for catalogue.vitrine. The reader
// never reads past its bytes: a read beyond them fails, and every later read fails too, so a
// decoder checks once at the end of a part instead of after each field.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace vitrine {

class ByteWriter {
public:
    template <typename T>
    void put(T value) {
        static_assert(std::is_arithmetic_v<T>);
        char bytes[sizeof(T)];
        std::memcpy(bytes, &value, sizeof(T));  // WebAssembly and x86-64 are both little-endian
        out_.append(bytes, sizeof(T));
    }
    // An array as its element count, its element size and its elements: a reader checks both
    // numbers against what it expects before it looks at the elements.
    template <typename T>
    void put_array(const std::vector<T>& values) {
        put<std::uint64_t>(values.size());
        put<std::uint32_t>(sizeof(T));
        align();
        if (!values.empty()) out_.append(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(T));
        align();
    }
    void put_bytes(std::string_view bytes) { out_.append(bytes); }
    void align() { out_.append((8 - out_.size() % 8) % 8, '\0'); }  // arrays start on 8 bytes
    std::size_t size() const { return out_.size(); }
    std::string& bytes() { return out_; }

private:
    std::string out_;
};

// Unsigned LEB128 varints: 7 bits a byte, the lowest first, the high bit set on all but the last.
inline void append_varint(std::string& out, std::uint32_t value) {
    for (; value >= 0x80; value >>= 7) out += static_cast<char>((value & 0x7F) | 0x80);
    out += static_cast<char>(value);
}

// The varint at `at` in `bytes`, `at` moved past it; false when it is cut short or exceeds 32 bits.
inline bool read_varint(std::string_view bytes, std::size_t& at, std::uint32_t& value) {
    value = 0;
    for (int shift = 0; shift < 35 && at < bytes.size(); shift += 7) {
        const auto byte = static_cast<unsigned char>(bytes[at++]);
        value |= static_cast<std::uint32_t>(byte & 0x7F) << shift;
        if ((byte & 0x80) == 0) return shift < 28 || byte < 0x10;
    }
    return false;
}

// Elements of an array inside the reader's bytes; read one at a time, so never misaligned.
template <typename T>
class ArrayView {
public:
    ArrayView() = default;
    ArrayView(const char* data, std::size_t size) : data_(data), size_(size) {}
    std::size_t size() const { return size_; }
    T operator[](std::size_t i) const {
        T value;
        std::memcpy(&value, data_ + i * sizeof(T), sizeof(T));
        return value;
    }
    std::vector<T> to_vector() const {
        std::vector<T> out(size_);
        if (size_ != 0) std::memcpy(out.data(), data_, size_ * sizeof(T));
        return out;
    }

private:
    const char* data_ = nullptr;
    std::size_t size_ = 0;
};

class ByteReader {
public:
    explicit ByteReader(std::string_view bytes) : bytes_(bytes) {}

    template <typename T>
    T get() {
        T value{};
        if (!take(sizeof(T))) return value;
        std::memcpy(&value, bytes_.data() + at_ - sizeof(T), sizeof(T));
        return value;
    }
    // An array written by put_array with `expected` elements of T (any count when expected is
    // SIZE_MAX); empty, and the reader failed, when the bytes say otherwise.
    template <typename T>
    ArrayView<T> get_array(std::size_t expected = SIZE_MAX) {
        const auto count = get<std::uint64_t>();
        const auto width = get<std::uint32_t>();
        align();
        if (!ok_ || width != sizeof(T) || (expected != SIZE_MAX && count != expected) || count > (bytes_.size() - at_) / sizeof(T)) {
            ok_ = false;
            return {};
        }
        const char* data = bytes_.data() + at_;
        take(static_cast<std::size_t>(count) * sizeof(T));
        align();
        return {data, static_cast<std::size_t>(count)};
    }
    std::string_view get_bytes(std::size_t n) {
        if (!take(n)) return {};
        return bytes_.substr(at_ - n, n);
    }
    void align() { take((8 - at_ % 8) % 8); }
    bool ok() const { return ok_; }
    void fail() { ok_ = false; }
    std::size_t offset() const { return at_; }
    bool at_end() const { return at_ == bytes_.size(); }

private:
    bool take(std::size_t n) {
        if (!ok_ || n > bytes_.size() - at_) {
            ok_ = false;
            return false;
        }
        at_ += n;
        return true;
    }
    std::string_view bytes_;
    std::size_t at_ = 0;
    bool ok_ = true;
};

}  // namespace vitrine
