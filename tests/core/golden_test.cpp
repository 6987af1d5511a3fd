// Golden files: every tests/golden/pages/NAME.md beside NAME.json (the expected catalogue) and,
// when the page has problems, NAME.diagnostics.txt (one "file:line:col: severity: message" per line).
// The expectations were checked by reading the pages, not copied from the parser's output.
// VITRINE_UPDATE_GOLDEN=1 rewrites the expectations from the current parser, for review in git diff.
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/generators/catch_generators_range.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/catalogue.hpp"
#include "test_files.hpp"

using namespace vitrine;
namespace fs = std::filesystem;

namespace {

const fs::path kGoldenDir = fs::path(VITRINE_SOURCE_DIR) / "tests/golden/pages";
// The demo's pages from stores in other scripts and currencies are checked where they live, in the
// bundled catalogue, against expectations kept here.
const fs::path kDemoDir = fs::path(VITRINE_SOURCE_DIR) / "assets/catalogue";
const fs::path kDemoGoldenDir = fs::path(VITRINE_SOURCE_DIR) / "tests/golden/demo";

std::vector<std::string> names_in(const fs::path& dir, const std::string& extension) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (entry.path().extension() == extension) names.push_back(entry.path().stem().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

using vitrine::testing::read_file;

void write(const fs::path& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

// Parses `page` and compares the catalogue and diagnostics with NAME.json and NAME.diagnostics.txt
// in `expected_dir`.
void check_against_golden(const fs::path& page, const std::string& source_name, const fs::path& expected_dir) {
    const std::string name = page.stem().string();
    const Catalogue c = parse_product_page(read_file(page), source_name);
    const std::string json = write_catalogue_json(c.products);
    std::string diagnostics;
    for (const Diagnostic& d : c.diagnostics) diagnostics += format_diagnostic(d) + "\n";

    const fs::path expected_json = expected_dir / (name + ".json");
    const fs::path expected_diagnostics = expected_dir / (name + ".diagnostics.txt");
    if (std::getenv("VITRINE_UPDATE_GOLDEN") != nullptr) {
        write(expected_json, json);
        if (diagnostics.empty()) fs::remove(expected_diagnostics);
        else write(expected_diagnostics, diagnostics);
    }
    REQUIRE(fs::exists(expected_json));
    CHECK(json == read_file(expected_json));
    // The expected JSON itself reads back and writes out unchanged: pages → JSON → catalogue → JSON.
    const Catalogue reloaded = read_catalogue_json(read_file(expected_json), "golden.json");
    CHECK(reloaded.diagnostics.empty());
    CHECK(write_catalogue_json(reloaded.products) == read_file(expected_json));
    CHECK(diagnostics == (fs::exists(expected_diagnostics) ? read_file(expected_diagnostics) : std::string()));
}

}  // namespace

TEST_CASE("golden pages parse to their expected JSON and diagnostics") {
    const std::vector<std::string> names = names_in(kGoldenDir, ".md");
    REQUIRE(names.size() >= 10);
    const std::string name = GENERATE_COPY(from_range(names));
    CAPTURE(name);
    check_against_golden(kGoldenDir / (name + ".md"), "pages/" + name + ".md", kGoldenDir);
}

TEST_CASE("the demo's pages from Gulf, Israeli, Indian, Thai, Vietnamese and Turkish stores parse to their expected JSON") {
    const std::vector<std::string> names = names_in(kDemoGoldenDir, ".json");
    REQUIRE(names.size() >= 7);
    const std::string name = GENERATE_COPY(from_range(names));
    CAPTURE(name);
    check_against_golden(kDemoDir / (name + ".md"), name + ".md", kDemoGoldenDir);
}
