// Which reader a file goes to: product pages or a JSON catalogue. One rule for the command line's
// folders and files and for the viewer's dropped and fetched files, so that no file is a page in
// one and skipped in the other.
#pragma once

#include <string_view>

namespace vitrine {

enum class InputFormat { page, json, binary };

// Whether a folder's file is read: its extension is .md, .markdown, .json or .vitrine, in any letter case
// (.MD is a page; a page saved on Windows or by a camera app often has it).
bool has_catalogue_extension(std::string_view name);

// A catalogue.vitrine's magic bytes decide first (no text starts with them). Then the extension
// (.json, .md, .markdown, .vitrine, in any letter case). Any other name, .txt or
// none (a URL's last part), leaves it to the bytes: a JSON document starts with { or [ after
// any BOM and spaces; anything else is read as a page, whose reader says what is wrong with it.
InputFormat detect_format(std::string_view name, std::string_view bytes);

}  // namespace vitrine
