// Catalogues from the file system: folders of pages, page files and JSON catalogues, merged.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/catalogue.hpp"
#include "core/duplicate_ids.hpp"

namespace vitrine {

namespace {

namespace fs = std::filesystem;

bool is_json(const fs::path& path) { return path.extension() == ".json"; }

bool is_page(const fs::path& path) {
    const auto ext = path.extension();
    return ext == ".md" || ext == ".markdown" || ext == ".txt";
}

std::optional<std::string> read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (in.bad()) return std::nullopt;
    return std::move(bytes).str();
}

void append(Catalogue& into, Catalogue&& from) {
    into.products.insert(into.products.end(), std::make_move_iterator(from.products.begin()), std::make_move_iterator(from.products.end()));
    into.diagnostics.insert(into.diagnostics.end(), from.diagnostics.begin(), from.diagnostics.end());
}

void load_file(const fs::path& path, Catalogue& out) {
    const std::string name = path.generic_string();
    const auto bytes = read_file(path);
    if (!bytes) {
        out.diagnostics.push_back({name, 0, 0, Severity::error, "cannot read the file"});
        return;
    }
    append(out, is_json(path) ? read_catalogue_json(*bytes, name) : parse_product_page(*bytes, name));
}

}  // namespace

Catalogue load_catalogue_paths(const std::vector<std::string>& paths) {
    Catalogue out;
    for (const std::string& given : paths) {
        const fs::path path(given);
        std::error_code error;
        if (fs::is_directory(path, error)) {
            std::vector<fs::path> files;
            for (const auto& entry : fs::directory_iterator(path, error)) {
                if (entry.is_regular_file() && (is_page(entry.path()) || is_json(entry.path()))) files.push_back(entry.path());
            }
            std::sort(files.begin(), files.end());
            for (const fs::path& file : files) load_file(file, out);
        } else if (fs::exists(path, error)) {
            load_file(path, out);
        } else {
            out.diagnostics.push_back({given, 0, 0, Severity::error, "no such file or folder"});
        }
    }
    drop_duplicate_ids(out);
    return out;
}

}  // namespace vitrine
