# The asan preset sets VITRINE_SANITIZE=ON: AddressSanitizer + UndefinedBehaviorSanitizer on every Vitrine target.
option(VITRINE_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

function(vitrine_target_sanitizers target)
  if(VITRINE_SANITIZE)
    target_compile_options(${target} PUBLIC -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(${target} PUBLIC -fsanitize=address,undefined)
  endif()
endfunction()
