// A product as a page in the reference Markdown format: what the page parser reads back.
#pragma once

#include <string>

#include "core/model.hpp"

namespace vitrine {

std::string write_product_page(const Product& product);

}  // namespace vitrine
