# HarfBuzz (OpenType shaping) from Debian's source package, fetched by scripts/setup.sh into
# third_party/harfbuzz; built from its one-file amalgamation so native and WebAssembly shape alike.
set(HARFBUZZ_DIR "${PROJECT_SOURCE_DIR}/third_party/harfbuzz/src")
if(NOT EXISTS "${HARFBUZZ_DIR}/harfbuzz.cc")
  message(FATAL_ERROR "HarfBuzz sources are missing in ${HARFBUZZ_DIR}: run scripts/setup.sh (make does it for you).")
endif()
file(STRINGS "${HARFBUZZ_DIR}/hb-version.h" _hb_line REGEX "^#define HB_VERSION_STRING ")
string(REGEX MATCH "\"(.*)\"" _ "${_hb_line}")
set(_hb_version "${CMAKE_MATCH_1}")
string(REGEX MATCH "^[0-9]+" _hb_major "${_hb_version}")
if(NOT _hb_major STREQUAL PIN_HARFBUZZ_SERIES)
  message(FATAL_ERROR "HarfBuzz in ${HARFBUZZ_DIR} is ${_hb_version}; Vitrine is written for the ${PIN_HARFBUZZ_SERIES}.x series "
                      "(scripts/versions.env). Delete third_party/harfbuzz and run scripts/setup.sh.")
endif()
message(STATUS "HarfBuzz ${_hb_version}")
add_library(harfbuzz STATIC "${HARFBUZZ_DIR}/harfbuzz.cc")
target_include_directories(harfbuzz SYSTEM PUBLIC "${HARFBUZZ_DIR}")
# Shaping from font files in memory, with no system library (FreeType, GLib, ICU: none is
# enabled) and no threads in the browser. (HB_LEAN would cut more, but in 10.2 it leaves
# hb_face_create_from_file_or_fail calling a function it removes.) The linker keeps only what
# the shaper calls.
target_compile_definitions(harfbuzz PRIVATE HB_NO_MT)
target_compile_features(harfbuzz PRIVATE cxx_std_17)
# HarfBuzz is built as it is released: its own warnings are its maintainers' to keep.
target_compile_options(harfbuzz PRIVATE -w -fno-exceptions -fno-rtti)
vitrine_target_sanitizers(harfbuzz)
