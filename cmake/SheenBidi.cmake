# SheenBidi (the Unicode Bidirectional Algorithm, UAX #9, and script runs) from Debian's source
# package, fetched by scripts/setup.sh into third_party/sheenbidi; built from its unity source.
set(SHEENBIDI_DIR "${PROJECT_SOURCE_DIR}/third_party/sheenbidi")
if(NOT EXISTS "${SHEENBIDI_DIR}/Source/SheenBidi.c")
  message(FATAL_ERROR "SheenBidi sources are missing in ${SHEENBIDI_DIR}: run scripts/setup.sh (make does it for you).")
endif()
file(STRINGS "${SHEENBIDI_DIR}/Headers/SheenBidi/SBVersion.h" _sb_line REGEX "^#define SHEENBIDI_VERSION_MAJOR ")
string(REGEX MATCH "[0-9]+$" _sb_major "${_sb_line}")
if(NOT _sb_major STREQUAL PIN_SHEENBIDI_SERIES)
  message(FATAL_ERROR "SheenBidi in ${SHEENBIDI_DIR} has major version '${_sb_major}'; Vitrine is written for ${PIN_SHEENBIDI_SERIES}.x "
                      "(scripts/versions.env). Delete third_party/sheenbidi and run scripts/setup.sh.")
endif()
message(STATUS "SheenBidi ${_sb_major}.x")
add_library(sheenbidi STATIC "${SHEENBIDI_DIR}/Source/SheenBidi.c")
target_include_directories(sheenbidi SYSTEM PUBLIC "${SHEENBIDI_DIR}/Headers")
target_include_directories(sheenbidi PRIVATE "${SHEENBIDI_DIR}/Source")
target_compile_definitions(sheenbidi PRIVATE SB_CONFIG_UNITY)
target_compile_options(sheenbidi PRIVATE -w)
vitrine_target_sanitizers(sheenbidi)
