// Reading the files tests compare against (golden pages, CLI output, the seed page).
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace vitrine::testing {

inline std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

inline std::filesystem::path source_path(const std::string& relative) { return std::filesystem::path(VITRINE_SOURCE_DIR) / relative; }

}  // namespace vitrine::testing
