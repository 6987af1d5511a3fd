// A catalogue.vitrine opened by the viewer: its products view the file's bytes, which it keeps, its
// saved index answers, and a damaged index costs a re-index with a warning, not the file.
#include <catch2/catch_test_macros.hpp>

#include <cstring>

#include "core/binary/binary_layout.hpp"
#include "core/binary/catalogue_binary.hpp"
#include "core/search/search.hpp"
#include "ui/app.hpp"
#include "test_arena.hpp"

using namespace vitrine;

namespace {

std::vector<Product> hoses() {
    std::vector<Product> products(30);
    for (std::size_t i = 0; i < products.size(); ++i) {
        products[i].id = testing::kept("H" + std::to_string(i));
        products[i].title = testing::kept((i % 3 == 0 ? "Garden hose " : "Watering can ") + std::to_string(i));
    }
    return products;
}

std::string hoses_file() {
    const std::vector<Product> products = hoses();
    const SearchIndex index(products);
    return write_catalogue_binary(products, &index);
}

}  // namespace

TEST_CASE("the viewer opens a catalogue.vitrine in place, keeping its bytes while it shows them") {
    App app;
    auto bytes = std::make_shared<const std::string>(hoses_file());
    const std::weak_ptr<const std::string> held = bytes;
    const std::string_view file = *bytes;
    app.load_file(HeldBytes{std::move(bytes), file}, "shop.vitrine", true);
    REQUIRE(app.catalogue().products.size() == 30);
    CHECK_FALSE(held.expired());
    const Text title = app.catalogue().products[3].title;
    CHECK(title == "Garden hose 3");
    CHECK((title.data() >= file.data() && title.data() + title.size() <= file.data() + file.size()));
    app.load_file(R"({"products": [{"id": "k", "title": "Kettle"}]})", "next.json", true);
    CHECK(held.expired());
}

TEST_CASE("the viewer lets go of a JSON catalogue's text once it is read") {
    App app;
    auto bytes = std::make_shared<const std::string>(R"({"products": [{"id": "k", "title": "Kettle"}]})");
    const std::weak_ptr<const std::string> held = bytes;
    const std::string_view text = *bytes;
    app.load_file(HeldBytes{std::move(bytes), text}, "shop.json", true);
    CHECK(held.expired());
    CHECK(app.catalogue().products.at(0).title == "Kettle");
}

TEST_CASE("the viewer answers searches from a catalogue.vitrine's saved index") {
    App app;
    app.load_file(hoses_file(), "shop.vitrine", true);
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
