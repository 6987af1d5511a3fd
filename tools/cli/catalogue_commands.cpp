// pack, check and show: reading catalogues and reporting their problems.
#include <cstdio>
#include <fstream>

#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "core/binary/catalogue_binary.hpp"
#include "core/catalogue.hpp"
#include "core/search/search.hpp"
#include "terminal_text.hpp"

namespace vitrine::cli {

int report(const Catalogue& catalogue) {
    for (const Diagnostic& d : catalogue.diagnostics) std::fprintf(stderr, "%s\n", terminal_text(format_diagnostic(d)).c_str());
    return has_errors(catalogue.diagnostics) ? kRecordsSkipped : kClean;
}

int pack(const std::vector<std::string>& args) {
    std::vector<std::string> inputs;
    std::string output, format = "json";
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "-o" && i + 1 < args.size()) output = args[++i];
        else if (args[i] == "--format" && i + 1 < args.size()) format = args[++i];
        else inputs.push_back(args[i]);
    }
    if (inputs.empty() || output.empty() || (format != "json" && format != "binary")) {
        std::fputs("usage: vitrine pack <files|dirs>... [--format json|binary] -o catalogue.json|catalogue.vitrine\n", stderr);
        return kUsageError;
    }
    const Catalogue catalogue = load_catalogue_paths(inputs);
    const int status = report(catalogue);
    // A mistyped path must not replace yesterday's catalogue with an empty one.
    if (catalogue.products.empty() && has_errors(catalogue.diagnostics)) {
        std::fprintf(stderr, "%s: error: no product was read, so the catalogue is not written\n", terminal_text(output).c_str());
        return kRecordsSkipped;
    }
    std::ofstream out(output, std::ios::binary);
    if (format == "binary") {
        const SearchIndex index(catalogue.products);  // saved with the products: opening it indexes nothing
        out << write_catalogue_binary(catalogue.products, &index);
    } else {
        out << write_catalogue_json(catalogue.products);
    }
    if (!out) {
        std::fprintf(stderr, "%s: error: cannot write the catalogue\n", terminal_text(output).c_str());
        return kRecordsSkipped;
    }
    std::fprintf(stderr, "vitrine: %zu products written to %s\n", catalogue.products.size(), terminal_text(output).c_str());
    return status;
}

int check(const std::vector<std::string>& args) {
    if (args.empty()) {
        std::fputs("usage: vitrine check <files|dirs>...\n", stderr);
        return kUsageError;
    }
    const Catalogue catalogue = load_catalogue_paths(args);
    std::fprintf(stderr, "vitrine: %zu products, %zu problems\n", catalogue.products.size(), catalogue.diagnostics.size());
    return report(catalogue);
}

int show(const std::vector<std::string>& args) {
    if (args.size() != 2) {
        std::fputs("usage: vitrine show <catalogue.json|page.md> <id>\n", stderr);
        return kUsageError;
    }
    const Catalogue catalogue = load_catalogue_paths({args[0]});
    const int status = report(catalogue);
    for (const Product& product : catalogue.products) {
        if (product.id != args[1]) continue;
        // The one-product catalogue's JSON, unwrapped to the product itself.
        const auto document = nlohmann::ordered_json::parse(write_catalogue_json({product}));
        std::printf("%s\n", document["products"][0].dump(2).c_str());
        return status;
    }
    std::fprintf(stderr, "%s: error: no product with id %s\n", terminal_text(args[0]).c_str(), terminal_text(args[1]).c_str());
    return kRecordsSkipped;
}

}  // namespace vitrine::cli
