// Reads catalogue.vitrine. Nothing is trusted before it is checked: the header, the checksum,
// each section's place, every array's length against the rows it should have, every list's
// rows against the list, every string number against the pool, and every string as UTF-8.
#include <optional>

#include "core/binary/binary_layout.hpp"
#include "core/binary/catalogue_binary.hpp"
#include "core/byte_io.hpp"
#include "core/limits.hpp"
#include "core/utf8.hpp"

namespace vitrine {

namespace {

// The strings section. When the whole pool is UTF-8 and no string starts inside a character,
// every string is: one pass over the pool checks them all. Otherwise each string is checked
// once, when first used, and only a string a product names can refuse the file.
class Strings {
public:
    bool read(std::string_view section) {
        ByteReader in(section);
        const auto count = in.get<std::uint64_t>();
        const auto lengths_size = in.get<std::uint64_t>();
        const std::string_view lengths = in.get_bytes(static_cast<std::size_t>(std::min<std::uint64_t>(lengths_size, SIZE_MAX)));
        in.align();
        const auto size = in.get<std::uint64_t>();
        bytes_ = in.get_bytes(static_cast<std::size_t>(std::min<std::uint64_t>(size, SIZE_MAX)));
        // Each length takes a byte at least: a count beyond them is a lie, found before allocating.
        if (!in.ok() || count == 0 || count > lengths.size() || bytes_.size() > UINT32_MAX) return false;
        ends_.resize(static_cast<std::size_t>(count));
        std::size_t at = 0;
        std::uint64_t end = 0;
        for (std::uint32_t& string_end : ends_) {
            std::uint32_t length = 0;
            if (!read_varint(lengths, at, length)) return false;
            end += length;
            if (end > bytes_.size()) return false;
            string_end = static_cast<std::uint32_t>(end);
        }
        if (at != lengths.size() || end != bytes_.size() || ends_[0] != 0) return false;
        pool_valid_ = is_valid_utf8(bytes_) && starts_on_characters();
        if (!pool_valid_) checked_.assign(ends_.size(), 0);
        return true;
    }
    // The string numbered `id`, or nothing when there is no such valid string.
    std::optional<std::string_view> at(std::uint32_t id) {
        if (id >= ends_.size()) return std::nullopt;
        const std::size_t begin = id == 0 ? 0 : ends_[id - 1];
        const std::string_view text = bytes_.substr(begin, ends_[id] - begin);
        if (pool_valid_) return text.size() <= kMaxFieldBytes ? std::optional(text) : std::nullopt;
        if (checked_[id] == 0) checked_[id] = is_valid_utf8(text) && text.size() <= kMaxFieldBytes ? 1 : 2;
        if (checked_[id] == 2) return std::nullopt;
        return text;
    }

private:
    bool starts_on_characters() const {
        for (std::size_t i = 0; i < ends_.size(); ++i) {
            if (ends_[i] < bytes_.size() && (static_cast<unsigned char>(bytes_[ends_[i]]) & 0xC0) == 0x80) return false;
        }
        return true;
    }

    std::vector<std::uint32_t> ends_;  // string i is [ends_[i-1], ends_[i]) of the pool, in order
    std::string_view bytes_;
    bool pool_valid_ = false;
    std::vector<std::uint8_t> checked_;  // 0 not yet, 1 valid, 2 invalid
};

struct Damage {
    std::string what;
};

// The product columns, read in the order the writer wrote them.
class ProductsReader {
public:
    ProductsReader(std::string_view section, std::size_t count, Strings& strings) : in_(section), n_(count), strings_(strings) {}

    std::optional<std::vector<Product>> read(Arena& arena, std::string& problem) {
        for (auto* column : {&id_, &title_, &url_, &price_text_, &currency_, &origin_, &region_, &description_, &updated_, &source_file_}) {
            *column = string_numbers(n_);
        }
        flags_ = in_.get_array<std::uint8_t>(n_);
        price_minor_ = in_.get_array<std::int64_t>(n_);
        rating_average_ = in_.get_array<double>(n_);
        rating_count_ = in_.get_array<std::int64_t>(n_);
        reviews_count_ = in_.get_array<std::int64_t>(n_);
        source_line_ = in_.get_array<std::int32_t>(n_);
        for (auto* starts : {&ranks_, &answers_, &best_for_, &highlights_, &specs_, &images_, &reviews_, &bought_, &sections_}) {
            if (!read_starts(*starts)) return fail(problem, "a product has more rows of a list than a list may hold");
        }
        if (!in_.ok()) return fail(problem, "the product columns are cut short or of the wrong size");
        const auto rows = [&](const std::vector<std::uint32_t>& starts) { return starts[n_]; };
        rank_category_ = string_numbers(rows(ranks_));
        rank_number_ = in_.get_array<std::int64_t>(rows(ranks_));
        answer_question_ = string_numbers(rows(answers_));
        answer_text_ = string_numbers(rows(answers_));
        best_for_text_ = string_numbers(rows(best_for_));
        highlight_text_ = string_numbers(rows(highlights_));
        spec_name_ = string_numbers(rows(specs_));
        spec_value_ = string_numbers(rows(specs_));
        image_url_ = string_numbers(rows(images_));
        image_alt_ = string_numbers(rows(images_));
        review_rating_ = in_.get_array<std::uint8_t>(rows(reviews_));
        for (auto* column : {&review_title_, &review_author_, &review_date_, &review_body_}) *column = string_numbers(rows(reviews_));
        bought_id_ = string_numbers(rows(bought_));
        section_heading_ = string_numbers(rows(sections_));
        section_body_ = string_numbers(rows(sections_));
        if (!in_.ok()) return fail(problem, "the product lists are cut short or of the wrong size");
        if (!view_lists(arena)) return fail(problem, "a product's list names a string the file does not hold, or one that is not UTF-8");
        std::vector<Product> products(n_);
        for (std::size_t i = 0; i < n_; ++i) {
            if (!read_product(i, products[i])) return fail(problem, "product " + std::to_string(i + 1) + " names a string the file does not hold, or one that is not UTF-8");
        }
        return products;
    }

private:
    static std::optional<std::vector<Product>> fail(std::string& problem, std::string what) {
        problem = std::move(what);
        return std::nullopt;
    }

    // A column of `rows` string numbers, written as the steps between them: the numbers again.
    std::vector<std::uint32_t> string_numbers(std::size_t rows) {
        const ArrayView<std::uint32_t> steps = in_.get_array<std::uint32_t>(rows);
        std::vector<std::uint32_t> numbers(steps.size());
        std::uint32_t number = 0;
        for (std::size_t i = 0; i < steps.size(); ++i) numbers[i] = number += steps[i];
        return numbers;
    }

    // A list's row counts, one per product, as where each product's rows start (N + 1 of them).
    bool read_starts(std::vector<std::uint32_t>& starts) {
        const ArrayView<std::uint32_t> counts = in_.get_array<std::uint32_t>(n_);
        if (!in_.ok()) return true;  // reported as cut short
        starts.assign(n_ + 1, 0);
        std::uint64_t rows = 0;
        for (std::size_t i = 0; i < n_; ++i) {
            if (counts[i] > kMaxListItems) return false;
            rows += counts[i];
            if (rows > UINT32_MAX) return false;
            starts[i + 1] = static_cast<std::uint32_t>(rows);
        }
        return true;
    }

    bool text(std::uint32_t id, Text& out) {
        const auto found = strings_.at(id);
        if (found) out = Text(*found);
        return found.has_value();
    }

    // Each list's rows for all products at once, in one allocation per kind of list; a product
    // then views its stretch of them.
    bool view_lists(Arena& arena) {
        const auto rows = [&](const std::vector<std::uint32_t>& starts) { return static_cast<std::size_t>(starts[n_]); };
        bool ok = true;
        rank_rows_ = arena.allocate<Rank>(rows(ranks_));
        for (std::size_t k = 0; k < rank_rows_.size(); ++k) {
            rank_rows_[k].rank = rank_number_[k];
            ok = ok && text(rank_category_[k], rank_rows_[k].category);
        }
        answer_rows_ = arena.allocate<QuickAnswer>(rows(answers_));
        for (std::size_t k = 0; k < answer_rows_.size(); ++k) ok = ok && text(answer_question_[k], answer_rows_[k].question) && text(answer_text_[k], answer_rows_[k].answer);
        best_for_rows_ = arena.allocate<Text>(rows(best_for_));
        for (std::size_t k = 0; k < best_for_rows_.size(); ++k) ok = ok && text(best_for_text_[k], best_for_rows_[k]);
        highlight_rows_ = arena.allocate<Text>(rows(highlights_));
        for (std::size_t k = 0; k < highlight_rows_.size(); ++k) ok = ok && text(highlight_text_[k], highlight_rows_[k]);
        spec_rows_ = arena.allocate<Spec>(rows(specs_));
        for (std::size_t k = 0; k < spec_rows_.size(); ++k) ok = ok && text(spec_name_[k], spec_rows_[k].name) && text(spec_value_[k], spec_rows_[k].value);
        image_rows_ = arena.allocate<Image>(rows(images_));
        for (std::size_t k = 0; k < image_rows_.size(); ++k) ok = ok && text(image_url_[k], image_rows_[k].url) && text(image_alt_[k], image_rows_[k].alt);
        review_rows_ = arena.allocate<Review>(rows(reviews_));
        for (std::size_t k = 0; k < review_rows_.size(); ++k) {
            Review& r = review_rows_[k];
            r.rating = review_rating_[k] <= 5 ? review_rating_[k] : 0;
            ok = ok && text(review_title_[k], r.title) && text(review_author_[k], r.author) && text(review_date_[k], r.date) && text(review_body_[k], r.body);
        }
        bought_rows_ = arena.allocate<Text>(rows(bought_));
        for (std::size_t k = 0; k < bought_rows_.size(); ++k) ok = ok && text(bought_id_[k], bought_rows_[k]);
        section_rows_ = arena.allocate<ExtraSection>(rows(sections_));
        for (std::size_t k = 0; k < section_rows_.size(); ++k) ok = ok && text(section_heading_[k], section_rows_[k].heading) && text(section_body_[k], section_rows_[k].body);
        return ok;
    }

    // Product i's stretch of a list's rows.
    template <typename T>
    List<T> stretch(std::span<T> rows, const std::vector<std::uint32_t>& starts, std::size_t i) {
        return List<T>(rows.data() + starts[i], starts[i + 1] - starts[i]);
    }

    bool read_product(std::size_t i, Product& p) {
        Text currency;
        const bool ok = text(id_[i], p.id) && text(title_[i], p.title) && text(url_[i], p.url) && text(price_text_[i], p.price_text) &&
                        text(currency_[i], currency) && text(origin_[i], p.store.origin) && text(region_[i], p.store.region) &&
                        text(description_[i], p.description) && text(updated_[i], p.updated) && text(source_file_[i], p.source.file);
        if (flags_[i] & 1) p.price = Money{price_minor_[i], currency};
        p.in_stock = (flags_[i] & 2) != 0;
        p.rating = {rating_average_[i], rating_count_[i]};
        p.reviews_count = reviews_count_[i];
        p.source.line = source_line_[i];
        p.ranks = stretch(rank_rows_, ranks_, i);
        p.quick_answers = stretch(answer_rows_, answers_, i);
        p.best_for = stretch(best_for_rows_, best_for_, i);
        p.highlights = stretch(highlight_rows_, highlights_, i);
        p.specs = stretch(spec_rows_, specs_, i);
        p.images = stretch(image_rows_, images_, i);
        p.reviews = stretch(review_rows_, reviews_, i);
        p.bought_together = stretch(bought_rows_, bought_, i);
        p.extra_sections = stretch(section_rows_, sections_, i);
        return ok;
    }

    std::span<Rank> rank_rows_;
    std::span<QuickAnswer> answer_rows_;
    std::span<Text> best_for_rows_, highlight_rows_, bought_rows_;
    std::span<Spec> spec_rows_;
    std::span<Image> image_rows_;
    std::span<Review> review_rows_;
    std::span<ExtraSection> section_rows_;
    ByteReader in_;
    std::size_t n_;
    Strings& strings_;
    std::vector<std::uint32_t> id_, title_, url_, price_text_, currency_, origin_, region_, description_, updated_, source_file_;
    ArrayView<std::uint8_t> flags_;
    ArrayView<std::int64_t> price_minor_, rating_count_, reviews_count_;
    ArrayView<double> rating_average_;
    ArrayView<std::int32_t> source_line_;
    std::vector<std::uint32_t> ranks_, answers_, best_for_, highlights_, specs_, images_, reviews_, bought_, sections_;  // starts
    std::vector<std::uint32_t> rank_category_, answer_question_, answer_text_, best_for_text_, highlight_text_, spec_name_, spec_value_,
        image_url_, image_alt_, review_title_, review_author_, review_date_, review_body_, bought_id_, section_heading_, section_body_;
    ArrayView<std::int64_t> rank_number_;
    ArrayView<std::uint8_t> review_rating_;
};

}  // namespace

std::uint64_t announced_product_count(std::string_view bytes) {
    if (!is_catalogue_binary(bytes)) return 0;
    ByteReader header(bytes.substr(binary::kMagic.size()));
    header.get<std::uint32_t>();  // version
    header.get<std::uint32_t>();  // sections
    const auto products = header.get<std::uint64_t>();
    return header.ok() ? products : 0;
}

std::string_view catalogue_binary_text(std::string_view bytes) {
    if (!is_catalogue_binary(bytes)) return {};
    ByteReader header(bytes.substr(binary::kMagic.size()));
    header.get<std::uint32_t>();  // version
    const auto sections = header.get<std::uint32_t>();
    for (std::size_t i = 0; i < 4; ++i) header.get<std::uint64_t>();  // products, size, checksum, reserved
    for (std::uint32_t s = 0; s < sections && header.ok(); ++s) {
        const auto kind = header.get<std::uint32_t>();
        header.get<std::uint32_t>();
        const auto offset = header.get<std::uint64_t>();
        const auto length = header.get<std::uint64_t>();
        if (!header.ok() || kind != static_cast<std::uint32_t>(binary::Section::strings) || offset > bytes.size() || length > bytes.size() - offset) continue;
        ByteReader strings(bytes.substr(static_cast<std::size_t>(offset), static_cast<std::size_t>(length)));
        strings.get<std::uint64_t>();  // the number of strings
        strings.get_bytes(static_cast<std::size_t>(std::min<std::uint64_t>(strings.get<std::uint64_t>(), SIZE_MAX)));  // their lengths
        strings.align();
        const std::string_view pool = strings.get_bytes(static_cast<std::size_t>(std::min<std::uint64_t>(strings.get<std::uint64_t>(), SIZE_MAX)));
        return strings.ok() ? pool : std::string_view();
    }
    return {};
}

Catalogue read_catalogue_binary(std::string bytes, const std::string& file) {
    return read_catalogue_binary(held_string(std::move(bytes)), file);
}

Catalogue read_catalogue_binary(HeldBytes input, const std::string& file) {
    const std::string_view bytes = input.bytes;
    Catalogue out;
    const auto refuse = [&](const std::string& why) {
        out.diagnostics.push_back({file, 0, 0, Severity::error, "cannot read this catalogue.vitrine file: " + why});
        out.saved_index = {};
        out.products.clear();
        out.arena = Arena();
        return std::move(out);
    };
    ByteReader header(bytes);
    if (header.get_bytes(binary::kMagic.size()) != binary::kMagic) return refuse("it does not start as one (its first eight bytes differ)");
    const auto version = header.get<std::uint32_t>();
    const auto section_count = header.get<std::uint32_t>();
    const auto products = header.get<std::uint64_t>();
    const auto size = header.get<std::uint64_t>();
    const auto sum = header.get<std::uint64_t>();
    header.get<std::uint64_t>();
    if (!header.ok()) return refuse("it is cut short within its header");
    if (version != kCatalogueBinaryVersion) {
        return refuse("it is in format version " + std::to_string(version) + ", and this Vitrine reads version " + std::to_string(kCatalogueBinaryVersion) +
                      (version > kCatalogueBinaryVersion ? " (pack it again with this version, or open it with a newer Vitrine)" : " (pack it again with this version)"));
    }
    if (size != bytes.size()) {
        return refuse(size > bytes.size() ? "it is cut short: " + std::to_string(bytes.size()) + " bytes of " + std::to_string(size)
                                          : "it has " + std::to_string(bytes.size() - size) + " bytes more than its header says");
    }
    if (size % 8 != 0) return refuse("its size is not a multiple of 8 bytes");
    if (binary::checksum(bytes.substr(binary::kHeaderBytes)) != sum) return refuse("its checksum does not match: the file is damaged");
    if (products > kMaxListItems * kMaxListItems) return refuse("it claims more products than any catalogue holds");

    std::string_view strings_section, products_section;
    for (std::uint32_t s = 0; s < section_count; ++s) {
        const auto kind = header.get<std::uint32_t>();
        header.get<std::uint32_t>();
        const auto offset = header.get<std::uint64_t>();
        const auto length = header.get<std::uint64_t>();
        if (!header.ok() || offset % 8 != 0 || offset > bytes.size() || length > bytes.size() - offset || offset < binary::kHeaderBytes) {
            return refuse("its section table points outside the file");
        }
        const std::string_view section = bytes.substr(static_cast<std::size_t>(offset), static_cast<std::size_t>(length));
        if (kind == static_cast<std::uint32_t>(binary::Section::strings)) strings_section = section;
        else if (kind == static_cast<std::uint32_t>(binary::Section::products)) products_section = section;
        else if (kind == static_cast<std::uint32_t>(binary::Section::index)) out.saved_index = section;
        // Other kinds are parts a later version 1 writer may add: skipped.
    }
    Strings strings;
    if (strings_section.empty() || !strings.read(strings_section)) return refuse("its strings are missing or damaged");
    std::string problem;
    ProductsReader reader(products_section, static_cast<std::size_t>(products), strings);
    std::optional<std::vector<Product>> read = reader.read(out.arena, problem);
    if (!read) return refuse(problem);
    out.products = std::move(*read);
    out.arena.hold(std::move(input.owner));
    return out;
}

}  // namespace vitrine
