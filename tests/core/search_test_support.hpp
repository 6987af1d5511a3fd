// Catalogues for search tests: the bundled demo catalogue, and random ones from a seed.
#pragma once

#include <random>
#include <string>
#include <vector>

#include "core/catalogue.hpp"
#include "test_arena.hpp"

namespace vitrine::testing {

inline std::vector<Product> demo_catalogue() {
    return held_products(load_catalogue_paths({std::string(VITRINE_SOURCE_DIR) + "/assets/catalogue"}));
}

// Small random catalogues whose every field a filter or sort looks at varies.
inline std::vector<Product> random_catalogue(unsigned seed, std::size_t count) {
    static const char* const kWords[] = {"kettle", "garden", "hose", "python", "book", "lamp", "drill", "teapot", "robot", "train"};
    static const char* const kCurrencies[] = {"GBP", "USD", "JPY"};
    static const char* const kOrigins[] = {"GB", "US", "JP"};
    static const char* const kCategories[] = {"Books", "Kitchen", "Garden", "Toys"};
    std::mt19937 random(seed);
    const auto pick = [&](auto& array) { return array[random() % std::size(array)]; };
    std::vector<Product> products(count);
    for (std::size_t i = 0; i < count; ++i) {
        Product& p = products[i];
        p.id = kept("P" + std::to_string(random() % 100000) + "-" + std::to_string(i));
        p.title = kept(std::string(pick(kWords)) + " " + pick(kWords) + " " + std::to_string(i % 7));
        p.description = kept(std::string(pick(kWords)) + " " + pick(kWords));
        if (random() % 5 != 0) p.price = Money{static_cast<std::int64_t>(random() % 5000), pick(kCurrencies)};
        p.in_stock = random() % 2 == 0;
        p.rating = {static_cast<double>(random() % 51) / 10.0, static_cast<std::int64_t>(random() % 300)};
        p.reviews_count = static_cast<std::int64_t>(random() % 50);
        p.store = {pick(kOrigins), ""};
        p.store.region = p.store.origin == std::string("GB") ? "United Kingdom" : p.store.origin == std::string("US") ? "United States" : "Japan";
        std::vector<Rank> ranks;
        for (auto k = random() % 3; k > 0; --k) ranks.push_back({pick(kCategories), static_cast<std::int64_t>(random() % 1000)});
        p.ranks = kept(ranks);
    }
    return products;
}

}  // namespace vitrine::testing
