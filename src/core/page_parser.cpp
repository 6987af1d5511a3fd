// Product pages: Markdown with YAML front matter, in the layout of the reference page
// (front matter, "# Title", "**Price:**", "## Section"s, a store footer after a rule).
#include <algorithm>
#include <set>

#include "core/catalogue.hpp"
#include "core/front_matter.hpp"
#include "core/limits.hpp"
#include "core/markdown_blocks.hpp"
#include "core/normalise.hpp"
#include "core/product_id.hpp"
#include "core/review_text.hpp"
#include "core/source_lines.hpp"
#include "core/text.hpp"
#include "core/utf8.hpp"

namespace vitrine {

namespace {

struct Section {
    std::string heading;
    int line = 0;
    std::vector<SourceLine> lines;
};

bool is_footer_start(std::string_view line) {
    return starts_with(line, "## Why Shop on") || starts_with(line, "*Product available on") ||
           starts_with(line, "*Store origin:") || starts_with(line, "*Last updated:");
}

class PageParser {
public:
    PageParser(const std::string& file, Catalogue& out) : file_(file), diagnostics_(out.diagnostics), arena_(out.arena) {}

    std::optional<Product> parse(const std::vector<SourceLine>& lines) {
        const auto matter = read_front_matter(lines, file_, diagnostics_);
        if (!matter) return std::nullopt;
        product_.source = {keep(file_), lines.empty() ? 1 : lines.front().number};
        for (const FrontMatterEntry& entry : matter->entries) apply_front_matter(entry);
        parse_body(lines, matter->body_start);
        return finish(lines);
    }

private:
    void report(int line, int column, Severity severity, std::string message) {
        diagnostics_.push_back({file_, line, column, severity, std::move(message)});
    }

    Text keep(std::string_view text) { return arena_.keep(text); }

    // Multi-line fields are capped here; single lines already are (SourceLines).
    std::string capped(std::string text, int line, const char* field) {
        if (text.size() <= kMaxFieldBytes) return text;
        report(line, 1, Severity::warning,
               std::string(field) + " is " + std::to_string(text.size()) + " bytes; kept the first " +
                   std::to_string(kMaxFieldBytes));
        return std::string(utf8_prefix(text, kMaxFieldBytes));
    }

    void apply_front_matter(const FrontMatterEntry& e) {
        const std::string& k = e.key;
        if (k == "product_id" || k == "id") {
            product_.id = keep(e.value);
            id_line_ = e.line;
            id_column_ = e.column;
        } else if (k == "title") {
            product_.title = keep(capped(e.value, e.line, "title"));
        } else if (k == "price") {
            price_text_ = e.value;
            price_line_ = e.line;
            price_column_ = e.column;
        } else if (k == "currency") {
            currency_ = e.value;
            if (currency_of(e.value).empty()) report(e.line, e.column, Severity::warning, "unknown currency code \"" + e.value + "\"");
        } else if (k == "in_stock") {
            const std::string v = to_lower_ascii(e.value);
            if (v == "true" || v == "yes") in_stock_ = true;
            else if (v == "false" || v == "no") in_stock_ = false;
            else report(e.line, e.column, Severity::warning, "in_stock should be true or false, not \"" + e.value + "\"");
        } else if (k == "reviews_count") {
            const auto count = parse_count(e.value);
            if (count) product_.reviews_count = *count;
            else report(e.line, e.column, Severity::warning, "reviews_count \"" + e.value + "\" is not a whole number");
        } else if (k == "url") {
            product_.url = keep(e.value);
        } else if (k == "store_origin") {
            product_.store.origin = keep(e.value);
        } else if (k == "region") {
            product_.store.region = keep(e.value);
        } else {
            report(e.line, 1, Severity::note, "front matter key \"" + k + "\" is not part of the product model; ignored");
        }
    }

    void parse_body(const std::vector<SourceLine>& lines, std::size_t start) {
        const std::size_t end = footer_start(lines, start);
        parse_footer(lines, end);
        std::vector<Section> sections(1);  // the part before the first "## " heading
        for (std::size_t i = start; i < end; ++i) {
            const SourceLine& line = lines[i];
            if (starts_with(line.text, "## ")) {
                sections.push_back({std::string(trim(line.text.substr(3))), line.number, {}});
            } else {
                sections.back().lines.push_back(line);
            }
        }
        parse_header(sections.front());
        for (std::size_t i = 1; i < sections.size(); ++i) parse_section(sections[i]);
    }

    // The store's footer is not product data: it starts at a rule followed by footer lines (or
    // by nothing), or at a "## Why Shop on" heading. Pages without one end at their last line.
    static std::size_t footer_start(const std::vector<SourceLine>& lines, std::size_t start) {
        for (std::size_t i = start; i < lines.size(); ++i) {
            if (starts_with(lines[i].text, "## Why Shop on")) return i;
            if (!is_rule(lines[i].text)) continue;
            std::size_t next = i + 1;
            while (next < lines.size() && trim(lines[next].text).empty()) ++next;
            if (next == lines.size() || is_footer_start(lines[next].text)) return i;
        }
        return lines.size();
    }

    // Only three facts are read from the footer: the update date, and the store's origin and
    // region, which the front matter gives too (and wins).
    void parse_footer(const std::vector<SourceLine>& lines, std::size_t start) {
        std::string store_name, available_on;
        for (std::size_t i = start; i < lines.size(); ++i) {
            const std::string_view t = trim(lines[i].text);
            if (starts_with(t, "*Last updated:")) {
                const std::string_view value = emphasised_value(t, "*Last updated:");
                if (auto date = parse_date(value)) footer_updated_ = *date;
                else report(lines[i].number, 16, Severity::warning, "last updated \"" + std::string(value) + "\" is not a date");
            } else if (starts_with(t, "*Store origin:")) {
                footer_origin_ = std::string(emphasised_value(t, "*Store origin:"));
            } else if (starts_with(t, "*Product available on")) {
                available_on = std::string(emphasised_value(t, "*Product available on"));
            } else if (starts_with(t, "## Why Shop on")) {
                store_name = std::string(trim(t.substr(14)));
                if (!store_name.empty() && store_name.back() == '?') store_name.pop_back();
            }
        }
        // "Product available on Desertcart United Kingdom", the store being "Desertcart".
        const std::string_view region = trim(available_on);
        const bool names_store = !store_name.empty() && starts_with(region, store_name + " ");
        footer_region_ = std::string(names_store ? trim(region.substr(store_name.size())) : region);
    }

    // "*Key: value*" → "value".
    static std::string_view emphasised_value(std::string_view line, std::string_view key) {
        std::string_view value = line.substr(key.size());
        if (!value.empty() && value.back() == '*') value.remove_suffix(1);
        return trim(value);
    }

    void parse_header(const Section& header) {
        for (const SourceLine& line : header.lines) {
            const std::string_view t = trim(line.text);
            if (starts_with(t, "# ") && heading_title_.empty()) {
                heading_title_ = std::string(trim(t.substr(2)));
            } else if (starts_with(t, "**Price:**")) {
                if (price_text_.empty()) {
                    price_text_ = std::string(trim(t.substr(10)));
                    price_line_ = line.number;
                    price_column_ = 12;
                }
            } else if (starts_with(t, "**Availability:**")) {
                const std::string lower = to_lower_ascii(t);
                availability_in_stock_ = lower.find("out of stock") == std::string::npos &&
                                         lower.find("unavailable") == std::string::npos;
            }
        }
    }

    void parse_section(Section& section) {
        const std::string name = to_lower_ascii(section.heading);
        if (name == "quick answers") parse_quick_answers(section);
        else if (name == "best for") read_list(section, best_for_, "best_for");
        else if (name == "why this product") read_list(section, highlights_, "highlights");
        else if (name == "description") parse_description(section);
        else if (name == "technical specifications" || name == "specifications") parse_specs(section);
        else if (name == "images") parse_images(section);
        else if (name == "customer reviews" || name == "reviews") parse_reviews(section);
        else if (name == "frequently bought together") read_list(section, bought_together_, "bought_together");
        else if (has_room(extra_sections_, "extra_sections", section.line)) {
            std::string body;
            for (const SourceLine& line : section.lines) body.append(line.text).append("\n");
            extra_sections_.push_back({keep(section.heading), keep(capped(std::string(trim(body)), section.line, "section"))});
        }
    }

    // Whether one more item fits in a list (kMaxListItems). The first item that does not is
    // reported; the rest are dropped without a word, so a million of them make one warning.
    template <typename Item>
    bool has_room(const std::vector<Item>& items, const char* field, int line) {
        if (items.size() < kMaxListItems) return true;
        if (full_lists_.insert(field).second) {
            report(line, 1, Severity::warning, std::string(field) + " has more than " + std::to_string(kMaxListItems) + " items; the rest are dropped");
        }
        return false;
    }

    void read_list(const Section& section, std::vector<Text>& items, const char* field) {
        for (const SourceLine& line : section.lines) {
            const std::string_view item = list_item(line.text);
            if (!item.empty() && has_room(items, field, line.number)) items.push_back(keep(plain_links(item)));
        }
    }

    void parse_quick_answers(const Section& section) {
        for (const SourceLine& line : section.lines) {
            const std::string_view item = list_item(line.text);
            if (item.empty() || !has_room(quick_answers_, "quick_answers", line.number)) continue;
            if (starts_with(item, "**")) {
                const std::size_t close = item.find("**", 2);
                if (close != std::string_view::npos) {
                    quick_answers_.push_back({keep(trim(item.substr(2, close - 2))), keep(plain_links(trim(item.substr(close + 2))))});
                    continue;
                }
            }
            quick_answers_.push_back({keep(plain_links(item)), ""});
        }
    }

    // "Review: …" paragraphs in a description copy the customer reviews: they are set aside
    // here, and finish() keeps only those the Customer Reviews section lacks. A "Review:" line
    // starts such a paragraph even without a blank line before it.
    void parse_description(const Section& section) {
        std::vector<SourceLine> prose;
        bool in_review = false;
        for (const SourceLine& line : section.lines) {
            const std::string_view t = trim(line.text);
            if (starts_with(t, "Review:")) {
                in_review = has_room(inline_reviews_, "reviews", line.number);
                if (in_review) inline_reviews_.emplace_back(trim(t.substr(7)));
            } else if (in_review && !t.empty()) {
                inline_reviews_.back().append(" ").append(t);
            } else {
                in_review = false;
                prose.push_back(line);
            }
        }
        // A second Description section adds to the first, as a second list section adds its items.
        if (description_line_ == 0) description_line_ = section.line;
        for (std::string& paragraph : paragraphs(prose)) description_paragraphs_.push_back(std::move(paragraph));
    }

    void parse_specs(const Section& section) {
        bool header_seen = false;
        for (const SourceLine& line : section.lines) {
            const std::string_view t = trim(line.text);
            if (t.empty() || t.front() != '|') continue;
            if (is_table_separator(t)) continue;
            if (!header_seen) {
                header_seen = true;  // "| Specification | Value |"
                continue;
            }
            std::vector<std::string> cells = table_cells(t);
            if (cells.size() < 2) {
                report(line.number, 1, Severity::warning, "specification row has no value column; ignored");
                continue;
            }
            apply_spec(cells[0], cells[1], line.number);
        }
    }

    void apply_spec(const std::string& name, const std::string& value, int line) {
        if (iequals_ascii(name, "Best Sellers Rank")) {
            ranks_ = parse_ranks(value, arena_);
            if (ranks_.size() > kMaxListItems) {
                report(line, 1, Severity::warning, "Best Sellers Rank names " + std::to_string(ranks_.size()) + " ranks; kept the first " + std::to_string(kMaxListItems));
                ranks_.resize(kMaxListItems);
            }
            if (ranks_.empty()) report(line, 1, Severity::warning, "Best Sellers Rank \"" + value + "\" names no rank");
        } else if (iequals_ascii(name, "Customer Reviews")) {
            if (auto rating = parse_rating_summary(value)) product_.rating = *rating;
            else report(line, 1, Severity::warning, "Customer Reviews \"" + value + "\" is not a rating like \"4.6 out of 5 stars (553)\"");
        } else {
            if (has_room(specs_, "specs", line)) specs_.push_back({keep(name), keep(value)});
        }
    }

    void parse_images(const Section& section) {
        for (const SourceLine& line : section.lines) {
            for (const Image& image : images_in(line.text)) {
                if (has_room(images_, "images", line.number)) images_.push_back({keep(image.url), keep(image.alt)});
            }
        }
    }

    void parse_reviews(const Section& section) {
        std::vector<SourceLine> body;
        Review* current = nullptr;
        int current_line = 0;
        auto flush = [&] {
            if (current == nullptr) return;
            current->body = keep(capped(join_paragraphs(paragraphs(body)), current_line, "review"));
            body.clear();
        };
        for (const SourceLine& line : section.lines) {
            const std::string_view t = trim(line.text);
            if (starts_with(t, "### ")) {
                flush();
                if (!has_room(reviews_, "reviews", line.number)) return;
                reviews_.push_back(review_from_heading(t.substr(4), line.number));
                current = &reviews_.back();
                current_line = line.number;
            } else if (current != nullptr && body.empty() && current->author.empty() && read_byline(t)) {
                apply_byline(*current, *read_byline(t), line.number);
            } else if (current != nullptr) {
                body.push_back(line);
            }
        }
        flush();
    }

    Review review_from_heading(std::string_view text, int line) {
        const ReviewHeading heading = read_review_heading(text);
        Review review;
        review.title = keep(heading.title);
        review.rating = std::min(heading.stars, 5);
        if (heading.stars > 5) {
            report(line, 5, Severity::warning, "a review with " + std::to_string(heading.stars) + " stars; counted as 5");
        }
        return review;
    }

    void apply_byline(Review& review, const Byline& byline, int line) {
        review.author = keep(byline.author);
        if (byline.date_text.empty()) return;
        if (auto iso = parse_date(byline.date_text)) review.date = keep(*iso);
        else report(line, static_cast<int>(byline.date_offset) + 1, Severity::warning, "review date \"" + byline.date_text + "\" is not a date");
    }

    std::optional<Product> finish(const std::vector<SourceLine>& lines) {
        const int first_line = lines.empty() ? 1 : lines.front().number;
        if (product_.title.empty()) product_.title = keep(heading_title_);
        if (product_.id.empty()) {
            report(first_line, 1, Severity::error, "the page has no product_id in its front matter; page skipped");
            return std::nullopt;
        }
        if (const std::string problem = id_problem(product_.id); !problem.empty()) {
            report(id_line_, id_column_, Severity::error, "product_id " + problem + "; page skipped");
            return std::nullopt;
        }
        if (product_.title.empty()) {
            report(first_line, 1, Severity::error, "product " + std::string(product_.id) + " has no title; page skipped");
            return std::nullopt;
        }
        read_price();
        product_.description = keep(capped(join_paragraphs(description_paragraphs_), description_line_, "description"));
        for (Review& review : reviews_not_in(inline_reviews_, reviews_)) {
            if (!has_room(reviews_, "reviews", description_line_)) break;
            // A title runs until " - ", so one made of many lines can outgrow the line limit.
            review.title = keep(capped(std::string(review.title), description_line_, "review title"));
            review.body = keep(capped(std::string(review.body), description_line_, "review"));
            reviews_.push_back(review);
        }
        if (in_stock_) product_.in_stock = *in_stock_;
        else if (availability_in_stock_) product_.in_stock = *availability_in_stock_;
        if (product_.store.origin.empty()) product_.store.origin = keep(footer_origin_);
        if (product_.store.region.empty()) product_.store.region = keep(footer_region_);
        product_.updated = keep(footer_updated_);
        product_.ranks = arena_.keep(ranks_);
        product_.quick_answers = arena_.keep(quick_answers_);
        product_.best_for = arena_.keep(best_for_);
        product_.highlights = arena_.keep(highlights_);
        product_.specs = arena_.keep(specs_);
        product_.images = arena_.keep(images_);
        product_.reviews = arena_.keep(reviews_);
        product_.bought_together = arena_.keep(bought_together_);
        product_.extra_sections = arena_.keep(extra_sections_);
        return product_;
    }

    // The front matter's currency wins over the symbol in the price text; a symbol that cannot
    // stand for it ("£" with currency EUR) is a warning, since one of the two is wrong.
    void read_price() {
        product_.price_text = keep(price_text_);
        if (is_no_price(price_text_)) return;
        product_.price = parse_price(price_text_, currency_);
        if (!product_.price) {
            report(price_line_, price_column_, Severity::warning, price_problem(price_text_, currency_) + "; shown as written, without an amount");
        } else if (!price_text_allows(price_text_, product_.price->currency)) {
            report(price_line_, price_column_, Severity::warning,
                   "price \"" + price_text_ + "\" is not written in " + std::string(product_.price->currency) +
                       ", the page's currency; read as " + format_money(*product_.price));
        }
    }

    const std::string& file_;
    std::vector<Diagnostic>& diagnostics_;
    Arena& arena_;
    Product product_;
    // The product's lists while they grow; kept in the arena once the page is read.
    std::vector<Rank> ranks_;
    std::vector<QuickAnswer> quick_answers_;
    std::vector<Text> best_for_, highlights_, bought_together_;
    std::vector<Spec> specs_;
    std::vector<Image> images_;
    std::vector<Review> reviews_;
    std::vector<ExtraSection> extra_sections_;
    std::string price_text_, currency_, heading_title_, footer_updated_, footer_origin_, footer_region_;
    std::vector<std::string> inline_reviews_, description_paragraphs_;
    std::set<std::string> full_lists_;  // lists that reached kMaxListItems, reported once each
    int price_line_ = 0, price_column_ = 0, description_line_ = 0, id_line_ = 0, id_column_ = 0;
    std::optional<bool> in_stock_, availability_in_stock_;
};

}  // namespace

Catalogue parse_product_page(std::string_view text, const std::string& file) {
    Catalogue out;
    if (looks_like_utf16(text)) {
        out.diagnostics.push_back({file, 1, 1, Severity::error, std::string(kUtf16Problem) + "; page skipped"});
        return out;
    }
    const SourceLines source(text, file, out.diagnostics);
    if (auto product = PageParser(file, out).parse(source.lines())) out.products.push_back(*product);
    // Problems read top to bottom, as a person goes through the file.
    std::stable_sort(out.diagnostics.begin(), out.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) { return a.line < b.line; });
    return out;
}

}  // namespace vitrine
