// vitrine-generate --count N [--seed S] [--format json|pages] -o PATH
// Writes a deterministic catalogue: one vitrine.catalogue/1 JSON file, or a folder of pages.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "catalogue_generator.hpp"
#include "core/catalogue.hpp"
#include "core/page_writer.hpp"

int main(int argc, char** argv) {
    std::size_t count = 0;
    std::uint64_t seed = 1;
    std::string format = "json", output;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--count") count = std::strtoull(argv[i + 1], nullptr, 10);
        else if (flag == "--seed") seed = std::strtoull(argv[i + 1], nullptr, 10);
        else if (flag == "--format") format = argv[i + 1];
        else if (flag == "-o") output = argv[i + 1];
    }
    if (count == 0 || output.empty() || (format != "json" && format != "pages")) {
        std::fputs("usage: vitrine-generate --count N [--seed S] [--format json|pages] -o PATH\n", stderr);
        return 2;
    }
    const auto products = vitrine::tools::generate_catalogue(count, seed);
    if (format == "json") {
        std::ofstream(output, std::ios::binary) << vitrine::write_catalogue_json(products);
    } else {
        std::filesystem::create_directories(output);
        for (std::size_t i = 0; i < products.size(); ++i) {
            std::ofstream(std::filesystem::path(output) / (products[i].id + ".md"), std::ios::binary) << vitrine::write_product_page(products[i]);
        }
    }
    std::fprintf(stderr, "vitrine-generate: %zu products (seed %llu) written to %s\n", count, static_cast<unsigned long long>(seed), output.c_str());
    return 0;
}
