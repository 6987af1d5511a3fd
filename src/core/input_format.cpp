#include "core/input_format.hpp"

#include <optional>

#include "core/binary/catalogue_binary.hpp"
#include "core/text.hpp"

namespace vitrine {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::optional<InputFormat> format_of_extension(std::string_view name) {
    const std::size_t dot = name.rfind('.');
    const std::size_t slash = name.find_last_of("/\\");
    if (dot == std::string_view::npos || dot == 0 || (slash != std::string_view::npos && dot < slash)) return std::nullopt;
    const std::string_view extension = name.substr(dot);
    if (iequals_ascii(extension, ".json")) return InputFormat::json;
    if (iequals_ascii(extension, ".md") || iequals_ascii(extension, ".markdown")) return InputFormat::page;
    if (iequals_ascii(extension, ".vitrine")) return InputFormat::binary;
    return std::nullopt;
}

}  // namespace

bool has_catalogue_extension(std::string_view name) { return format_of_extension(name).has_value(); }

InputFormat detect_format(std::string_view name, std::string_view bytes) {
    if (is_catalogue_binary(bytes)) return InputFormat::binary;
    if (const auto format = format_of_extension(name)) return *format;
    if (starts_with(bytes, kBom)) bytes.remove_prefix(kBom.size());
    const std::string_view start = trim(bytes.substr(0, 64));  // a page's first line is "---"
    return !start.empty() && (start.front() == '{' || start.front() == '[') ? InputFormat::json : InputFormat::page;
}

}  // namespace vitrine
