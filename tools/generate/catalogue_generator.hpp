// Deterministic large catalogues for benchmarks and stress tests: the same seed and count
// always give the same products, byte for byte.
#pragma once

#include <cstdint>
#include <vector>

#include "core/catalogue.hpp"

namespace vitrine::tools {

Catalogue generate_catalogue(std::size_t count, std::uint64_t seed);

}  // namespace vitrine::tools
