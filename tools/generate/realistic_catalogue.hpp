// Catalogues whose text is distributed as a real shop's is, for benchmarks that must not flatter
// a search engine: deterministic from the seed, like generate_catalogue (which tests use for its
// small, predictable vocabulary).
#pragma once

#include <cstdint>
#include <vector>

#include "core/catalogue.hpp"

namespace vitrine::tools {

Catalogue generate_realistic_catalogue(std::size_t count, std::uint64_t seed);

}  // namespace vitrine::tools
