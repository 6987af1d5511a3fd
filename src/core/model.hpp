// The catalogue model: what Vitrine knows about a product once its source is parsed and normalised.
// Field names follow the JSON schema vitrine.catalogue/1 (docs/catalogue-schema.md).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vitrine {

// Money is held in integer minor units so that sums and comparisons are exact.
struct Money {
    std::int64_t minor = 0;   // amount * 10^minor_digits(currency)
    std::string currency;     // ISO 4217, e.g. "GBP"
};

struct Store {
    std::string origin;  // ISO 3166 country code, e.g. "GB"
    std::string region;  // human name, e.g. "United Kingdom"
};

// The store-wide star rating ("4.6 out of 5 stars (553)"): not the reviews shown on the page.
struct Rating {
    double average = 0;      // 0 when unknown
    std::int64_t count = 0;  // number of ratings behind the average
};

struct Rank {
    std::string category;
    std::int64_t rank = 0;
};

struct QuickAnswer {
    std::string question;
    std::string answer;
};

struct Spec {
    std::string name;
    std::string value;
};

struct Image {
    std::string url;
    std::string alt;
};

struct Review {
    int rating = 0;     // 1..5 stars, 0 when the source gives none
    std::string title;
    std::string author;
    std::string date;   // YYYY-MM-DD, empty when unknown
    std::string body;
};

// A Markdown section the parser does not know: kept so that no data is lost.
struct ExtraSection {
    std::string heading;
    std::string body;
};

struct SourceRef {
    std::string file;
    int line = 0;  // 1-based line where the record starts
};

struct Product {
    std::string id;
    std::string title;
    std::string url;
    std::optional<Money> price;  // empty for "N/A" or no price at all
    std::string price_text;      // as written, e.g. "£42.44"; kept when there is no amount ("N/A")
    bool in_stock = false;
    Store store;
    Rating rating;
    std::int64_t reviews_count = 0;  // the store's count of written reviews
    std::vector<Rank> ranks;
    std::string description;
    std::vector<QuickAnswer> quick_answers;
    std::vector<std::string> best_for;
    std::vector<std::string> highlights;  // the "Why This Product" list
    std::vector<Spec> specs;
    std::vector<Image> images;
    std::vector<Review> reviews;
    std::vector<std::string> bought_together;
    std::vector<ExtraSection> extra_sections;
    std::string updated;  // YYYY-MM-DD, empty when unknown
    SourceRef source;
};

}  // namespace vitrine
