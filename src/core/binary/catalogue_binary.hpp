// catalogue.vitrine: a catalogue in a compact binary layout (a string pool, columns of numbers
// and string numbers) with its search index already built, under a header that names the format
// version and a checksum. The layout is docs/catalogue-binary.md. Reading checks every offset,
// count and string before using it: damaged or hostile bytes give a diagnostic, never a crash.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalogue.hpp"
#include "core/model.hpp"

namespace vitrine {

class SearchIndex;

inline constexpr std::uint32_t kCatalogueBinaryVersion = 2;

// Whether `bytes` start as a catalogue.vitrine does (its eight magic bytes).
bool is_catalogue_binary(std::string_view bytes);

// The number of products a catalogue.vitrine's header announces (0 without a header), read
// before the file is: to say in advance how much memory it will take.
std::uint64_t announced_product_count(std::string_view bytes);

// All the text of a catalogue.vitrine: its strings section's pool (every string once, one after
// the other), found without checking more than that it lies within `bytes`; empty when there is
// none. For a reader of the products' text alone, such as the viewer choosing fonts.
std::string_view catalogue_binary_text(std::string_view bytes);

// The file's bytes; `index` (built from `products`) is saved with them unless null.
std::string write_catalogue_binary(const std::vector<Product>& products, const SearchIndex* index);

// The products view the bytes in place: the catalogue's arena holds them (and nothing else of
// the file is copied), and its saved_index is the file's index. A file that cannot be read gives
// no products and the problem.
Catalogue read_catalogue_binary(HeldBytes input, const std::string& file);
Catalogue read_catalogue_binary(std::string bytes, const std::string& file);

}  // namespace vitrine
