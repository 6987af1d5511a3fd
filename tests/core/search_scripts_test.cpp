// Known items in Arabic, Hebrew, Hindi, Thai, Lao and Khmer: a query typed without the marks a
// title is written with (harakat, niqqud, nukta, tone marks), or a piece of a Thai title that has
// no spaces, finds the product in the top 3, among the demo catalogue's products. The recall over
// all of them is printed.
#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <iostream>

#include "core/search/search.hpp"
#include "search_test_support.hpp"
#include "test_arena.hpp"

using namespace vitrine;

namespace {

struct KnownItem {
    const char* title;
    const char* query;
};

// Titles written as shops write them; each query as a shopper types it, marks left out (or, for
// the last ones, typed where the title has none).
constexpr KnownItem kKnownItems[] = {
    {"قَهْوَة عَرَبِيَّة مُحَمَّصَة", "قهوه عربيه"},  // harakat; teh marbuta typed as heh
    {"إبريق شاي نحاسي", "ابريق شاي"},                 // alef with hamza below
    {"سجادة صلاة مطرزة", "سجاده صلاه"},
    {"مصباح أرضي بتصميم عصري", "مصباح ارضي"},
    {"كـتـاب الطـبخ الشامي", "كتاب الطبخ"},            // tatweel
    {"مكواة بخار لاسلكية", "مكواه"},
    {"ٱلمصحف المرتل", "المصحف"},                       // alef wasla
    {"حلوى المعمول بالتمر", "حلوي المعمول"},          // alef maksura typed as yeh
    {"סִיר לַחַץ חַשְׁמַלִּי", "סיר לחץ"},           // niqqud
    {"מַגְהֵץ אֵדִים", "מגהץ אדים"},
    {"קלמר עור", "קלמר"},
    {"क़लम सेट पीतल", "कलम सेट"},                    // क़ precomposed (U+0958)
    {"ग़ज़ल संग्रह", "गजल"},                       // nukta as a combining mark
    {"मसाला डिब्बा स्टील", "मसाला डिब्बा"},
    {"หม้อหุงข้าวไฟฟ้า", "หม้อหุงข้าว"},              // no spaces: a piece of the title
    {"หม้อหุงข้าวไฟฟ้า", "หุงข้าว"},
    {"หม้อหุงข้าวไฟฟ้า", "หมอหุงขาว"},                 // and without its tone marks
    {"กาแฟคั่วบดดอยช้าง", "ดอยช้าง"},
    {"พัดลมตั้งโต๊ะ", "พัดลม"},
    {"ผ้าไหมไทยทอมือ", "ผ้าไหม"},
    {"ກາເຟລາວ", "ກາເຟ"},                               // Lao
    {"កាហ្វេកម្ពុជា", "កម្ពុជា"},                     // Khmer
    {"شاي اخضر", "شاي أخضر"},                          // marks in the query, none in the title
    {"שמיכה", "שְׂמִיכָה"},
};

}  // namespace

TEST_CASE("queries without marks, and pieces of unspaced titles, find their products in the top 3") {
    std::vector<Product> products = testing::demo_catalogue();
    const std::size_t first_known = products.size();
    for (std::size_t i = 0; i < std::size(kKnownItems); ++i) {
        Product p;
        p.id = testing::kept("KNOWN-" + std::to_string(i));
        p.title = kKnownItems[i].title;
        products.push_back(std::move(p));
    }
    const SearchIndex index(products);
    std::size_t found = 0;
    for (std::size_t i = 0; i < std::size(kKnownItems); ++i) {
        SearchRequest request;
        request.query = kKnownItems[i].query;
        request.limit = 3;
        const std::vector<Hit> hits = index.search(request).hits;
        const bool in_top_3 = std::any_of(hits.begin(), hits.end(), [&](const Hit& hit) {
            return products[hit.product].title == products[first_known + i].title;
        });
        CAPTURE(kKnownItems[i].title, kKnownItems[i].query);
        CHECK(in_top_3);
        found += in_top_3 ? 1 : 0;
    }
    std::cout << "recall@3 on " << std::size(kKnownItems) << " known items in Arabic, Hebrew, Hindi, Thai, Lao and Khmer: "
              << found << "/" << std::size(kKnownItems) << "\n";
}
