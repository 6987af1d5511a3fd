# nlohmann-json, header-only, from Debian's nlohmann-json3-dev.
if(NOT EMSCRIPTEN)
  find_package(nlohmann_json 3.11 REQUIRED)
  return()
endif()
# Emscripten searches only its own sysroot, and adding all of /usr/include would mix the host's
# C library headers into the WebAssembly build: expose just the nlohmann folder.
find_path(VITRINE_NLOHMANN_DIR nlohmann/json.hpp PATHS /usr/include NO_CMAKE_FIND_ROOT_PATH REQUIRED)
set(_nlohmann_only "${CMAKE_BINARY_DIR}/nlohmann-include")
file(MAKE_DIRECTORY "${_nlohmann_only}")
file(CREATE_LINK "${VITRINE_NLOHMANN_DIR}/nlohmann" "${_nlohmann_only}/nlohmann" SYMBOLIC)
add_library(nlohmann_json INTERFACE)
target_include_directories(nlohmann_json SYSTEM INTERFACE "${_nlohmann_only}")
add_library(nlohmann_json::nlohmann_json ALIAS nlohmann_json)
