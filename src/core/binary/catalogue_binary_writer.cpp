// Writes catalogue.vitrine: the header, the section table, then the strings, the product
// columns and the search index, each section on 8 bytes (docs/catalogue-binary.md).
#include <unordered_map>

#include "core/binary/binary_layout.hpp"
#include "core/binary/catalogue_binary.hpp"
#include "core/byte_io.hpp"
#include "core/search/search.hpp"

namespace vitrine {

namespace {

// Each distinct string once: authors, categories, spec names and currencies repeat a lot.
class StringPool {
public:
    StringPool() { add(""); }
    std::uint32_t add(std::string_view text) {
        const auto [it, added] = ids_.try_emplace(text, static_cast<std::uint32_t>(ends_.size()));
        if (added) {
            bytes_ += text;
            ends_.push_back(static_cast<std::uint32_t>(bytes_.size()));
        }
        return it->second;
    }
    void write(ByteWriter& out) const {
        out.put_array(ends_);
        out.put<std::uint64_t>(bytes_.size());
        out.put_bytes(bytes_);
        out.align();
    }

private:
    std::unordered_map<std::string_view, std::uint32_t> ids_;  // views into the products written
    std::vector<std::uint32_t> ends_;
    std::string bytes_;
};

// One product list's rows (ranks, reviews…): where each product's rows start, and their columns.
struct ListStarts {
    std::vector<std::uint32_t> starts{0};
    void close(std::size_t rows) { starts.push_back(static_cast<std::uint32_t>(rows)); }
};

std::string products_section(const std::vector<Product>& products, StringPool& pool) {
    std::vector<std::uint32_t> id, title, url, price_text, currency, origin, region, description, updated, source_file;
    std::vector<std::uint8_t> flags;
    std::vector<std::int64_t> price_minor, rating_count, reviews_count;
    std::vector<double> rating_average;
    std::vector<std::int32_t> source_line;
    ListStarts ranks, answers, best_for, highlights, specs, images, reviews, bought, sections;
    std::vector<std::uint32_t> rank_category, answer_question, answer_text, best_for_text, highlight_text, spec_name, spec_value,
        image_url, image_alt, review_title, review_author, review_date, review_body, bought_id, section_heading, section_body;
    std::vector<std::int64_t> rank_number;
    std::vector<std::uint8_t> review_rating;
    for (const Product& p : products) {
        id.push_back(pool.add(p.id));
        title.push_back(pool.add(p.title));
        url.push_back(pool.add(p.url));
        price_text.push_back(pool.add(p.price_text));
        currency.push_back(pool.add(p.price ? p.price->currency : Text()));
        origin.push_back(pool.add(p.store.origin));
        region.push_back(pool.add(p.store.region));
        description.push_back(pool.add(p.description));
        updated.push_back(pool.add(p.updated));
        source_file.push_back(pool.add(p.source.file));
        flags.push_back(static_cast<std::uint8_t>((p.price ? 1 : 0) | (p.in_stock ? 2 : 0)));
        price_minor.push_back(p.price ? p.price->minor : 0);
        rating_average.push_back(p.rating.average);
        rating_count.push_back(p.rating.count);
        reviews_count.push_back(p.reviews_count);
        source_line.push_back(p.source.line);
        for (const Rank& r : p.ranks) {
            rank_category.push_back(pool.add(r.category));
            rank_number.push_back(r.rank);
        }
        ranks.close(rank_category.size());
        for (const QuickAnswer& a : p.quick_answers) {
            answer_question.push_back(pool.add(a.question));
            answer_text.push_back(pool.add(a.answer));
        }
        answers.close(answer_question.size());
        for (const Text text : p.best_for) best_for_text.push_back(pool.add(text));
        best_for.close(best_for_text.size());
        for (const Text text : p.highlights) highlight_text.push_back(pool.add(text));
        highlights.close(highlight_text.size());
        for (const Spec& s : p.specs) {
            spec_name.push_back(pool.add(s.name));
            spec_value.push_back(pool.add(s.value));
        }
        specs.close(spec_name.size());
        for (const Image& i : p.images) {
            image_url.push_back(pool.add(i.url));
            image_alt.push_back(pool.add(i.alt));
        }
        images.close(image_url.size());
        for (const Review& r : p.reviews) {
            review_rating.push_back(static_cast<std::uint8_t>(r.rating));
            review_title.push_back(pool.add(r.title));
            review_author.push_back(pool.add(r.author));
            review_date.push_back(pool.add(r.date));
            review_body.push_back(pool.add(r.body));
        }
        reviews.close(review_title.size());
        for (const Text text : p.bought_together) bought_id.push_back(pool.add(text));
        bought.close(bought_id.size());
        for (const ExtraSection& s : p.extra_sections) {
            section_heading.push_back(pool.add(s.heading));
            section_body.push_back(pool.add(s.body));
        }
        sections.close(section_heading.size());
    }
    ByteWriter out;
    for (const auto* column : {&id, &title, &url, &price_text, &currency, &origin, &region, &description, &updated, &source_file}) out.put_array(*column);
    out.put_array(flags);
    out.put_array(price_minor);
    out.put_array(rating_average);
    out.put_array(rating_count);
    out.put_array(reviews_count);
    out.put_array(source_line);
    for (const ListStarts* list : {&ranks, &answers, &best_for, &highlights, &specs, &images, &reviews, &bought, &sections}) out.put_array(list->starts);
    out.put_array(rank_category);
    out.put_array(rank_number);
    out.put_array(answer_question);
    out.put_array(answer_text);
    out.put_array(best_for_text);
    out.put_array(highlight_text);
    out.put_array(spec_name);
    out.put_array(spec_value);
    out.put_array(image_url);
    out.put_array(image_alt);
    out.put_array(review_rating);
    for (const auto* column : {&review_title, &review_author, &review_date, &review_body}) out.put_array(*column);
    out.put_array(bought_id);
    out.put_array(section_heading);
    out.put_array(section_body);
    return std::move(out.bytes());
}

}  // namespace

bool is_catalogue_binary(std::string_view bytes) { return bytes.substr(0, binary::kMagic.size()) == binary::kMagic; }

std::string write_catalogue_binary(const std::vector<Product>& products, const SearchIndex* index) {
    StringPool pool;
    std::vector<std::pair<binary::Section, std::string>> sections;
    sections.emplace_back(binary::Section::products, products_section(products, pool));
    ByteWriter strings;
    pool.write(strings);
    sections.emplace(sections.begin(), binary::Section::strings, std::move(strings.bytes()));
    if (index) sections.emplace_back(binary::Section::index, index->saved());

    // The section table, then each section where the table says: every offset a multiple of 8.
    ByteWriter body;
    std::uint64_t at = binary::kHeaderBytes + sections.size() * binary::kSectionEntryBytes;
    for (const auto& [kind, bytes] : sections) {
        body.put<std::uint32_t>(static_cast<std::uint32_t>(kind));
        body.put<std::uint32_t>(0);
        body.put<std::uint64_t>(at);
        body.put<std::uint64_t>(bytes.size());
        at += bytes.size() + (8 - bytes.size() % 8) % 8;
    }
    for (const auto& section : sections) {
        body.put_bytes(section.second);
        body.align();
    }
    ByteWriter file;
    file.put_bytes(binary::kMagic);
    file.put<std::uint32_t>(kCatalogueBinaryVersion);
    file.put<std::uint32_t>(static_cast<std::uint32_t>(sections.size()));
    file.put<std::uint64_t>(products.size());
    file.put<std::uint64_t>(0);  // the size and the checksum, written by seal()
    file.put<std::uint64_t>(0);
    file.put<std::uint64_t>(0);  // reserved
    file.put_bytes(body.bytes());
    binary::seal(file.bytes());
    return std::move(file.bytes());
}

}  // namespace vitrine
