# Reads the pinned third-party versions from scripts/versions.env, the single place they are written.
file(STRINGS "${CMAKE_CURRENT_SOURCE_DIR}/scripts/versions.env" _vitrine_pins REGEX "^[A-Z0-9_]+=")
foreach(_pin IN LISTS _vitrine_pins)
  string(REGEX MATCH "^([A-Z0-9_]+)=(.*)$" _ "${_pin}")
  set(PIN_${CMAKE_MATCH_1} "${CMAKE_MATCH_2}")
endforeach()
