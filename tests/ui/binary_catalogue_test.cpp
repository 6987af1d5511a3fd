// A catalogue.vitrine opened by the viewer: its saved index answers, the file's bytes are let go
// before anything is indexed, and a damaged index costs a re-index with a warning, not the file.
#include <catch2/catch_test_macros.hpp>

#include <cstring>

#include "core/binary/binary_layout.hpp"
#include "core/binary/catalogue_binary.hpp"
#include "core/search/search.hpp"
#include "ui/app.hpp"

using namespace vitrine;

namespace {

std::vector<Product> hoses() {
    std::vector<Product> products(30);
    for (std::size_t i = 0; i < products.size(); ++i) {
        products[i].id = "H" + std::to_string(i);
        products[i].title = (i % 3 == 0 ? "Garden hose " : "Watering can ") + std::to_string(i);
    }
    return products;
}

std::string hoses_file() {
    const std::vector<Product> products = hoses();
    const SearchIndex index(products);
    return write_catalogue_binary(products, &index);
}

}  // namespace

TEST_CASE("the viewer opens a catalogue.vitrine with its saved index and releases the bytes once") {
    App app;
    int released = 0;
    app.load_file(hoses_file(), "shop.vitrine", true, [&] { ++released; });
    CHECK(released == 1);
    CHECK(app.catalogue().products.size() == 30);
    CHECK(app.catalogue().diagnostics.empty());
    app.search("hose");
    CHECK(app.result().total == 10);
}

TEST_CASE("a damaged saved index is rebuilt with a warning, and the products still load") {
    std::string file = hoses_file();
    // The index section's product count (its first field) made wrong, the checksum made right.
    std::uint64_t index_at = 0;
    std::memcpy(&index_at, file.data() + binary::kHeaderBytes + 2 * binary::kSectionEntryBytes + 8, 8);
    const std::uint64_t wrong = 31;
    std::memcpy(file.data() + index_at, &wrong, 8);
    binary::seal(file);
    App app;
    app.load_file(file, "shop.vitrine", true);
    REQUIRE(app.catalogue().diagnostics.size() == 1);
    CHECK(app.catalogue().diagnostics[0].severity == Severity::warning);
    CHECK(app.catalogue().diagnostics[0].message.find("indexed again") != std::string::npos);
    app.search("hose");
    CHECK(app.result().total == 10);
}
