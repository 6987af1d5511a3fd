// Catalogues from folders and files: sorted, merged, one product per id, every problem named.
#include <catch2/catch_test_macros.hpp>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "core/catalogue.hpp"

using namespace vitrine;
namespace fs = std::filesystem;

namespace {

// A fresh folder under the system's temporary one, removed with the test.
class TempFolder {
public:
    explicit TempFolder(const std::string& name) : path_(fs::temp_directory_path() / ("vitrine-" + name + "-" + std::to_string(::getpid()))) {
        fs::remove_all(path_);
        fs::create_directories(path_);
    }
    ~TempFolder() { fs::remove_all(path_); }
    std::string write(const std::string& name, const std::string& text) const {
        std::ofstream(path_ / name, std::ios::binary) << text;
        return (path_ / name).generic_string();
    }
    std::string path() const { return path_.generic_string(); }

private:
    fs::path path_;
};

std::string page(const std::string& id, const std::string& title) {
    return "---\nproduct_id: " + id + "\ntitle: " + title + "\nprice: \"£1.00\"\n---\n";
}

}  // namespace

TEST_CASE("a folder's pages load in name order, other files are left alone") {
    const TempFolder folder("order");
    folder.write("b.md", page("2", "Second"));
    folder.write("a.md", page("1", "First"));
    folder.write("notes.png", "not a page");
    const Catalogue c = load_catalogue_paths({folder.path()});
    REQUIRE(c.products.size() == 2);
    CHECK(c.products[0].id == "1");
    CHECK(c.products[1].id == "2");
    CHECK(c.diagnostics.empty());
}

TEST_CASE("a folder's .MD pages and .JSON catalogues load like .md and .json ones") {
    const TempFolder folder("case");
    folder.write("A.MD", page("1", "Upper"));
    folder.write("b.Markdown", page("2", "Mixed"));
    folder.write("c.JSON", write_catalogue_json(parse_product_page(page("3", "From JSON"), "x.md").products));
    const Catalogue c = load_catalogue_paths({folder.path()});
    CHECK(c.products.size() == 3);
    CHECK(c.diagnostics.empty());
}

TEST_CASE("duplicate ids keep the first product and name both places") {
    const TempFolder folder("dup");
    const std::string first = folder.write("a.md", page("7", "Kettle"));
    const std::string second = folder.write("b.md", page("7", "Other kettle"));
    const Catalogue c = load_catalogue_paths({first, second});
    REQUIRE(c.products.size() == 1);
    CHECK(c.products[0].title == "Kettle");
    REQUIRE(c.diagnostics.size() == 1);
    CHECK(c.diagnostics[0].file == second);
    CHECK(c.diagnostics[0].severity == Severity::error);
    CHECK(c.diagnostics[0].message.find(first + ":1") != std::string::npos);
}

TEST_CASE("pages and JSON catalogues merge; a missing path is an error, the rest still loads") {
    const TempFolder folder("merge");
    const std::string json = folder.write("c.json", write_catalogue_json(parse_product_page(page("9", "From JSON"), "x.md").products));
    const std::string md = folder.write("p.md", page("8", "From page"));
    const Catalogue c = load_catalogue_paths({md, folder.path() + "/missing.md", json});
    REQUIRE(c.products.size() == 2);
    CHECK(c.products[1].source.file == "x.md");  // a JSON record remembers the page it came from
    REQUIRE(c.diagnostics.size() == 1);
    CHECK(c.diagnostics[0].message == "no such file or folder");
}
