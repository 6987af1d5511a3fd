// How much of an oversized input is kept. A 50 MB description or a page of a million list items
// is broken data: it is cut, with a warning, so that it cannot take the viewer's memory with it,
// and every reader stays linear in its input.
#pragma once

#include <cstddef>

namespace vitrine {

// The most bytes any text field holds, and any page line is read for.
constexpr std::size_t kMaxFieldBytes = 1 << 20;

// The most items any list of a product (reviews, specs, best_for…) holds.
constexpr std::size_t kMaxListItems = 10'000;

}  // namespace vitrine
