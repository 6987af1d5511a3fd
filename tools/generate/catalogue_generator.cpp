#include "catalogue_generator.hpp"

#include "generated_text.hpp"

#include <array>
#include <random>
#include <string>

namespace vitrine::tools {

namespace {

struct Department {
    const char* category;
    std::array<const char*, 10> nouns;
    std::array<const char*, 10> adjectives;
    std::array<const char*, 6> sub_categories;
};

const std::array<Department, 5> kDepartments = {{
    {"Books",
     {"Guide", "Handbook", "Cookbook", "Novel", "Atlas", "Primer", "Anthology", "Workbook", "Memoir", "Companion"},
     {"Practical", "Illustrated", "Complete", "Modern", "Essential", "Pocket", "Definitive", "Annotated", "Concise", "Visual"},
     {"Python Programming", "Cookbooks", "Science Fiction", "History", "Gardening", "Children's Books"}},
    {"Electronics",
     {"Headphones", "Charger", "Speaker", "Keyboard", "Monitor", "Router", "Webcam", "Smartwatch", "Tablet", "Camera"},
     {"Wireless", "Portable", "Compact", "Ergonomic", "Waterproof", "Smart", "Ultra-Slim", "Rugged", "Fast", "Quiet"},
     {"Headphones", "Chargers", "Computer Accessories", "Cameras", "Wearables", "Speakers"}},
    {"Kitchen",
     {"Kettle", "Skillet", "Knife", "Blender", "Toaster", "Grinder", "Teapot", "Saucepan", "Mixer", "Scale"},
     {"Stainless", "Cast Iron", "Ceramic", "Electric", "Non-Stick", "Copper", "Glass", "Bamboo", "Digital", "Classic"},
     {"Cookware", "Knives", "Coffee Machines", "Small Appliances", "Bakeware", "Kettles"}},
    {"Toys",
     {"Train Set", "Puzzle", "Robot", "Kite", "Doll House", "Building Bricks", "Board Game", "Plush Bear", "Race Car", "Science Kit"},
     {"Wooden", "Magnetic", "Remote Control", "Educational", "Giant", "Musical", "Glow-in-the-Dark", "Classic", "Deluxe", "Mini"},
     {"Train Sets", "Puzzles", "Board Games", "Soft Toys", "Educational", "Outdoor Play"}},
    {"Garden",
     {"Trowel", "Hose", "Pruner", "Planter", "Lantern", "Rake", "Wheelbarrow", "Sprinkler", "Bird Feeder", "Greenhouse"},
     {"Expandable", "Solar", "Heavy-Duty", "Cedar", "Galvanised", "Folding", "Self-Watering", "Telescopic", "Recycled", "Frost-Proof"},
     {"Hand Tools", "Watering", "Planters", "Outdoor Lighting", "Power Tools", "Composting"}},
}};

struct Market {
    const char* currency;
    const char* symbol;
    const char* origin;
    const char* region;
    int minor_digits;
    std::int64_t scale;  // typical price in major units for "1.0"
    const char* local_tag;  // added to some titles, so that search meets the store's own script and accents
};

const std::array<Market, 5> kMarkets = {{
    {"GBP", "£", "GB", "United Kingdom", 2, 40, "(UK Edition)"},
    {"USD", "$", "US", "United States", 2, 50, "(US Edition)"},
    {"EUR", "€", "DE", "Germany", 2, 45, "– Geprüfte Qualität, Größe M"},
    {"JPY", "¥", "JP", "Japan", 0, 6000, "日本製 正規品"},
    {"INR", "₹", "IN", "India", 2, 3500, "(भारत संस्करण)"},
}};

const std::array<const char*, 12> kBrands = {"Acme", "Nordlys", "Kestrel", "Orbis", "Tamarind", "Vela",
                                             "Brightwell", "Koru", "Maple & Co", "Zenith", "Pavo", "Lumen"};
const std::array<const char*, 8> kReviewTitles = {"Exactly as described", "Great value",  "Stopped working", "Better than expected",
                                                  "Not for me",           "Five stars",    "Solid build",     "Arrived damaged"};
const std::array<const char*, 8> kReviewBodies = {
    "Does what it says. Delivery was quick and the packaging was good.",
    "I have used it every day for a month and it still works like new.",
    "The quality is fine for the price, but the instructions could be clearer.",
    "Returned it after a week: it was smaller than the photos suggested.",
    "Bought a second one as a present. Highly recommended.",
    "Works well, though it is louder than I hoped.",
    "Sturdy and well made; the finish is lovely.",
    "Customer service replaced it without fuss when a part broke.",
};

}  // namespace

Catalogue generate_catalogue(std::size_t count, std::uint64_t seed) {
    std::mt19937_64 random(seed);
    const auto pick = [&](const auto& array) { return array[random() % array.size()]; };
    Catalogue out;
    const auto keep = [&](std::string_view text) { return out.arena.keep(text); };
    std::vector<Product>& products = out.products;
    products.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
        const Department& dept = pick(kDepartments);
        const Market& market = pick(kMarkets);
        Product& p = products[i];
        p.id = keep("GEN-" + std::to_string(seed) + "-" + std::to_string(i));
        const std::string noun = pick(dept.nouns);
        const std::string code = static_cast<char>('A' + random() % 26) + std::to_string(100 + random() % 900);
        std::string title = std::string(pick(kBrands)) + " " + pick(dept.adjectives) + " " + noun + " " + code;
        if (random() % 8 == 0) title += std::string(" ") + market.local_tag;
        p.title = keep(title);
        const std::int64_t minor = static_cast<std::int64_t>((50 + random() % 400) * market.scale * (market.minor_digits == 0 ? 1 : 100) / 100);
        p.price = Money{minor, market.currency};
        p.price_text = keep(money_text(market.symbol, market.minor_digits, minor));
        p.in_stock = random() % 5 != 0;
        p.store = {market.origin, market.region};
        p.url = keep("https://shop.example.com/products/" + p.id);
        p.ranks = out.arena.keep(std::vector<Rank>{{dept.category, static_cast<std::int64_t>(1 + random() % 200000)},
                                                   {pick(dept.sub_categories), static_cast<std::int64_t>(1 + random() % 500)}});
        p.description = keep("The " + p.title + " is a " + pick(dept.adjectives) + " " + noun + " for everyday use. " +
                             "Designed by " + pick(kBrands) + " and tested for durability, it comes with a two-year warranty.");
        p.specs = out.arena.keep(std::vector<Spec>{{"Model", keep(code)},
                                                   {"Weight", keep(std::to_string(100 + random() % 4900) + " g")},
                                                   {"Colour", pick(std::array<const char*, 6>{"Black", "White", "Red", "Blue", "Green", "Grey"})}});
        const auto shown = random() % 6;
        int stars_total = 0;
        std::vector<Review> reviews;
        for (std::size_t r = 0; r < shown; ++r) {
            const int stars = 1 + static_cast<int>(random() % 5);
            stars_total += stars;
            const Text review_title = pick(kReviewTitles);
            const std::string author = std::string(1, static_cast<char>('A' + random() % 26)) + "***" + static_cast<char>('A' + random() % 26);
            const Text date = keep(date_text(random, 2019, 8));
            reviews.push_back({stars, review_title, keep(author), date, pick(kReviewBodies)});
        }
        p.reviews = out.arena.keep(reviews);
        p.reviews_count = static_cast<std::int64_t>(shown + random() % 200);
        p.rating = {shown == 0 ? 0.0 : static_cast<double>(stars_total * 10 / static_cast<int>(shown)) / 10.0,
                    shown == 0 ? 0 : static_cast<std::int64_t>(shown * (1 + random() % 50))};
        p.updated = keep(date_text(random, 2019, 8));
        p.source = {"generated", static_cast<int>(i + 1)};
    }
    return out;
}

}  // namespace vitrine::tools
