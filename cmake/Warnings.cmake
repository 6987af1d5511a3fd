# vitrine_target_defaults(<target>): the language level and warnings every Vitrine target builds with.
function(vitrine_target_defaults target)
  target_compile_features(${target} PUBLIC cxx_std_20)
  set_target_properties(${target} PROPERTIES CXX_EXTENSIONS OFF)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion)
  vitrine_target_sanitizers(${target})
endfunction()
