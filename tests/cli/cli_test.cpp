// The `vitrine` command as a script or a person runs it: exit status, output files, messages.
#include <catch2/catch_test_macros.hpp>

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "core/catalogue.hpp"
#include "test_files.hpp"

namespace fs = std::filesystem;

namespace {

const std::string kSource = VITRINE_SOURCE_DIR;

struct Run {
    int status = -1;
    std::string output;  // stdout and stderr together
};

Run run_vitrine(const std::string& arguments) {
    const std::string command = std::string(VITRINE_BUILD_DIR) + "/vitrine " + arguments + " 2>&1";
    Run run;
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    char buffer[4096];
    while (const std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) run.output.append(buffer, n);
    const int raw = pclose(pipe);
    run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    return run;
}

using vitrine::testing::read_file;

fs::path write_temp(const std::string& name, const std::string& text) {
    const fs::path path = fs::temp_directory_path() / name;
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

}  // namespace

TEST_CASE("pack writes the catalogue and exits 0 when every page is clean") {
    const fs::path out = fs::temp_directory_path() / "vitrine-cli-test-clean.json";
    const Run run = run_vitrine("pack " + kSource + "/assets/catalogue -o " + out.string());
    CHECK(run.status == 0);
    const vitrine::Catalogue packed = vitrine::read_catalogue_json(read_file(out), "packed.json");
    CHECK(packed.diagnostics.empty());
    CHECK(packed.products.size() >= 40);
    fs::remove(out);
}

TEST_CASE("pack names each problem as file:line:col, still writes the valid records, and exits 1") {
    const fs::path out = fs::temp_directory_path() / "vitrine-cli-test-broken.json";
    const std::string pages = kSource + "/tests/golden/pages/";
    const Run run = run_vitrine("pack " + pages + "seed.md " + pages + "no_front_matter.md -o " + out.string());
    CHECK(run.status == 1);
    CHECK(run.output.find("no_front_matter.md:1:1: error:") != std::string::npos);
    CHECK(vitrine::read_catalogue_json(read_file(out), "partial.json").products.size() == 1);
    fs::remove(out);
}

TEST_CASE("check reports without writing; show prints one product; usage errors exit 2") {
    CHECK(run_vitrine("check " + kSource + "/tests/golden/pages/seed.md").status == 0);
    const Run show = run_vitrine("show " + kSource + "/tests/golden/pages/seed.md 208027396");
    CHECK(show.status == 0);
    CHECK(show.output.find("\"rating\"") != std::string::npos);
    CHECK(run_vitrine("show " + kSource + "/tests/golden/pages/seed.md no-such-id").status == 1);
    CHECK(run_vitrine("").status == 2);
    CHECK(run_vitrine("frobnicate").status == 2);
    CHECK(run_vitrine("pack " + kSource + "/assets/catalogue").status == 2);  // no -o
}

TEST_CASE("search prints ranked matches, and --json the same object as the Node build") {
    const Run text = run_vitrine("search " + kSource + "/assets/catalogue \"wireles headphnes\" --limit 3");
    CHECK(text.status == 0);
    CHECK(text.output.find("E-2001") != std::string::npos);
    const Run json = run_vitrine("search " + kSource + "/assets/catalogue \"garden\" --limit 2 --json");
    CHECK(json.status == 0);
    CHECK(json.output.find("{\"total\":") != std::string::npos);
    CHECK(json.output.find("\"facets\":{") != std::string::npos);
}

TEST_CASE("search in a catalogue.vitrine answers with its saved index as the pages it was packed from do") {
    const fs::path packed = fs::temp_directory_path() / "vitrine-cli-test-search.vitrine";
    REQUIRE(run_vitrine("pack " + kSource + "/assets/catalogue --format binary -o " + packed.string()).status == 0);
    for (const std::string query : {"wireles headphnes", "garden", "ke"}) {
        const Run from_pages = run_vitrine("search " + kSource + "/assets/catalogue \"" + query + "\" --limit 5 --json");
        const Run from_binary = run_vitrine("search " + packed.string() + " \"" + query + "\" --limit 5 --json");
        CAPTURE(query);
        CHECK(from_binary.status == 0);
        CHECK(from_binary.output.find("warning") == std::string::npos);
        CHECK(from_binary.output == from_pages.output);
    }
    fs::remove(packed);
}

TEST_CASE("control characters in values are printed escaped, so a page cannot drive the terminal") {
    // ESC ] 0 ; … BEL sets the terminal's title; ESC [ 2 J clears the screen.
    const fs::path page = write_temp("vitrine-cli-test-escapes.md",
                                     "---\nproduct_id: 1\ntitle: \"Kettle \\e[2J\"\nprice: \"\\e]0;pwned\\a\\e[2J\"\n---\n");
    const Run check = run_vitrine("check " + page.string());
    CHECK(check.output.find("price \"\\x1b]0;pwned\\x07\\x1b[2J\"") != std::string::npos);
    CHECK(check.output.find('\x1b') == std::string::npos);
    CHECK(check.output.find('\a') == std::string::npos);
    const Run search = run_vitrine("search " + page.string() + " kettle");
    CHECK(search.output.find("Kettle \\x1b[2J") != std::string::npos);
    CHECK(search.output.find('\x1b') == std::string::npos);
    fs::remove(page);
}

TEST_CASE("pack that reads no product leaves the output file alone and exits 1") {
    const fs::path out = write_temp("vitrine-cli-test-keep.json", "the catalogue from yesterday");
    const Run run = run_vitrine("pack " + kSource + "/no-such-folder -o " + out.string());
    CHECK(run.status == 1);
    CHECK(read_file(out) == "the catalogue from yesterday");
    CHECK(run.output.find("not written") != std::string::npos);
    fs::remove(out);
}

TEST_CASE("search exits 1 when some record was skipped, as pack and check do") {
    const Run run = run_vitrine("search " + kSource + "/tests/golden/pages/no_front_matter.md anything");
    CHECK(run.status == 1);
    CHECK(run.output.find("0 products match") != std::string::npos);
}
