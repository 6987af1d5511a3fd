#include "core/route.hpp"

#include <algorithm>
#include <charconv>
#include <vector>

#include "core/text.hpp"

namespace vitrine {

namespace {

constexpr char kHex[] = "0123456789ABCDEF";

bool is_unreserved(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
           c == '.' || c == '~';
}

template <typename Number>
Number parse_number(std::string_view text, Number fallback) {
    Number value{};
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc() && end == text.data() + text.size() ? value : fallback;
}

// Lists in the URL are comma-separated; commas inside values are percent-encoded.
std::string join_encoded(const std::vector<std::string>& values) {
    std::string out;
    for (const std::string& value : values) {
        if (!out.empty()) out += ',';
        out += percent_encode(value);
    }
    return out;
}

std::vector<std::string> split_decoded(std::string_view text) {
    std::vector<std::string> out;
    while (!text.empty()) {
        const std::size_t comma = text.find(',');
        out.push_back(percent_decode(text.substr(0, comma)));
        if (comma == std::string_view::npos) break;
        text.remove_prefix(comma + 1);
    }
    return out;
}

class QueryWriter {
public:
    void add(std::string_view key, const std::string& encoded_value) {
        if (encoded_value.empty()) return;
        out_ += out_.empty() ? '?' : '&';
        out_ += key;
        out_ += '=';
        out_ += encoded_value;
    }
    const std::string& text() const { return out_; }

private:
    std::string out_;
};

std::string search_parameters(const Route& route) {
    const SearchFilters& f = route.filters;
    QueryWriter q;
    q.add("q", percent_encode(route.query));
    if (route.sort != SortOrder::relevance) q.add("sort", to_string(route.sort));
    if (f.in_stock_only) q.add("stock", "1");
    // Clamped to the stars there are before the cast: a double past int's range would overflow it.
    if (f.min_rating > 0) q.add("rating", std::to_string(static_cast<int>(std::min(f.min_rating, 5.0))));
    q.add("currency", percent_encode(f.currency));
    if (f.price_min_minor) q.add("min", std::to_string(*f.price_min_minor));
    if (f.price_max_minor) q.add("max", std::to_string(*f.price_max_minor));
    q.add("origin", join_encoded(f.origins));
    q.add("region", join_encoded(f.regions));
    q.add("category", join_encoded(f.categories));
    return q.text();
}

void apply_parameter(Route& route, std::string_view key, std::string_view value) {
    SearchFilters& f = route.filters;
    if (key == "q") route.query = percent_decode(value);
    else if (key == "sort") route.sort = parse_sort_order(value).value_or(SortOrder::relevance);
    else if (key == "stock") f.in_stock_only = value == "1";
    else if (key == "rating") f.min_rating = parse_number<int>(value, 0);
    else if (key == "currency") f.currency = percent_decode(value);
    else if (key == "min") f.price_min_minor = parse_number<std::int64_t>(value, 0);
    else if (key == "max") f.price_max_minor = parse_number<std::int64_t>(value, 0);
    else if (key == "origin") f.origins = split_decoded(value);
    else if (key == "region") f.regions = split_decoded(value);
    else if (key == "category") f.categories = split_decoded(value);
    else if (key == "stars") route.review_stars = std::clamp(parse_number<int>(value, 0), 0, 5);
    else if (key == "rsort") route.review_sort = parse_review_sort(value).value_or(ReviewSort::newest);
    else if (key == "rq") route.review_query = percent_decode(value);
}

void apply_parameters(Route& route, std::string_view parameters) {
    while (!parameters.empty()) {
        const std::size_t amp = parameters.find('&');
        const std::string_view pair = parameters.substr(0, amp);
        const std::size_t eq = pair.find('=');
        if (eq != std::string_view::npos) apply_parameter(route, pair.substr(0, eq), pair.substr(eq + 1));
        if (amp == std::string_view::npos) break;
        parameters.remove_prefix(amp + 1);
    }
}

}  // namespace

const char* view_name(View view) {
    switch (view) {
        case View::search: return "search";
        case View::detail: return "detail";
        case View::reviews: return "reviews";
    }
    return "search";
}

std::string percent_encode(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (is_unreserved(c)) {
            out += ch;
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    return out;
}

std::string percent_decode(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && hex_digit(text[i + 1]) >= 0 && hex_digit(text[i + 2]) >= 0) {
            out += static_cast<char>(hex_digit(text[i + 1]) * 16 + hex_digit(text[i + 2]));
            i += 2;
        } else {
            out += text[i] == '+' ? ' ' : text[i];
        }
    }
    return out;
}

std::string format_route(const Route& route) {
    switch (route.view) {
        case View::detail: return "/product/" + percent_encode(route.product_id);
        case View::reviews: {
            QueryWriter q;
            if (route.review_stars > 0) q.add("stars", std::to_string(route.review_stars));
            if (route.review_sort != ReviewSort::newest) q.add("rsort", to_string(route.review_sort));
            q.add("rq", percent_encode(route.review_query));
            return "/product/" + percent_encode(route.product_id) + "/reviews" + q.text();
        }
        case View::search: break;
    }
    return "/search" + search_parameters(route);
}

Route parse_route(std::string_view hash) {
    if (!hash.empty() && hash.front() == '#') hash.remove_prefix(1);
    const std::size_t question = hash.find('?');
    std::string_view path = hash.substr(0, question);
    Route route;
    if (question != std::string_view::npos) apply_parameters(route, hash.substr(question + 1));

    constexpr std::string_view kProduct = "/product/";
    if (path.substr(0, kProduct.size()) == kProduct) {
        path.remove_prefix(kProduct.size());
        constexpr std::string_view kReviews = "/reviews";
        const bool reviews = path.size() > kReviews.size() && path.substr(path.size() - kReviews.size()) == kReviews;
        if (reviews) path.remove_suffix(kReviews.size());
        route.product_id = percent_decode(path);
        route.view = route.product_id.empty() ? View::search : reviews ? View::reviews : View::detail;
    }
    return route;
}

}  // namespace vitrine
