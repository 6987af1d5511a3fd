// Prices written with a shop's own digits and marks, read as ASCII: "٢٩٩٫٥٠" is "299.50",
// "1 299,99" (no-break spaces) is "1 299,99". Parsing then needs to know only one way of writing.
#pragma once

#include <string>
#include <string_view>

namespace vitrine {

// `text` with Arabic-Indic, Persian, Devanagari, Bengali and Thai digits as 0-9, the Arabic
// decimal and thousands marks as '.' and ',', no-break and thin spaces as ' ', the typographic
// apostrophe (Swiss 1’299) as '\'', and the invisible direction marks (RLM, ALM…) dropped.
std::string ascii_price_digits(std::string_view text);

}  // namespace vitrine
