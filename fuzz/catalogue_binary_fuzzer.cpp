// Any bytes as a catalogue.vitrine, sealed first (size and checksum written into the header) so
// that the checks behind the checksum are what the mutations reach: never a crash or a read out
// of bounds; what loads writes and reads back unchanged; a saved index that opens answers as
// the plain scan does.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/binary/binary_layout.hpp"
#include "core/binary/catalogue_binary.hpp"
#include "core/search/search.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string file(reinterpret_cast<const char*>(data), size);
    if (file.size() >= vitrine::binary::kHeaderBytes) vitrine::binary::seal(file);
    const vitrine::Catalogue read = vitrine::read_catalogue_binary(file, "fuzz.vitrine");
    const std::vector<vitrine::Product>& products = read.products;
    if (!products.empty() && !read.diagnostics.empty()) std::abort();  // loaded whole, or refused whole
    const std::string again = vitrine::write_catalogue_binary(products, nullptr);
    const vitrine::Catalogue reread = vitrine::read_catalogue_binary(again, "again.vitrine");
    if (vitrine::write_catalogue_json(reread.products) != vitrine::write_catalogue_json(products)) std::abort();
    std::string problem;
    const auto index = vitrine::SearchIndex::open_saved(products, read.saved_index, problem);
    if (!index) return 0;
    // Queries from the catalogue's own first title: the words a hostile index would be asked.
    const std::string title = products.empty() ? std::string("a") : std::string(products[0].title.substr(0, 24));
    for (const std::string& query : {title, title.substr(0, 2)}) {
        vitrine::SearchRequest plain;
        plain.query = query;
        plain.limit = 10;
        vitrine::SearchRequest ranked = plain;
        ranked.facets = false;
        const vitrine::SearchResult a = index->search(plain), b = index->search(ranked);
        if (a.hits.size() != b.hits.size()) std::abort();
        for (std::size_t i = 0; i < a.hits.size(); ++i) {
            if (a.hits[i].product != b.hits[i].product || a.hits[i].product >= products.size()) std::abort();
        }
        index->suggest(query);
    }
    return 0;
}
