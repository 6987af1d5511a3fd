// What can be a product id, on a page and in JSON alike. An id names a product in routes
// (#/product/ID), in diagnostics and on the command line: a NUL cuts it short in C strings, and
// other control characters (a newline, ESC) are broken data there too.
#pragma once

#include <string>
#include <string_view>

namespace vitrine {

// Why `id` cannot name a product ("holds a control character (U+0000)"), or empty when it can.
std::string id_problem(std::string_view id);

}  // namespace vitrine
