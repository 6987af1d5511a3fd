# The fonts the viewer ships, from Debian's font packages (scripts/setup.sh installs them).
# One list, read by the web build (which copies them into dist/fonts/) and by the tests (which
# check that every character of the bundled catalogue has a glyph in them).
# DejaVu covers Latin, Greek, Cyrillic and the symbols (★ £ € ₹); it is all a page fetches before
# its first frame. The fallbacks are fetched only for a catalogue with characters of their
# scripts (src/ui/font_scripts.cpp says which, by the name before '='): Droid Sans Fallback for
# Chinese and Japanese, NanumSquare for the Korean syllables. (Noto Sans CJK covers all three
# but weighs 19 MB in Debian; these two weigh under 5 MB together.)
set(VITRINE_FONT_REGULAR "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
set(VITRINE_FONT_BOLD "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
set(VITRINE_FONT_FALLBACKS
  "cjk=/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
  "hangul=/usr/share/fonts/truetype/nanum/NanumSquareR.ttf")
foreach(_font ${VITRINE_FONT_REGULAR} ${VITRINE_FONT_BOLD} ${VITRINE_FONT_FALLBACKS})
  string(REGEX REPLACE "^[a-z]+=" "" _font "${_font}")
  if(NOT EXISTS "${_font}")
    message(FATAL_ERROR "Font ${_font} is missing: run scripts/setup.sh (make does it for you).")
  endif()
endforeach()
