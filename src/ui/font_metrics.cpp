#include "ui/font_metrics.hpp"

#include <cstdint>
#include <string_view>

namespace vitrine {

namespace {

std::uint32_t read_u32(std::span<const unsigned char> bytes, std::size_t at) {
    return (std::uint32_t{bytes[at]} << 24) | (std::uint32_t{bytes[at + 1]} << 16) | (std::uint32_t{bytes[at + 2]} << 8) | bytes[at + 3];
}

std::uint16_t read_u16(std::span<const unsigned char> bytes, std::size_t at) {
    return static_cast<std::uint16_t>((bytes[at] << 8) | bytes[at + 1]);
}

// Where the table `tag` starts, if the file has it whole.
std::optional<std::size_t> find_table(std::span<const unsigned char> font, std::string_view tag, std::size_t needed) {
    if (font.size() < 12) return std::nullopt;
    const std::size_t tables = read_u16(font, 4);
    for (std::size_t i = 0; i < tables; ++i) {
        const std::size_t record = 12 + 16 * i;
        if (record + 16 > font.size()) return std::nullopt;
        if (std::string_view(reinterpret_cast<const char*>(font.data() + record), 4) != tag) continue;
        const std::size_t offset = read_u32(font, record + 8);
        if (offset + needed > font.size()) return std::nullopt;
        return offset;
    }
    return std::nullopt;
}

}  // namespace

std::optional<FontMetrics> read_font_metrics(std::span<const unsigned char> font) {
    const auto head = find_table(font, "head", 20);
    const auto hhea = find_table(font, "hhea", 8);
    if (!head || !hhea) return std::nullopt;
    FontMetrics metrics;
    metrics.units_per_em = read_u16(font, *head + 18);
    metrics.ascender = static_cast<std::int16_t>(read_u16(font, *hhea + 4));
    metrics.descender = static_cast<std::int16_t>(read_u16(font, *hhea + 6));
    if (metrics.units_per_em <= 0 || metrics.ascender - metrics.descender <= 0) return std::nullopt;
    return metrics;
}

float size_matching_em(const FontMetrics& face, const FontMetrics& fallback, float size) {
    // At size S a font's em is S * units_per_em / (ascender - descender) pixels.
    const auto em_per_line = [](const FontMetrics& m) { return static_cast<float>(m.units_per_em) / static_cast<float>(m.ascender - m.descender); };
    return size * em_per_line(face) / em_per_line(fallback);
}

}  // namespace vitrine
