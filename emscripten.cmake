# Toolchain file for the web preset: Debian's Emscripten 3.1.6, with its known traps handled
# (see README "Building for the web"). Link options live on targets (src/platform/web/CMakeLists.txt).
set(VITRINE_EMSCRIPTEN_TOOLCHAIN "/usr/share/emscripten/cmake/Modules/Platform/Emscripten.cmake")
if(NOT EXISTS "${VITRINE_EMSCRIPTEN_TOOLCHAIN}")
  message(FATAL_ERROR "Debian's emscripten package is not installed: run scripts/setup.sh (make does it for you).")
endif()
include("${VITRINE_EMSCRIPTEN_TOOLCHAIN}")

# emcc runs its JavaScript tools with the machine's node, which may not be Debian's and then
# does not find Debian's acorn module: point every compile and link at Debian's module folder.
# The value is fixed, not derived from the caller's NODE_PATH: this file is read several times
# per configure, and a launcher that changed between configures would rebuild everything.
set(_vitrine_node_path "/usr/share/nodejs")
set(ENV{NODE_PATH} "${_vitrine_node_path}")
set(CMAKE_C_COMPILER_LAUNCHER "${CMAKE_COMMAND};-E;env;NODE_PATH=${_vitrine_node_path}" CACHE STRING "" FORCE)
set(CMAKE_CXX_COMPILER_LAUNCHER "${CMAKE_COMMAND};-E;env;NODE_PATH=${_vitrine_node_path}" CACHE STRING "" FORCE)
set(CMAKE_CXX_LINKER_LAUNCHER "${CMAKE_COMMAND};-E;env;NODE_PATH=${_vitrine_node_path}" CACHE STRING "" FORCE)
