#include "core/json_product_stream.hpp"

#include <memory>

namespace vitrine {

namespace {

using json = nlohmann::json;
using DomBuilder = nlohmann::detail::json_sax_dom_parser<json>;

class ProductStream : public nlohmann::json_sax<json> {
public:
    ProductStream(JsonStreamResult& result, const std::function<void(const json&, std::size_t)>& on_product)
        : result_(result), on_product_(on_product) {}

    // For a text that starts at product `index` of the list, read alone: as if inside the list.
    ProductStream(JsonStreamResult& result, const std::function<void(const json&, std::size_t)>& on_product, std::size_t index,
                  std::size_t offset)
        : result_(result), on_product_(on_product), depth_(2), in_products_(true), index_(index), offset_(offset) {}

    bool null() override { return scalar([](DomBuilder& b) { return b.null(); }); }
    bool boolean(bool v) override { return scalar([&](DomBuilder& b) { return b.boolean(v); }); }
    bool number_integer(number_integer_t v) override { return scalar([&](DomBuilder& b) { return b.number_integer(v); }); }
    bool number_unsigned(number_unsigned_t v) override { return scalar([&](DomBuilder& b) { return b.number_unsigned(v); }); }
    bool number_float(number_float_t v, const string_t& s) override { return scalar([&](DomBuilder& b) { return b.number_float(v, s); }); }
    bool binary(binary_t& v) override { return scalar([&](DomBuilder& b) { return b.binary(v); }); }
    bool string(string_t& v) override {
        if (depth_ == 1 && last_key_ == "schema") result_.schema = v;
        return scalar([&](DomBuilder& b) { return b.string(v); });
    }

    bool start_object(std::size_t size) override {
        if (builder_) ++inner_depth_;
        else if (at_element()) begin_element();
        ++depth_;
        if (depth_ == 1) result_.is_object = true;
        return builder_ ? builder_->start_object(size) : true;
    }
    bool end_object() override {
        --depth_;
        if (!builder_) return true;
        const bool ok = builder_->end_object();
        if (inner_depth_-- == 0) finish_element();
        return ok;
    }
    bool start_array(std::size_t size) override {
        if (builder_) ++inner_depth_;
        else if (at_element()) begin_element();
        ++depth_;
        if (depth_ == 2 && last_key_ == "products" && !builder_) {
            in_products_ = true;
            result_.has_products = true;
        }
        return builder_ ? builder_->start_array(size) : true;
    }
    bool end_array() override {
        --depth_;
        if (depth_ == 1) in_products_ = false;
        if (!builder_) return true;
        const bool ok = builder_->end_array();
        if (inner_depth_-- == 0) finish_element();
        return ok;
    }
    bool key(string_t& k) override {
        if (depth_ == 1) last_key_ = k;
        return builder_ ? builder_->key(k) : true;
    }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) override {
        // Inside the list, the product under way (or the element that could not start) is lost.
        const std::optional<std::size_t> product = in_products_ ? std::optional<std::size_t>(index_) : std::nullopt;
        result_.syntax_errors.push_back({offset_ + (position > 0 ? position - 1 : 0), message_of(e), product});
        return false;
    }

private:
    // nlohmann's text without its "[json.exception.parse_error.101] parse error at line 1, column 9: "
    // lead (the diagnostic gives the position), or "[json.exception.out_of_range.406] " for 1e309.
    static std::string message_of(const nlohmann::detail::exception& e) {
        const std::string what = e.what();
        if (const std::size_t syntax = what.find("syntax error"); syntax != std::string::npos) return what.substr(syntax);
        if (const std::size_t lead = what.find("] "); lead != std::string::npos) return what.substr(lead + 2);
        return what;
    }

    bool at_element() const { return in_products_ && depth_ == 2; }

    void begin_element() {
        element_ = json();
        builder_ = std::make_unique<DomBuilder>(element_, false);
        inner_depth_ = 0;
    }

    void finish_element() {
        builder_.reset();
        on_product_(element_, index_++);
    }

    // A scalar inside a product goes to its DOM; one standing as an element is an element.
    template <typename Event>
    bool scalar(Event event) {
        if (builder_) return event(*builder_);
        if (!at_element()) return true;
        begin_element();
        event(*builder_);
        finish_element();
        return true;
    }

    JsonStreamResult& result_;
    const std::function<void(const json&, std::size_t)>& on_product_;
    std::unique_ptr<DomBuilder> builder_;
    json element_;
    int depth_ = 0;
    int inner_depth_ = 0;  // nesting inside the current element, below its own brackets
    bool in_products_ = false;
    std::string last_key_;
    std::size_t index_ = 0;
    std::size_t offset_ = 0;  // where the text read starts in the document
};

}  // namespace

JsonStreamResult stream_products(std::string_view text, const std::vector<std::size_t>& element_offsets,
                                 const std::function<void(const nlohmann::json&, std::size_t)>& on_product) {
    JsonStreamResult result;
    ProductStream stream(result, on_product);
    nlohmann::json::sax_parse(text, &stream);
    // After an error inside a product, the products that start after it are read one by one,
    // each from its own start, until the list ends or another one fails.
    std::size_t next = 0;
    while (!result.syntax_errors.empty() && result.syntax_errors.back().product) {
        const JsonSyntaxError& last = result.syntax_errors.back();
        while (next < element_offsets.size() && (next <= *last.product || element_offsets[next] <= last.offset)) ++next;
        if (next == element_offsets.size()) break;
        const std::size_t errors = result.syntax_errors.size();
        while (next < element_offsets.size() && result.syntax_errors.size() == errors) {
            ProductStream alone(result, on_product, next, element_offsets[next]);
            nlohmann::json::sax_parse(text.substr(element_offsets[next]), &alone, nlohmann::json::input_format_t::json, false);
            ++next;
        }
    }
    return result;
}

}  // namespace vitrine
