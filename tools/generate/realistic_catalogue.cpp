// What makes a catalogue hard to search, and how much of it this generator puts in:
//
// - Words follow Zipf's law (frequency of the r-th commonest word ∝ 1/r) over a vocabulary of
//   about 40,000 words: 230 real shopping and review words at the head, then pronounceable
//   made-up words of two or three syllables. Common words are in nearly every product, and most
//   words are rare, so postings range from 1 to the whole catalogue.
// - Brands: 2,000, picked by Zipf (s = 1.1), so a few big brands have thousands of products.
//   Model codes come in families ("KX-4410", "KX-4410 Pro", "KX-4410S"): 6,000 families, each
//   shared by the variants of one model, and nobody types them in full.
// - Titles: brand, one or two qualifiers, a product noun from one of five departments, often a
//   model code, sometimes a size, colour or pack count.
// - Descriptions are 30 to 120 words. Products have 0 to 5 reviews, of 10 to 60 words each,
//   rated 1 to 5 stars with a store's skew toward 5.
// - Languages: 62 % English (GB, US), and German, French and Spanish (accents, ß), Japanese,
//   Hindi and Arabic stores whose titles and text are mostly in their own language, with the
//   store's currency, origin and region.
// About 2.3 kB of JSON per product without spaces (3.1 kB as vitrine pack writes it, indented).
#include "realistic_catalogue.hpp"

#include "generated_text.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <random>
#include <string>

namespace vitrine::tools {

namespace {

using Random = std::mt19937_64;

const char* const kCommonWords[] = {
    "the", "and", "a", "to", "of", "is", "for", "it", "with", "this", "in", "on", "that", "you", "my", "are", "as", "but",
    "very", "not", "great", "good", "was", "have", "use", "one", "so", "quality", "be", "easy", "well", "price", "product",
    "can", "like", "at", "or", "all", "just", "from", "would", "really", "more", "love", "nice", "than", "will", "after",
    "time", "works", "perfect", "size", "made", "recommend", "which", "little", "also", "an", "small", "up", "set",
    "when", "used", "our", "only", "they", "your", "has", "them", "its", "been", "does", "buy", "work", "bought", "days",
    "value", "fits", "color", "colour", "design", "light", "strong", "sturdy", "soft", "fast", "quiet", "battery", "charge",
    "cable", "water", "steel", "stainless", "plastic", "wood", "glass", "cotton", "leather", "handle", "lid", "cover", "case",
    "box", "pack", "kit", "piece", "inch", "cm", "mm", "kg", "litre", "watt", "volt", "power", "speed", "sound", "bass",
    "screen", "display", "wireless", "bluetooth", "usb", "portable", "compact", "adjustable", "durable", "lightweight",
    "waterproof", "rechargeable", "premium", "classic", "modern", "digital", "electric", "manual", "automatic", "smart",
    "home", "kitchen", "garden", "office", "travel", "outdoor", "kids", "gift", "daily", "everyday", "family", "friends",
    "cooking", "coffee", "tea", "bread", "knife", "pan", "pot", "bottle", "bag", "shoes", "shirt", "jacket", "watch", "phone",
    "tablet", "laptop", "camera", "speaker", "headphones", "earbuds", "charger", "keyboard", "mouse", "monitor", "lamp",
    "chair", "table", "bed", "pillow", "blanket", "towel", "brush", "cleaner", "filter", "hose", "drill", "saw", "hammer",
    "toy", "puzzle", "game", "book", "guide", "story", "delivery", "arrived", "packaging", "returned", "broke", "stopped",
    "instructions", "customer", "service", "warranty", "months", "weeks", "year", "first", "second", "again", "still",
    "better", "expected", "cheap", "expensive", "worth", "money", "happy", "disappointed", "problem", "issue", "fine"};

// Non-English stores: their language's common words, and the words their titles use.
struct Language {
    std::array<const char*, 24> words;
    std::array<const char*, 8> nouns;
};
const Language kGerman = {{"und", "die", "der", "ist", "sehr", "gut", "nicht", "für", "mit", "das", "qualität", "größe", "schön",
                           "leicht", "schnell", "preis", "empfehlen", "zufrieden", "lieferung", "gekauft", "funktioniert", "stück", "weiß", "straße"},
                          {"Wasserkocher", "Kopfhörer", "Messer", "Pfanne", "Lampe", "Gießkanne", "Schraubendreher", "Rucksack"}};
const Language kFrench = {{"et", "le", "la", "est", "très", "bien", "pas", "pour", "avec", "qualité", "taille", "facile", "léger",
                           "rapide", "prix", "recommande", "satisfait", "livraison", "acheté", "fonctionne", "pièce", "été", "château", "crème"},
                          {"Bouilloire", "Écouteurs", "Couteau", "Poêle", "Lampe", "Arrosoir", "Tournevis", "Sac à dos"}};
const Language kSpanish = {{"y", "el", "la", "es", "muy", "bien", "no", "para", "con", "calidad", "tamaño", "fácil", "ligero",
                            "rápido", "precio", "recomiendo", "contento", "envío", "compré", "funciona", "pieza", "año", "niño", "baño"},
                           {"Hervidor", "Auriculares", "Cuchillo", "Sartén", "Lámpara", "Regadera", "Destornillador", "Mochila"}};
const Language kJapanese = {{"とても", "良い", "商品", "です", "使い", "やすい", "品質", "価格", "満足", "配送", "購入", "しました",
                             "問題", "なし", "軽い", "丈夫", "便利", "おすすめ", "デザイン", "サイズ", "色", "音", "電池", "毎日"},
                            {"電気ケトル", "ヘッドホン", "包丁", "フライパン", "ランプ", "じょうろ", "ドライバー", "リュック"}};
const Language kHindi = {{"बहुत", "अच्छा", "है", "और", "के", "लिए", "गुणवत्ता", "कीमत", "उत्पाद", "खरीदा", "आसान", "हल्का",
                          "मजबूत", "डिलीवरी", "समय", "पर", "संतुष्ट", "सुंदर", "रंग", "आकार", "काम", "करता", "घर", "रसोई"},
                         {"केतली", "हेडफ़ोन", "चाकू", "कड़ाही", "लैंप", "पानी की बोतल", "पेचकस", "बैग"}};
const Language kArabic = {{"جدا", "جيد", "المنتج", "و", "في", "من", "الجودة", "السعر", "سهل", "خفيف", "قوي", "التوصيل",
                           "سريع", "اشتريت", "ممتاز", "أنصح", "به", "اللون", "الحجم", "يعمل", "بشكل", "المنزل", "المطبخ", "راض"},
                          {"غلاية", "سماعات", "سكين", "مقلاة", "مصباح", "مرشة", "مفك", "حقيبة ظهر"}};

struct Market {
    const char* currency;
    const char* symbol;
    const char* origin;
    const char* region;
    int minor_digits;
    std::int64_t scale;  // a typical price, in major units
    const Language* language;  // null: English
    int share;  // in percent of products
};
const std::array<Market, 8> kMarkets = {{
    {"USD", "$", "US", "United States", 2, 40, nullptr, 38},
    {"GBP", "£", "GB", "United Kingdom", 2, 30, nullptr, 24},
    {"EUR", "€", "DE", "Germany", 2, 35, &kGerman, 10},
    {"EUR", "€", "FR", "France", 2, 35, &kFrench, 7},
    {"EUR", "€", "ES", "Spain", 2, 30, &kSpanish, 5},
    {"JPY", "¥", "JP", "Japan", 0, 4500, &kJapanese, 7},
    {"INR", "₹", "IN", "India", 2, 2500, &kHindi, 5},
    {"AED", "د.إ", "AE", "United Arab Emirates", 2, 150, &kArabic, 4},
}};

struct Department {
    const char* category;
    std::array<const char*, 12> nouns;
    std::array<const char*, 4> sub_categories;
};
const std::array<Department, 5> kDepartments = {{
    {"Electronics", {"Headphones", "Earbuds", "Charger", "Speaker", "Keyboard", "Monitor", "Router", "Webcam", "Smartwatch", "Tablet", "Power Bank", "Camera"},
     {"Headphones", "Computer Accessories", "Wearables", "Cameras"}},
    {"Kitchen", {"Kettle", "Skillet", "Chef Knife", "Blender", "Toaster", "Coffee Grinder", "Teapot", "Saucepan", "Stand Mixer", "Kitchen Scale", "Air Fryer", "Rice Cooker"},
     {"Cookware", "Small Appliances", "Knives", "Coffee Machines"}},
    {"Garden", {"Trowel", "Garden Hose", "Pruner", "Planter", "Solar Lantern", "Rake", "Wheelbarrow", "Sprinkler", "Bird Feeder", "Greenhouse", "Watering Can", "Hedge Trimmer"},
     {"Hand Tools", "Watering", "Outdoor Lighting", "Power Tools"}},
    {"Toys", {"Train Set", "Jigsaw Puzzle", "Robot Kit", "Kite", "Doll House", "Building Bricks", "Board Game", "Plush Bear", "Race Car", "Science Kit", "Drone", "Puppet"},
     {"Board Games", "Soft Toys", "Educational", "Outdoor Play"}},
    {"Home", {"Desk Lamp", "Office Chair", "Pillow", "Duvet", "Bath Towel", "Storage Box", "Wall Clock", "Rug", "Curtains", "Vacuum Cleaner", "Air Purifier", "Backpack"},
     {"Lighting", "Bedding", "Cleaning", "Furniture"}},
}};
const std::array<const char*, 40> kQualifiers = {
    "Wireless", "Portable", "Compact", "Stainless Steel", "Ergonomic", "Waterproof", "Smart", "Ultra-Slim", "Heavy-Duty", "Quiet",
    "Electric", "Non-Stick", "Ceramic", "Bamboo", "Digital", "Classic", "Foldable", "Rechargeable", "Premium", "Professional",
    "Lightweight", "Cordless", "Adjustable", "Magnetic", "Solar", "Wooden", "Noise Cancelling", "Fast Charging", "Large", "Mini",
    "Deluxe", "Eco", "Retro", "Travel", "Kids", "Outdoor", "Cast Iron", "Glass", "Self-Watering", "Extra Long"};
const std::array<const char*, 10> kColours = {"Black", "White", "Grey", "Silver", "Blue", "Red", "Green", "Beige", "Rose Gold", "Navy"};
const std::array<const char*, 10> kSyllables1 = {"ka", "lo", "mi", "ter", "san", "vel", "or", "du", "pra", "zen"};
const char* const kOnsets[] = {"b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br", "cl", "dr", "gr", "pl", "st", "tr", "sh", "ch", "th"};
const char* const kVowels[] = {"a", "e", "i", "o", "u", "ai", "ea", "io", "ou", "y"};
const char* const kCodas[] = {"", "", "", "n", "r", "s", "l", "t", "x", "m", "nd", "rk"};

// A pronounceable made-up word of 2 or 3 syllables.
std::string made_up_word(Random& random) {
    std::string word;
    const int syllables = 2 + static_cast<int>(random() % 2);
    for (int s = 0; s < syllables; ++s) {
        word += kOnsets[random() % std::size(kOnsets)];
        word += kVowels[random() % std::size(kVowels)];
        if (s + 1 == syllables || random() % 3 == 0) word += kCodas[random() % std::size(kCodas)];
    }
    return word;
}

// Ranks 0..n-1 drawn with P(r) ∝ 1 / (r + 1)^s, by binary search in the cumulative weights.
class Zipf {
public:
    Zipf(std::size_t n, double s) : cumulative_(n) {
        double total = 0;
        for (std::size_t r = 0; r < n; ++r) cumulative_[r] = total += 1.0 / std::pow(static_cast<double>(r + 1), s);
    }
    std::size_t operator()(Random& random) const {
        const double x = std::uniform_real_distribution<double>(0, cumulative_.back())(random);
        return static_cast<std::size_t>(std::lower_bound(cumulative_.begin(), cumulative_.end(), x) - cumulative_.begin());
    }

private:
    std::vector<double> cumulative_;
};

struct Vocabulary {
    std::vector<std::string> words;  // by rank: the commonest first
    std::vector<std::string> brands;
    std::vector<std::string> model_families;
    Zipf word_rank{40000, 1.0}, brand_rank{2000, 1.1}, family_rank{6000, 0.9};

    explicit Vocabulary(std::uint64_t seed) {
        Random random(seed ^ 0x5EEDu);
        words.assign(std::begin(kCommonWords), std::end(kCommonWords));
        while (words.size() < 40000) words.push_back(made_up_word(random));
        for (std::size_t i = 0; i < 2000; ++i) {
            std::string brand = made_up_word(random);
            brand[0] = static_cast<char>(brand[0] - 'a' + 'A');
            if (random() % 10 == 0) brand += std::string(" ") + kSyllables1[random() % kSyllables1.size()] + "tech";
            brands.push_back(brand);
        }
        for (std::size_t i = 0; i < 6000; ++i) {
            std::string code;
            for (int k = 0; k < 1 + static_cast<int>(random() % 2); ++k) code += static_cast<char>('A' + random() % 26);
            if (random() % 2 == 0) code += '-';
            code += std::to_string(100 + random() % 9900);
            model_families.push_back(code);
        }
    }
};

std::string zipf_text(const Vocabulary& v, Random& random, std::size_t count, const Language* language, const std::string& mention) {
    std::string text;
    std::size_t sentence = 0;
    for (std::size_t i = 0; i < count; ++i) {
        std::string word;
        if (!mention.empty() && random() % 40 == 0) word = mention;
        else if (language && random() % 10 < 7) word = language->words[random() % language->words.size()];
        else word = v.words[v.word_rank(random)];
        if (sentence == 0 && word[0] >= 'a' && word[0] <= 'z') word[0] = static_cast<char>(word[0] - 'a' + 'A');
        text += (i ? " " : "") + word;
        if (++sentence > 7 && random() % 8 == 0) {
            text += '.';
            sentence = 0;
        }
    }
    return text + ".";
}

const Market& pick_market(Random& random) {
    int roll = static_cast<int>(random() % 100);
    for (const Market& m : kMarkets) {
        if (roll < m.share) return m;
        roll -= m.share;
    }
    return kMarkets[0];
}

}  // namespace

Catalogue generate_realistic_catalogue(std::size_t count, std::uint64_t seed) {
    const Vocabulary v(seed);
    Random random(seed);
    Catalogue out;
    const auto keep = [&](std::string_view text) { return out.arena.keep(text); };
    std::vector<Product>& products = out.products;
    products.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
        Product& p = products[i];
        const Market& market = pick_market(random);
        const Department& dept = kDepartments[random() % kDepartments.size()];
        const std::string brand = v.brands[v.brand_rank(random)];
        const std::string noun = market.language && random() % 10 < 7 ? market.language->nouns[random() % 8] : dept.nouns[random() % dept.nouns.size()];
        p.id = keep("R" + std::to_string(seed) + "-" + std::to_string(i));
        std::string title = brand;
        for (auto q = 1 + random() % 2; q > 0; --q) title += std::string(" ") + kQualifiers[random() % kQualifiers.size()];
        title += " " + noun;
        std::string model;
        if (random() % 10 < 7) {
            model = v.model_families[v.family_rank(random)];
            static const char* const kVariants[] = {"", "", "", " Pro", "S", " Max", " 2", "X"};
            model += kVariants[random() % std::size(kVariants)];
            title += " " + model;
        }
        switch (random() % 6) {
            case 0: title += std::string(", ") + kColours[random() % kColours.size()]; break;
            case 1: title += ", Pack of " + std::to_string(2 + random() % 11); break;
            case 2: title += ", " + std::to_string(5 + random() % 120) + " cm"; break;
            default: break;
        }
        p.title = keep(title);
        const std::int64_t major = static_cast<std::int64_t>(static_cast<double>(market.scale) * std::exp(std::normal_distribution<double>(0, 0.8)(random)));
        const std::int64_t minor = std::max<std::int64_t>(1, major * (market.minor_digits == 0 ? 1 : 100) + (market.minor_digits ? static_cast<std::int64_t>(random() % 100) : 0));
        p.price = Money{minor, market.currency};
        p.price_text = keep(money_text(market.symbol, market.minor_digits, minor));
        p.in_stock = random() % 6 != 0;
        p.store = {market.origin, market.region};
        p.url = keep("https://shop.example.com/dp/" + p.id);
        p.ranks = out.arena.keep(std::vector<Rank>{{dept.category, static_cast<std::int64_t>(1 + random() % 500000)},
                                                   {dept.sub_categories[random() % dept.sub_categories.size()], static_cast<std::int64_t>(1 + random() % 2000)}});
        p.description = keep(zipf_text(v, random, 30 + random() % 91, market.language, brand));
        std::vector<Spec> specs{{"Brand", keep(brand)}, {"Colour", kColours[random() % kColours.size()]}, {"Item weight", keep(std::to_string(50 + random() % 9950) + " g")}};
        if (!model.empty()) specs.push_back({"Model number", keep(model)});
        for (auto s = random() % 5; s > 0; --s) specs.push_back({"Feature", keep(zipf_text(v, random, 2 + random() % 4, market.language, ""))});
        p.specs = out.arena.keep(specs);
        const auto shown = random() % 6;
        int stars_total = 0;
        std::vector<Review> reviews;
        for (std::size_t r = 0; r < shown; ++r) {
            static const int kStars[] = {5, 5, 5, 5, 5, 4, 4, 4, 3, 2, 1, 1};
            const int stars = kStars[random() % std::size(kStars)];
            stars_total += stars;
            reviews.push_back({stars, keep(zipf_text(v, random, 2 + random() % 5, market.language, "")),
                               keep(v.brands[random() % v.brands.size()].substr(0, 1) + ". " + v.words[200 + random() % 30000]),
                               keep(date_text(random, 2018, 9)), keep(zipf_text(v, random, 10 + random() % 51, market.language, noun))});
        }
        p.reviews = out.arena.keep(reviews);
        p.reviews_count = static_cast<std::int64_t>(shown + random() % 400);
        p.rating = {shown == 0 ? 0.0 : std::round(10.0 * stars_total / static_cast<double>(shown)) / 10.0,
                    static_cast<std::int64_t>(shown * (1 + random() % 80))};
        p.updated = keep(date_text(random, 2018, 9));
        p.source = {"generated", static_cast<int>(i + 1)};
    }
    return out;
}

}  // namespace vitrine::tools
