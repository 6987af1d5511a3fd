// Which reader a file goes to, decided in one place for the command line and the viewer.
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include "core/input_format.hpp"

using namespace vitrine;

TEST_CASE("the extension decides, in any letter case; without one the bytes do") {
    const auto [name, bytes, format] = GENERATE(table<const char*, const char*, InputFormat>({
        {"a.md", "", InputFormat::page},
        {"A.MD", "", InputFormat::page},
        {"notes.Markdown", "", InputFormat::page},
        {"shop.JSON", "---\n", InputFormat::json},  // the name wins over the bytes
        {"dir.v2/page.txt", "---\nproduct_id: 1\n", InputFormat::page},
        {"catalogue", "\xEF\xBB\xBF  {\"products\": []}", InputFormat::json},
        {"download", "[]", InputFormat::json},
        {"page", "---\n", InputFormat::page},
        {"shop.vitrine", "", InputFormat::binary},
        {"catalogue.json", "\x89VTRN\r\n\x1A", InputFormat::binary},  // the magic wins over the name
    }));
    CAPTURE(name);
    CHECK(detect_format(name, bytes) == format);
}

TEST_CASE("a folder lists the files whose extension names a format, in any letter case") {
    CHECK(has_catalogue_extension("a.md"));
    CHECK(has_catalogue_extension("B.MD"));
    CHECK(has_catalogue_extension("c.Json"));
    CHECK(has_catalogue_extension("d.markdown"));
    CHECK_FALSE(has_catalogue_extension("notes.txt"));
    CHECK_FALSE(has_catalogue_extension("picture.png"));
    CHECK_FALSE(has_catalogue_extension("md"));
}
