// search: the same engine as the viewer, from the command line.
#include <cstdio>
#include <cstdlib>
#include <memory>

#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "core/catalogue.hpp"
#include "core/search/search.hpp"
#include "core/search/search_json.hpp"
#include "terminal_text.hpp"

namespace vitrine::cli {

int search(const std::vector<std::string>& args) {
    std::vector<std::string> positional;
    std::size_t limit = 10;
    bool as_json = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--json") as_json = true;
        else if (args[i] == "--limit" && i + 1 < args.size()) limit = std::strtoull(args[++i].c_str(), nullptr, 10);
        else positional.push_back(args[i]);
    }
    if (positional.size() != 2) {
        std::fputs("usage: vitrine search <catalogue> \"<query>\" [--limit N] [--json]\n", stderr);
        return kUsageError;
    }
    const Catalogue catalogue = load_catalogue_paths({positional[0]});
    const int status = report(catalogue);
    // A catalogue.vitrine given alone brings its index; anything else is indexed here.
    std::string problem;
    std::unique_ptr<SearchIndex> saved;
    if (!catalogue.saved_index.empty()) saved = SearchIndex::open_saved(catalogue.products, catalogue.saved_index, problem);
    if (!problem.empty()) std::fprintf(stderr, "%s: warning: %s; the products were indexed again\n", positional[0].c_str(), problem.c_str());
    const std::unique_ptr<SearchIndex> index = saved ? std::move(saved) : std::make_unique<SearchIndex>(catalogue.products);
    SearchRequest request;
    request.query = positional[1];
    request.limit = limit;
    const SearchResult result = index->search(request);
    if (as_json) {
        std::printf("%s\n", search_result_json(result, catalogue.products).c_str());
        return status;
    }
    std::printf("%zu products match\n", result.total);
    for (const Hit& hit : result.hits) {
        const Product& p = catalogue.products[hit.product];
        std::printf("%8.3f  %-12s %s\n", static_cast<double>(hit.score), terminal_text(p.id).c_str(), terminal_text(p.title).c_str());
    }
    return status;
}

}  // namespace vitrine::cli
