# Dear ImGui from Debian's source package, fetched by scripts/setup.sh into third_party/imgui (ignored by git).
set(IMGUI_DIR "${PROJECT_SOURCE_DIR}/third_party/imgui")
if(NOT EXISTS "${IMGUI_DIR}/imgui.h")
  message(FATAL_ERROR "Dear ImGui sources are missing in ${IMGUI_DIR}: run scripts/setup.sh (make does it for you).")
endif()
# Any release of the pinned series will do (1.92 → IMGUI_VERSION_NUM 19200 to 19299).
file(STRINGS "${IMGUI_DIR}/imgui.h" _imgui_num REGEX "^#define IMGUI_VERSION_NUM")
string(REGEX MATCH "[0-9]+" _imgui_num "${_imgui_num}")
file(STRINGS "${IMGUI_DIR}/imgui.h" _imgui_version REGEX "^#define IMGUI_VERSION ")
string(REGEX MATCH "\"(.*)\"" _ "${_imgui_version}")
set(_imgui_version "${CMAKE_MATCH_1}")
string(REPLACE "." ";" _series "${PIN_IMGUI_SERIES}")
list(GET _series 0 _major)
list(GET _series 1 _minor)
math(EXPR _lowest "${_major} * 10000 + ${_minor} * 100")
math(EXPR _highest "${_lowest} + 99")
if(_imgui_num LESS _lowest OR _imgui_num GREATER _highest)
  message(FATAL_ERROR "Dear ImGui in ${IMGUI_DIR} is ${_imgui_version} (IMGUI_VERSION_NUM ${_imgui_num}); Vitrine is written for "
                      "the ${PIN_IMGUI_SERIES} series (scripts/versions.env). Delete third_party/imgui and run scripts/setup.sh.")
endif()
message(STATUS "Dear ImGui ${_imgui_version}")
add_library(imgui STATIC
  ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp ${IMGUI_DIR}/imgui_tables.cpp ${IMGUI_DIR}/imgui_widgets.cpp
  ${IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${IMGUI_DIR})
target_compile_features(imgui PUBLIC cxx_std_20)
# No legacy names: Vitrine code uses only the current API.
target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_DISABLE_DEMO_WINDOWS IMGUI_DISABLE_DEBUG_TOOLS)
# Characters past U+FFFF (emoji, rarer CJK ideographs) are drawn, not turned into U+FFFD.
target_compile_definitions(imgui PUBLIC IMGUI_USE_WCHAR32)
# ImGui reports every item it draws through its test-engine hooks; src/ui/drawn_items.cpp
# implements them (the tab order and, later, a DOM mirror of the canvas come from them).
target_compile_definitions(imgui PUBLIC IMGUI_ENABLE_TEST_ENGINE)
vitrine_target_sanitizers(imgui)

if(EMSCRIPTEN)
  add_library(imgui_backend_webgl STATIC ${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
  target_link_libraries(imgui_backend_webgl PUBLIC imgui)
  target_include_directories(imgui_backend_webgl SYSTEM PUBLIC ${IMGUI_DIR}/backends)
  target_compile_definitions(imgui_backend_webgl PUBLIC IMGUI_IMPL_OPENGL_ES3)
endif()
