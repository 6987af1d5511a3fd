#include "core/product_json.hpp"

#include <cmath>
#include <limits>

#include "core/limits.hpp"
#include "core/normalise.hpp"
#include "core/product_id.hpp"
#include "core/utf8.hpp"

namespace vitrine {

namespace {

using ordered = nlohmann::ordered_json;
using json = nlohmann::json;

template <typename Item, typename ToJson>
ordered array_of(List<Item> items, ToJson to_json) {
    ordered out = ordered::array();
    for (const Item& item : items) out.push_back(to_json(item));
    return out;
}

ordered product_json(const Product& p) {
    ordered o;
    o["id"] = p.id;
    o["title"] = p.title;
    o["url"] = p.url;
    if (p.price) {
        o["price"] = {{"amount", major_units(*p.price)}, {"currency", p.price->currency}, {"text", p.price_text}};
    } else {
        o["price"] = {{"amount", nullptr}, {"currency", nullptr}, {"text", p.price_text}};
    }
    o["in_stock"] = p.in_stock;
    o["store"] = {{"origin", p.store.origin}, {"region", p.store.region}};
    o["rating"] = {{"average", p.rating.average}, {"count", p.rating.count}};
    o["reviews_count"] = p.reviews_count;
    o["ranks"] = array_of(p.ranks, [](const Rank& r) { return ordered{{"category", r.category}, {"rank", r.rank}}; });
    o["description"] = p.description;
    o["quick_answers"] = array_of(p.quick_answers, [](const QuickAnswer& q) { return ordered{{"question", q.question}, {"answer", q.answer}}; });
    o["best_for"] = p.best_for;
    o["highlights"] = p.highlights;
    o["specs"] = array_of(p.specs, [](const Spec& s) { return ordered{{"name", s.name}, {"value", s.value}}; });
    o["images"] = array_of(p.images, [](const Image& i) { return ordered{{"url", i.url}, {"alt", i.alt}}; });
    o["reviews"] = array_of(p.reviews, [](const Review& r) {
        return ordered{{"rating", r.rating}, {"title", r.title}, {"author", r.author}, {"date", r.date}, {"body", r.body}};
    });
    o["bought_together"] = p.bought_together;
    o["extra_sections"] = array_of(p.extra_sections, [](const ExtraSection& e) { return ordered{{"heading", e.heading}, {"body", e.body}}; });
    o["updated"] = p.updated;
    o["source"] = {{"file", p.source.file}, {"line", p.source.line}};
    return o;
}

// Reads one product object. Any field of the wrong type makes the record invalid: the message
// names the field, and the caller skips the record.
class ProductReader {
public:
    ProductReader(const json& object, Arena& arena) : object_(object), arena_(arena) {}

    std::optional<Product> read(std::string& problem, std::vector<std::string>& warnings) {
        Product p;
        p.id = arena_.keep(required_string("id"));
        if (const std::string why = id_problem(p.id); !why.empty()) fail("id " + why);
        p.title = arena_.keep(required_string("title"));
        p.url = text(object_, "url", "url");
        read_price(p);
        p.in_stock = optional_value<bool>(object_, "in_stock", "in_stock");
        const json& store = optional_object(object_, "store", "store");
        p.store = {text(store, "origin", "store.origin"), text(store, "region", "store.region")};
        const json& rating = optional_object(object_, "rating", "rating");
        p.rating = {optional_value<double>(rating, "average", "rating.average"), count(rating, "count", "rating.count")};
        if (p.rating.average < 0 || p.rating.average > 5) fail("rating.average must be between 0 and 5");
        p.reviews_count = count(object_, "reviews_count", "reviews_count");
        p.ranks = list_of<Rank>("ranks", [this](const json& o, const std::string& at) {
            return Rank{text(o, "category", at + ".category"), count(o, "rank", at + ".rank")};
        });
        p.description = text(object_, "description", "description");
        p.quick_answers = list_of<QuickAnswer>("quick_answers", [this](const json& o, const std::string& at) {
            return QuickAnswer{text(o, "question", at + ".question"), text(o, "answer", at + ".answer")};
        });
        p.best_for = strings("best_for");
        p.highlights = strings("highlights");
        p.specs = list_of<Spec>("specs", [this](const json& o, const std::string& at) {
            return Spec{text(o, "name", at + ".name"), text(o, "value", at + ".value")};
        });
        p.images = list_of<Image>("images", [this](const json& o, const std::string& at) {
            return Image{text(o, "url", at + ".url"), text(o, "alt", at + ".alt")};
        });
        p.reviews = list_of<Review>("reviews", [this](const json& o, const std::string& at) {
            Review r{optional_value<int>(o, "rating", at + ".rating"), text(o, "title", at + ".title"),
                     text(o, "author", at + ".author"), text(o, "date", at + ".date"),
                     text(o, "body", at + ".body")};
            if (r.rating < 0 || r.rating > 5) fail(at + ".rating must be 0 to 5 stars");
            return r;
        });
        p.bought_together = strings("bought_together");
        p.extra_sections = list_of<ExtraSection>("extra_sections", [this](const json& o, const std::string& at) {
            return ExtraSection{text(o, "heading", at + ".heading"), text(o, "body", at + ".body")};
        });
        p.updated = text(object_, "updated", "updated");
        const json& source = optional_object(object_, "source", "source");
        p.source = {text(source, "file", "source.file"), optional_value<int>(source, "line", "source.line")};
        warnings = std::move(warnings_);
        if (!problem_.empty()) {
            problem = problem_;
            return std::nullopt;
        }
        return p;
    }

private:
    // The first problem found; the record is invalid when there is one. (No exceptions: the
    // WebAssembly build runs without them.)
    void fail(std::string message) {
        if (problem_.empty()) problem_ = std::move(message);
    }

    static const char* type_word(const json& value) {
        switch (value.type()) {
            case json::value_t::string: return "a string";
            case json::value_t::boolean: return "true or false";
            case json::value_t::number_integer:
            case json::value_t::number_unsigned: return "a whole number";
            case json::value_t::number_float: return "a number";
            case json::value_t::array: return "a list";
            case json::value_t::object: return "an object";
            case json::value_t::null: return "null";
            default: return "something else";
        }
    }

    template <typename T>
    static const char* expected_word() {
        if constexpr (std::is_same_v<T, std::string>) return "a string";
        else if constexpr (std::is_same_v<T, bool>) return "true or false";
        else if constexpr (std::is_floating_point_v<T>) return "a number";
        else return "a whole number";
    }

    template <typename T>
    static bool has_type(const json& v) {
        if constexpr (std::is_same_v<T, std::string>) return v.is_string();
        else if constexpr (std::is_same_v<T, bool>) return v.is_boolean();
        else if constexpr (std::is_floating_point_v<T>) return v.is_number();
        else return v.is_number_integer() || (v.is_number_float() && std::floor(v.get<double>()) == v.get<double>());
    }

    // Whether a whole JSON number is a value of T. Integers compare as integers; a float compares
    // with T's bounds as powers of two, which doubles hold exactly (double(INT64_MAX) is 2^63, out
    // of range), so the conversion that follows is defined.
    template <typename T>
    static bool in_range(const json& v) {
        using limits = std::numeric_limits<T>;
        if (v.is_number_unsigned()) return v.get<std::uint64_t>() <= static_cast<std::uint64_t>(limits::max());
        if (v.is_number_integer()) return v.get<std::int64_t>() >= limits::min() && v.get<std::int64_t>() <= limits::max();
        const double bound = std::ldexp(1.0, limits::digits);  // max + 1
        return v.get<double>() >= -bound && v.get<double>() < bound;
    }

    // A string field, kept in the arena.
    Text text(const json& object, const char* key, const std::string& path) { return arena_.keep(optional_value<std::string>(object, key, path)); }

    // A missing or null field takes its default; a field of another type is an error.
    template <typename T>
    T optional_value(const json& object, const char* key, const std::string& path) {
        if (!object.is_object()) return T{};
        const auto it = object.find(key);
        if (it == object.end() || it->is_null()) return T{};
        if (!has_type<T>(*it)) {
            fail(path + " should be " + expected_word<T>() + ", not " + type_word(*it));
            return T{};
        }
        if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) {
            if (!in_range<T>(*it)) {
                fail(path + " is out of range");
                return T{};
            }
        }
        if constexpr (std::is_same_v<T, std::string>) return capped(it->get_ref<const std::string&>(), path);
        else return it->get<T>();
    }

    // Counts and ranks: a negative one is broken data, not a number to show.
    std::int64_t count(const json& object, const char* key, const std::string& path) {
        const auto value = optional_value<std::int64_t>(object, key, path);
        if (value < 0) fail(path + " must not be negative");
        return value;
    }

    std::string capped(const std::string& text, const std::string& path) {
        if (text.size() <= kMaxFieldBytes) return text;
        warnings_.push_back(path + " is " + std::to_string(text.size()) + " bytes; kept the first " + std::to_string(kMaxFieldBytes));
        return std::string(utf8_prefix(text, kMaxFieldBytes));
    }

    const json& optional_object(const json& object, const char* key, const std::string& path) {
        static const json empty = json::object();
        const auto it = object.find(key);
        if (it == object.end() || it->is_null()) return empty;
        if (!it->is_object()) {
            fail(path + " should be an object, not " + type_word(*it));
            return empty;
        }
        return *it;
    }

    std::string required_string(const char* key) {
        const auto it = object_.find(key);
        if (it == object_.end() || it->is_null()) {
            fail(std::string("the product has no \"") + key + "\"");
        } else if (!it->is_string()) {
            fail(std::string(key) + " should be a string, not " + type_word(*it));
        } else if (it->get_ref<const std::string&>().empty()) {
            fail(std::string(key) + " is empty");
        } else {
            return capped(it->get_ref<const std::string&>(), key);
        }
        return {};
    }

    void read_price(Product& p) {
        const json& price = optional_object(object_, "price", "price");
        p.price_text = text(price, "text", "price.text");
        const auto amount = price.find("amount");
        if (amount == price.end() || amount->is_null()) return;
        if (!amount->is_number()) return fail(std::string("price.amount should be a number, not ") + type_word(*amount));
        if (amount->get<double>() < 0) return fail("price.amount must not be negative");
        const std::string_view currency = currency_of(optional_value<std::string>(price, "currency", "price.currency"));
        if (currency.empty()) return fail("price.currency should be an ISO 4217 code such as \"GBP\"");
        const double scaled = amount->get<double>() * std::pow(10.0, minor_digits(currency));
        if (!std::isfinite(scaled) || std::round(scaled) > static_cast<double>(kMaxPriceMinorUnits)) {
            return fail("price.amount is out of range (at most " + format_money({kMaxPriceMinorUnits, Text(currency)}) + ")");
        }
        p.price = Money{std::llround(scaled), Text(currency)};
    }

    List<Text> strings(const char* key) {
        std::vector<Text> out;
        const auto it = object_.find(key);
        if (it == object_.end() || it->is_null()) return out;
        if (!it->is_array()) {
            fail(std::string(key) + " should be a list, not " + type_word(*it));
            return {};
        }
        const std::size_t size = list_size(*it, key);
        for (std::size_t i = 0; i < size; ++i) {
            if (!(*it)[i].is_string()) {
                fail(std::string(key) + "[" + std::to_string(i) + "] should be a string");
                return {};
            }
            out.push_back(arena_.keep(capped((*it)[i].get_ref<const std::string&>(), std::string(key) + "[" + std::to_string(i) + "]")));
        }
        return arena_.keep(out);
    }

    // How many items of a list are read: at most kMaxListItems, with a warning.
    std::size_t list_size(const json& list, const char* key) {
        if (list.size() <= kMaxListItems) return list.size();
        warnings_.push_back(std::string(key) + " has " + std::to_string(list.size()) + " items; kept the first " +
                            std::to_string(kMaxListItems));
        return kMaxListItems;
    }

    template <typename T, typename ReadOne>
    List<T> list_of(const char* key, ReadOne read_one) {
        return arena_.keep(objects<T>(key, read_one));
    }

    template <typename T, typename ReadOne>
    std::vector<T> objects(const char* key, ReadOne read_one) {
        std::vector<T> out;
        const auto it = object_.find(key);
        if (it == object_.end() || it->is_null()) return out;
        if (!it->is_array()) {
            fail(std::string(key) + " should be a list, not " + type_word(*it));
            return out;
        }
        const std::size_t size = list_size(*it, key);
        for (std::size_t i = 0; i < size; ++i) {
            const std::string at = std::string(key) + "[" + std::to_string(i) + "]";
            if (!(*it)[i].is_object()) {
                fail(at + " should be an object");
                return out;
            }
            out.push_back(read_one((*it)[i], at));
        }
        return out;
    }

    const json& object_;
    Arena& arena_;
    std::string problem_;
    std::vector<std::string> warnings_;
};

}  // namespace

ordered product_to_json(const Product& product) { return product_json(product); }

ProductReading product_from_json(const json& object, Arena& arena) {
    ProductReading reading;
    reading.product = ProductReader(object, arena).read(reading.problem, reading.warnings);
    return reading;
}

}  // namespace vitrine
