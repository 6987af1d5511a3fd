// Writes catalogue.vitrine: the header, the section table, then the strings, the product
// columns and the search index, each section on 8 bytes (docs/catalogue-binary.md).
#include <unordered_map>

#include "core/binary/binary_layout.hpp"
#include "core/binary/catalogue_binary.hpp"
#include "core/byte_io.hpp"
#include "core/search/search.hpp"

namespace vitrine {

namespace {

// Each distinct string once (authors, categories, spec names and currencies repeat a lot),
// numbered in the order the columns name them: the strings of one field lie together, where
// gzip finds what they share (the URLs' common start, the dates' month names).
class StringPool {
public:
    StringPool() { add(""); }
    std::uint32_t add(std::string_view text) {
        const auto [it, added] = ids_.try_emplace(text, count_);
        if (added) {
            ++count_;
            append_varint(lengths_, static_cast<std::uint32_t>(text.size()));
            bytes_ += text;
        }
        return it->second;
    }
    void write(ByteWriter& out) const {
        out.put<std::uint64_t>(count_);
        out.put<std::uint64_t>(lengths_.size());
        out.put_bytes(lengths_);
        out.align();
        out.put<std::uint64_t>(bytes_.size());
        out.put_bytes(bytes_);
        out.align();
    }

private:
    std::unordered_map<std::string_view, std::uint32_t> ids_;  // views into the products written
    std::uint32_t count_ = 0;
    std::string lengths_;  // a varint per string
    std::string bytes_;
};

// A column's string numbers as the steps between them, wrapping at 2^32. A field whose strings
// are each used once (titles, descriptions, review bodies) then is a run of 1s, which compresses
// to almost nothing; its numbers, all different, would not.
std::vector<std::uint32_t> steps_of(const std::vector<std::uint32_t>& numbers) {
    std::vector<std::uint32_t> steps(numbers.size());
    std::uint32_t before = 0;
    for (std::size_t i = 0; i < numbers.size(); ++i) {
        steps[i] = numbers[i] - before;
        before = numbers[i];
    }
    return steps;
}

void put_strings(ByteWriter& out, StringPool& pool, const std::vector<Text>& column) {
    std::vector<std::uint32_t> numbers;
    numbers.reserve(column.size());
    for (const Text text : column) numbers.push_back(pool.add(text));
    out.put_array(steps_of(numbers));
}

// One product list's rows (ranks, reviews…): how many each product has.
struct ListRows {
    std::vector<std::uint32_t> counts;
    template <typename T>
    void add(List<T> list) {
        counts.push_back(static_cast<std::uint32_t>(list.size()));
    }
};

std::string products_section(const std::vector<Product>& products, StringPool& pool) {
    std::vector<Text> id, title, url, price_text, currency, origin, region, description, updated, source_file;
    std::vector<std::uint8_t> flags;
    std::vector<std::int64_t> price_minor, rating_count, reviews_count;
    std::vector<double> rating_average;
    std::vector<std::int32_t> source_line;
    ListRows ranks, answers, best_for, highlights, specs, images, reviews, bought, sections;
    std::vector<Text> rank_category, answer_question, answer_text, best_for_text, highlight_text, spec_name, spec_value, image_url, image_alt,
        review_title, review_author, review_date, review_body, bought_id, section_heading, section_body;
    std::vector<std::int64_t> rank_number;
    std::vector<std::uint8_t> review_rating;
    for (const Product& p : products) {
        id.push_back(p.id);
        title.push_back(p.title);
        url.push_back(p.url);
        price_text.push_back(p.price_text);
        currency.push_back(p.price ? p.price->currency : Text());
        origin.push_back(p.store.origin);
        region.push_back(p.store.region);
        description.push_back(p.description);
        updated.push_back(p.updated);
        source_file.push_back(p.source.file);
        flags.push_back(static_cast<std::uint8_t>((p.price ? 1 : 0) | (p.in_stock ? 2 : 0)));
        price_minor.push_back(p.price ? p.price->minor : 0);
        rating_average.push_back(p.rating.average);
        rating_count.push_back(p.rating.count);
        reviews_count.push_back(p.reviews_count);
        source_line.push_back(p.source.line);
        ranks.add(p.ranks);
        for (const Rank& r : p.ranks) {
            rank_category.push_back(r.category);
            rank_number.push_back(r.rank);
        }
        answers.add(p.quick_answers);
        for (const QuickAnswer& a : p.quick_answers) {
            answer_question.push_back(a.question);
            answer_text.push_back(a.answer);
        }
        best_for.add(p.best_for);
        best_for_text.insert(best_for_text.end(), p.best_for.begin(), p.best_for.end());
        highlights.add(p.highlights);
        highlight_text.insert(highlight_text.end(), p.highlights.begin(), p.highlights.end());
        specs.add(p.specs);
        for (const Spec& s : p.specs) {
            spec_name.push_back(s.name);
            spec_value.push_back(s.value);
        }
        images.add(p.images);
        for (const Image& i : p.images) {
            image_url.push_back(i.url);
            image_alt.push_back(i.alt);
        }
        reviews.add(p.reviews);
        for (const Review& r : p.reviews) {
            review_rating.push_back(static_cast<std::uint8_t>(r.rating));
            review_title.push_back(r.title);
            review_author.push_back(r.author);
            review_date.push_back(r.date);
            review_body.push_back(r.body);
        }
        bought.add(p.bought_together);
        bought_id.insert(bought_id.end(), p.bought_together.begin(), p.bought_together.end());
        sections.add(p.extra_sections);
        for (const ExtraSection& s : p.extra_sections) {
            section_heading.push_back(s.heading);
            section_body.push_back(s.body);
        }
    }
    ByteWriter out;
    for (const auto* column : {&id, &title, &url, &price_text, &currency, &origin, &region, &description, &updated, &source_file}) put_strings(out, pool, *column);
    out.put_array(flags);
    out.put_array(price_minor);
    out.put_array(rating_average);
    out.put_array(rating_count);
    out.put_array(reviews_count);
    out.put_array(source_line);
    for (const ListRows* list : {&ranks, &answers, &best_for, &highlights, &specs, &images, &reviews, &bought, &sections}) out.put_array(list->counts);
    put_strings(out, pool, rank_category);
    out.put_array(rank_number);
    for (const auto* column : {&answer_question, &answer_text, &best_for_text, &highlight_text, &spec_name, &spec_value, &image_url, &image_alt}) {
        put_strings(out, pool, *column);
    }
    out.put_array(review_rating);
    for (const auto* column : {&review_title, &review_author, &review_date, &review_body, &bought_id, &section_heading, &section_body}) {
        put_strings(out, pool, *column);
    }
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
