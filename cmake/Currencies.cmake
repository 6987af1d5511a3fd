# The currencies the core accepts, generated at build time (scripts/currency_table.py) from
# Debian's iso-codes (the ISO 4217 codes) and python3-babel (CLDR's minor digits): a real list,
# never a hand-kept one. scripts/setup.sh installs both.
set(VITRINE_ISO_4217_JSON "/usr/share/iso-codes/json/iso_4217.json")
if(NOT EXISTS "${VITRINE_ISO_4217_JSON}")
  message(FATAL_ERROR "${VITRINE_ISO_4217_JSON} is missing (Debian's iso-codes): run scripts/setup.sh (make does it for you).")
endif()
# Debian's own python3, which has Debian's babel; one earlier in PATH (pyenv's, say) may not.
find_program(VITRINE_DEBIAN_PYTHON python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(VITRINE_DEBIAN_PYTHON)
  execute_process(COMMAND "${VITRINE_DEBIAN_PYTHON}" -c "import babel" RESULT_VARIABLE _babel_missing OUTPUT_QUIET ERROR_QUIET)
endif()
if(NOT VITRINE_DEBIAN_PYTHON OR _babel_missing)
  message(FATAL_ERROR "/usr/bin/python3 with Babel (Debian's python3-babel) is missing: run scripts/setup.sh (make does it for you).")
endif()

set(VITRINE_CURRENCY_TABLE "${PROJECT_BINARY_DIR}/generated/core/currency_table.hpp")
add_custom_command(
  OUTPUT "${VITRINE_CURRENCY_TABLE}"
  COMMAND "${CMAKE_COMMAND}" -E make_directory "${PROJECT_BINARY_DIR}/generated/core"
  COMMAND "${VITRINE_DEBIAN_PYTHON}" "${PROJECT_SOURCE_DIR}/scripts/currency_table.py" "${VITRINE_ISO_4217_JSON}" "${VITRINE_CURRENCY_TABLE}"
  DEPENDS "${PROJECT_SOURCE_DIR}/scripts/currency_table.py" "${VITRINE_ISO_4217_JSON}"
  COMMENT "Generating the currency table from iso-codes and CLDR"
  VERBATIM)
