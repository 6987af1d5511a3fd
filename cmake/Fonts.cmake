# The fonts the viewer ships, from Debian's font packages (scripts/setup.sh installs them).
# One list, read by the web build (which preloads them) and by the tests (which check that
# every character of the bundled catalogue has a glyph in them).
# DejaVu covers Latin, Greek, Cyrillic and the symbols (★ £ € ₹); Droid Sans Fallback adds Chinese
# and Japanese, NanumSquare the Korean syllables. (Noto Sans CJK covers all three but weighs
# 19 MB in Debian; these two weigh under 5 MB together.)
set(VITRINE_FONT_REGULAR "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
set(VITRINE_FONT_BOLD "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
set(VITRINE_FONT_FALLBACKS
  "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
  "/usr/share/fonts/truetype/nanum/NanumSquareR.ttf")
foreach(_font ${VITRINE_FONT_REGULAR} ${VITRINE_FONT_BOLD} ${VITRINE_FONT_FALLBACKS})
  if(NOT EXISTS "${_font}")
    message(FATAL_ERROR "Font ${_font} is missing: run scripts/setup.sh (make does it for you).")
  endif()
endforeach()
