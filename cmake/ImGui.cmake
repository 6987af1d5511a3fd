# Dear ImGui from Debian's source package, fetched by scripts/setup.sh into third_party/imgui (ignored by git).
set(IMGUI_DIR "${PROJECT_SOURCE_DIR}/third_party/imgui")
if(NOT EXISTS "${IMGUI_DIR}/imgui.h")
  message(FATAL_ERROR "Dear ImGui sources are missing in ${IMGUI_DIR}: run scripts/setup.sh (make does it for you).")
endif()
file(STRINGS "${IMGUI_DIR}/imgui.h" _imgui_num REGEX "^#define IMGUI_VERSION_NUM")
string(REGEX MATCH "[0-9]+" _imgui_num "${_imgui_num}")
if(NOT _imgui_num STREQUAL PIN_IMGUI_VERSION_NUM)
  message(FATAL_ERROR "Dear ImGui in ${IMGUI_DIR} is version ${_imgui_num}; Vitrine is pinned to ${PIN_IMGUI_VERSION_NUM} "
                      "(scripts/versions.env). Delete third_party/imgui and run scripts/setup.sh.")
endif()

add_library(imgui STATIC
  ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp ${IMGUI_DIR}/imgui_tables.cpp ${IMGUI_DIR}/imgui_widgets.cpp
  ${IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${IMGUI_DIR})
target_compile_features(imgui PUBLIC cxx_std_20)
# No legacy names: Vitrine code uses only the current API.
target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_DISABLE_DEMO_WINDOWS IMGUI_DISABLE_DEBUG_TOOLS)
vitrine_target_sanitizers(imgui)

if(EMSCRIPTEN)
  add_library(imgui_backend_webgl STATIC ${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
  target_link_libraries(imgui_backend_webgl PUBLIC imgui)
  target_include_directories(imgui_backend_webgl SYSTEM PUBLIC ${IMGUI_DIR}/backends)
  target_compile_definitions(imgui_backend_webgl PUBLIC IMGUI_IMPL_OPENGL_ES3)
endif()
