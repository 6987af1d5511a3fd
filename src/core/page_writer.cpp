#include "core/page_writer.hpp"

#include <charconv>
#include <cstdio>

#include "core/normalise.hpp"

namespace vitrine {

namespace {

const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};

int two_digits(std::string_view text, std::size_t at) {
    int value = 0;
    std::from_chars(text.data() + at, text.data() + at + 2, value);
    return value;
}

// "2020-06-19" → "June 19, 2020", as the pages write review dates. Anything else is written as is.
std::string long_date(std::string_view iso) {
    if (iso.size() != 10) return std::string(iso);
    const int month = two_digits(iso, 5), day = two_digits(iso, 8);
    if (month < 1 || month > 12 || day < 1) return std::string(iso);
    return std::string(kMonths[month - 1]) + " " + std::to_string(day) + ", " + std::string(iso.substr(0, 4));
}

std::string quoted(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

std::string escape_cell(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == '|') out += '\\';
        out += c;
    }
    return out;
}

void list(std::string& out, const char* heading, List<Text> items) {
    if (items.empty()) return;
    out += std::string("## ") + heading + "\n\n";
    for (const Text item : items) out += "- " + item + "\n";
    out += "\n";
}

}  // namespace

std::string write_product_page(const Product& p) {
    std::string out = "---\nproduct_id: " + quoted(p.id) + "\ntitle: " + quoted(p.title) + "\nprice: " + quoted(p.price_text) + "\n";
    if (p.price) out += "currency: " + p.price->currency + "\n";
    out += std::string("in_stock: ") + (p.in_stock ? "true" : "false") + "\n";
    out += "reviews_count: " + std::to_string(p.reviews_count) + "\n";
    if (!p.url.empty()) out += "url: " + p.url + "\n";
    if (!p.store.origin.empty()) out += "store_origin: " + p.store.origin + "\n";
    if (!p.store.region.empty()) out += "region: " + p.store.region + "\n";
    out += "---\n\n# " + p.title + "\n\n";
    if (!p.quick_answers.empty()) {
        out += "## Quick Answers\n\n";
        for (const QuickAnswer& qa : p.quick_answers) out += "- **" + qa.question + "** " + qa.answer + "\n";
        out += "\n";
    }
    list(out, "Best For", p.best_for);
    list(out, "Why This Product", p.highlights);
    if (!p.description.empty()) out += "## Description\n\n" + p.description + "\n\n";
    if (!p.specs.empty() || !p.ranks.empty() || p.rating.count > 0) {
        out += "## Technical Specifications\n\n| Specification | Value |\n|---------------|-------|\n";
        if (!p.ranks.empty()) {
            out += "| Best Sellers Rank |";
            for (const Rank& r : p.ranks) out += " #" + std::to_string(r.rank) + " in " + escape_cell(r.category);
            out += " |\n";
        }
        if (p.rating.count > 0) {
            char rating[64];
            std::snprintf(rating, sizeof rating, "%.1f out of 5 stars (%lld)", p.rating.average, static_cast<long long>(p.rating.count));
            out += std::string("| Customer Reviews | ") + rating + " |\n";
        }
        for (const Spec& s : p.specs) out += "| " + escape_cell(s.name) + " | " + escape_cell(s.value) + " |\n";
        out += "\n";
    }
    if (!p.images.empty()) {
        out += "## Images\n\n";
        for (const Image& i : p.images) out += "![" + i.alt + "](" + i.url + ")\n";
        out += "\n";
    }
    if (!p.reviews.empty()) {
        out += "## Customer Reviews\n\n";
        for (const Review& r : p.reviews) {
            out += "### ";
            for (int s = 0; s < r.rating; ++s) out += "⭐";
            out += " " + r.title + "\n*by " + r.author + " on " + long_date(r.date) + "*\n\n" + r.body + "\n\n";
        }
    }
    list(out, "Frequently Bought Together", p.bought_together);
    for (const ExtraSection& e : p.extra_sections) out += "## " + e.heading + "\n\n" + e.body + "\n\n";
    out += "---\n\n*Store origin: " + p.store.origin + "*\n";
    if (!p.updated.empty()) out += "*Last updated: " + p.updated + "*\n";
    return out;
}

}  // namespace vitrine
