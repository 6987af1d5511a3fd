// The names sort orders have in URLs, the CLI and the JS API.
#include "core/search/search.hpp"

namespace vitrine {

namespace {

constexpr std::pair<SortOrder, const char*> kSortNames[] = {
    {SortOrder::relevance, "relevance"},   {SortOrder::price_ascending, "price-up"}, {SortOrder::price_descending, "price-down"},
    {SortOrder::rating, "rating"},         {SortOrder::most_reviewed, "reviews"},
};

constexpr std::pair<ReviewSort, const char*> kReviewSortNames[] = {
    {ReviewSort::newest, "newest"}, {ReviewSort::oldest, "oldest"}, {ReviewSort::highest, "highest"}, {ReviewSort::lowest, "lowest"},
};

template <typename Enum, std::size_t N>
const char* name_of(const std::pair<Enum, const char*> (&names)[N], Enum value) {
    for (const auto& [e, name] : names) {
        if (e == value) return name;
    }
    return names[0].second;
}

template <typename Enum, std::size_t N>
std::optional<Enum> parse_name(const std::pair<Enum, const char*> (&names)[N], std::string_view text) {
    for (const auto& [e, name] : names) {
        if (text == name) return e;
    }
    return std::nullopt;
}

}  // namespace

const char* to_string(SortOrder order) { return name_of(kSortNames, order); }
std::optional<SortOrder> parse_sort_order(std::string_view text) { return parse_name(kSortNames, text); }
const char* to_string(ReviewSort order) { return name_of(kReviewSortNames, order); }
std::optional<ReviewSort> parse_review_sort(std::string_view text) { return parse_name(kReviewSortNames, text); }

}  // namespace vitrine
