// The catalogue model: what Vitrine knows about a product once its source is parsed and normalised.
// Field names follow the JSON schema vitrine.catalogue/1 (docs/catalogue-schema.md).
//
// A product owns nothing: its text and lists are views into what its catalogue holds (the bytes
// of a catalogue.vitrine, or the arena its parser kept text in). So a catalogue.vitrine opens
// without copying a string or allocating per product, and a product copies as plain data.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace vitrine {

// Text a catalogue holds. It converts from a string literal or an explicit view, never from a
// std::string: a product pointing into a temporary string would not compile. Empty text still
// points at a character, as std::string's does: ImGui reads a null pointer as "until the NUL".
class Text : public std::string_view {
public:
    constexpr Text() : std::string_view("") {}
    constexpr Text(const char* literal) : std::string_view(literal) {}
    constexpr explicit Text(std::string_view held) : std::string_view(held.data() != nullptr ? held : std::string_view("")) {}
    Text(const std::string&) = delete;
    Text(std::string&&) = delete;
};

// Messages and output join held text to strings, as C++26 lets std::string_view do.
inline std::string operator+(std::string left, Text right) { return left.append(right); }
inline std::string operator+(const char* left, Text right) { return std::string(left).append(right); }
inline std::string operator+(Text left, std::string_view right) { return std::string(left).append(right); }
inline std::string operator+(Text left, const char* right) { return std::string(left).append(right); }

template <typename T>
using List = std::span<const T>;

// Money is held in integer minor units so that sums and comparisons are exact.
struct Money {
    std::int64_t minor = 0;   // amount * 10^minor_digits(currency)
    Text currency;     // ISO 4217, e.g. "GBP"
};

struct Store {
    Text origin;  // ISO 3166 country code, e.g. "GB"
    Text region;  // human name, e.g. "United Kingdom"
};

// The store-wide star rating ("4.6 out of 5 stars (553)"): not the reviews shown on the page.
struct Rating {
    double average = 0;      // 0 when unknown
    std::int64_t count = 0;  // number of ratings behind the average
};

struct Rank {
    Text category;
    std::int64_t rank = 0;
};

struct QuickAnswer {
    Text question;
    Text answer;
};

struct Spec {
    Text name;
    Text value;
};

struct Image {
    Text url;
    Text alt;
};

struct Review {
    int rating = 0;     // 1..5 stars, 0 when the source gives none
    Text title;
    Text author;
    Text date;   // YYYY-MM-DD, empty when unknown
    Text body;
};

// A Markdown section the parser does not know: kept so that no data is lost.
struct ExtraSection {
    Text heading;
    Text body;
};

struct SourceRef {
    Text file;
    int line = 0;  // 1-based line where the record starts
};

struct Product {
    Text id;
    Text title;
    Text url;
    std::optional<Money> price;  // empty for "N/A" or no price at all
    Text price_text;      // as written, e.g. "£42.44"; kept when there is no amount ("N/A")
    bool in_stock = false;
    Store store;
    Rating rating;
    std::int64_t reviews_count = 0;  // the store's count of written reviews
    List<Rank> ranks;
    Text description;
    List<QuickAnswer> quick_answers;
    List<Text> best_for;
    List<Text> highlights;  // the "Why This Product" list
    List<Spec> specs;
    List<Image> images;
    List<Review> reviews;
    List<Text> bought_together;
    List<ExtraSection> extra_sections;
    Text updated;  // YYYY-MM-DD, empty when unknown
    SourceRef source;
};

}  // namespace vitrine
