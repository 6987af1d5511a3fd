// vitrine-generate --count N [--seed S] [--format json|pages] [--text realistic|simple] -o PATH
// Writes a deterministic catalogue: one vitrine.catalogue/1 JSON file, or a folder of pages.
// realistic (the default): text distributed as a shop's is (realistic_catalogue.cpp); simple:
// the small vocabulary the tests use.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "catalogue_generator.hpp"
#include "realistic_catalogue.hpp"
#include "core/catalogue.hpp"
#include "core/page_writer.hpp"

namespace {

int usage() {
    std::fputs("usage: vitrine-generate --count N [--seed S] [--format json|pages] [--text realistic|simple] -o PATH\n", stderr);
    return 2;
}

bool write_file(const std::filesystem::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    out.close();
    if (!out) std::fprintf(stderr, "vitrine-generate: cannot write %s\n", path.c_str());
    return static_cast<bool>(out);
}

}  // namespace

int main(int argc, char** argv) {
    std::size_t count = 0;
    std::uint64_t seed = 1;
    std::string format = "json", text = "realistic", output;
    if (argc % 2 == 0) return usage();  // every flag takes a value
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--count") count = std::strtoull(argv[i + 1], nullptr, 10);
        else if (flag == "--seed") seed = std::strtoull(argv[i + 1], nullptr, 10);
        else if (flag == "--format") format = argv[i + 1];
        else if (flag == "--text") text = argv[i + 1];
        else if (flag == "-o") output = argv[i + 1];
        else return usage();
    }
    if (count == 0 || output.empty() || (format != "json" && format != "pages") || (text != "realistic" && text != "simple")) return usage();
    const vitrine::Catalogue generated = text == "simple" ? vitrine::tools::generate_catalogue(count, seed) : vitrine::tools::generate_realistic_catalogue(count, seed);
    if (format == "json") {
        if (!write_file(output, vitrine::write_catalogue_json(generated.products))) return 1;
    } else {
        std::error_code error;
        std::filesystem::create_directories(output, error);
        for (const vitrine::Product& p : generated.products) {
            if (!write_file(std::filesystem::path(output) / (p.id + ".md"), vitrine::write_product_page(p))) return 1;
        }
    }
    std::fprintf(stderr, "vitrine-generate: %zu products (seed %llu) written to %s\n", count, static_cast<unsigned long long>(seed), output.c_str());
    return 0;
}
