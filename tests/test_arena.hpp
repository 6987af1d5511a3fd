// Text and lists the tests make, held until the test program ends: products a test builds view
// them, as a catalogue's products view its arena.
#pragma once

#include <string_view>
#include <vector>

#include "core/arena.hpp"
#include "core/catalogue.hpp"

namespace vitrine::testing {

inline Arena& test_arena() {
    static Arena arena;
    return arena;
}

inline Text kept(std::string_view text) { return test_arena().keep(text); }

template <typename T>
List<T> kept(const std::vector<T>& items) {
    return test_arena().keep(items);
}

// A catalogue's products, their arena kept for the rest of the run.
inline std::vector<Product> held_products(Catalogue catalogue) {
    test_arena().adopt(std::move(catalogue.arena));
    return std::move(catalogue.products);
}

}  // namespace vitrine::testing
