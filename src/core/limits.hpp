// How much of an oversized input is kept. A 50 MB description or a page of a million list items
// is broken data: it is cut, with a warning, so that it cannot take the viewer's memory with it,
// and every reader stays linear in its input.
#pragma once

#include <cstddef>
#include <cstdint>

namespace vitrine {

// The most bytes any text field holds, and any page line is read for.
constexpr std::size_t kMaxFieldBytes = 1 << 20;

// The most items any list of a product (reviews, specs, best_for…) holds.
constexpr std::size_t kMaxListItems = 10'000;

// The largest price in minor units, on a page and in JSON alike. JSON holds an amount in major
// units as a double, and up to 15 digits of minor units the trip minor → major → minor is exact:
// a price either side accepts survives a pack and a read back.
constexpr std::int64_t kMaxPriceMinorUnits = 999'999'999'999'999;

}  // namespace vitrine
