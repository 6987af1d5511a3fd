// Catalogues from the file system: folders of pages, page files and JSON catalogues, merged.
#include <algorithm>
#include <filesystem>
#include <fstream>

#include "core/binary/catalogue_binary.hpp"
#include "core/catalogue.hpp"
#include "core/duplicate_ids.hpp"
#include "core/input_format.hpp"
#include "core/json_catalogue_reading.hpp"

namespace vitrine {

namespace {

namespace fs = std::filesystem;

// Read straight into a string of the file's size: a catalogue.vitrine's products view these
// bytes, and a stream's buffer would copy 200 MB twice.
std::optional<std::string> read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) return std::nullopt;
    const std::streamoff size = in.tellg();
    if (size < 0) return std::nullopt;
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.seekg(0);
    if (!in.read(bytes.data(), static_cast<std::streamsize>(size))) return std::nullopt;
    return bytes;
}

// The merged catalogue, and where in this load each of its products was read.
struct Loaded {
    Catalogue catalogue;
    std::vector<SourceRef> found_at;

    void add(Catalogue&& part, const std::vector<SourceRef>& where) {
        // A saved index numbers its own file's products: it stays for a catalogue of them alone.
        if (!part.products.empty()) catalogue.saved_index = catalogue.products.empty() ? part.saved_index : std::string_view();
        catalogue.products.insert(catalogue.products.end(), part.products.begin(), part.products.end());
        catalogue.arena.adopt(std::move(part.arena));
        found_at.insert(found_at.end(), where.begin(), where.end());
        catalogue.diagnostics.insert(catalogue.diagnostics.end(), part.diagnostics.begin(), part.diagnostics.end());
    }
};

void load_file(const fs::path& path, Loaded& out) {
    const std::string name = path.generic_string();
    const auto bytes = read_file(path);
    if (!bytes) {
        out.catalogue.diagnostics.push_back({name, 0, 0, Severity::error, "cannot read the file"});
        return;
    }
    const InputFormat format = detect_format(name, *bytes);
    if (format == InputFormat::binary) {
        Catalogue binary = read_catalogue_binary(std::move(*bytes), name);
        std::vector<SourceRef> where;
        for (const Product& product : binary.products) where.push_back(product.source);
        out.add(std::move(binary), where);
        return;
    }
    if (format == InputFormat::json) {
        JsonCatalogueReading reading = read_catalogue_json_records(*bytes, name);
        std::vector<SourceRef> where;
        const Text file = out.catalogue.arena.keep(name);  // diagnostics name it after this function
        for (const int line : reading.record_lines) where.push_back({file, line});
        out.add(std::move(reading.catalogue), where);
        return;
    }
    Catalogue page = parse_product_page(*bytes, name);
    std::vector<SourceRef> where;
    for (const Product& product : page.products) where.push_back(product.source);
    out.add(std::move(page), where);
}

void load_folder(const fs::path& folder, Loaded& out) {
    std::vector<fs::path> files;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(folder, error)) {
        if (entry.is_regular_file() && has_catalogue_extension(entry.path().filename().string())) files.push_back(entry.path());
    }
    if (error) out.catalogue.diagnostics.push_back({folder.generic_string(), 0, 0, Severity::error, "cannot list the folder: " + error.message()});
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) load_file(file, out);
}

}  // namespace

Catalogue load_catalogue_paths(const std::vector<std::string>& paths) {
    Loaded out;
    for (const std::string& given : paths) {
        const fs::path path(given);
        std::error_code error;
        if (fs::is_directory(path, error)) load_folder(path, out);
        else if (fs::exists(path, error)) load_file(path, out);
        else out.catalogue.diagnostics.push_back({given, 0, 0, Severity::error, "no such file or folder"});
    }
    drop_duplicate_ids(out.catalogue, out.found_at);
    return std::move(out.catalogue);
}

}  // namespace vitrine
