// What a person reads where the price goes: the page's text, the amount, or a sentence.
#include <catch2/catch_test_macros.hpp>

#include "ui/widgets.hpp"
#include "test_arena.hpp"

using namespace vitrine;

namespace {

Product priced(std::string text, std::optional<Money> money) {
    Product p;
    p.id = "p";
    p.title = "Sofa";
    p.price_text = testing::kept(text);
    p.price = std::move(money);
    return p;
}

}  // namespace

TEST_CASE("a price without an amount is shown as the shop wrote it") {
    CHECK(price_label(priced("Call for price", std::nullopt)) == "Call for price");
    CHECK(price_label(priced("₪—", std::nullopt)) == "₪—");
    CHECK(price_label(priced("N/A", std::nullopt)) == "Price not available");
    CHECK(price_label(priced("", std::nullopt)) == "Price not available");
    CHECK(price_label(priced("149.90 ₪", Money{14990, "ILS"})) == "149.90 ₪");
    CHECK(price_label(priced("", Money{12500, "KWD"})) == "12.500 KWD");
}
