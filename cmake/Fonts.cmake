# The fonts the viewer ships, from Debian's font packages (scripts/setup.sh installs them).
# One list, read by the web build (which copies them into dist/fonts/) and by the tests (which
# check that every character of the bundled catalogue has a glyph in them).
#
# Before its first frame a page fetches only the regular face, cut down by fonttools'
# pyftsubset to the blocks below (Latin, Greek, Cyrillic, punctuation, currency, arrows and the
# symbols a shop uses: 190 kB gzipped instead of 380). Everything else arrives afterwards, and
# only for a catalogue with characters of its scripts (src/ui/font_scripts.cpp says which, by the
# name before '='): the whole of DejaVu Sans for the rest of what it covers, Droid Sans Fallback
# for Chinese and Japanese, NanumSquare for the Korean syllables (Noto Sans CJK covers all
# three but weighs 19 MB in Debian; these two weigh under 5 MB together), one Noto Sans face per
# script of fonts-noto-core (25-350 kB each), and Symbola's emoji (monochrome: the colour emoji
# font is bitmaps in a CBDT table, which ImGui's stb_truetype loader does not draw).
set(VITRINE_FONT_FIRST_PAINT_RANGES
  "0000-024F,0250-036F,0370-03FF,0400-052F,1E00-1EFF,2000-206F,20A0-20CF,2100-214F,2190-22FF,2500-27BF,FFFD")
set(_dejavu "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
set(_dejavu_bold "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
set(_noto "/usr/share/fonts/truetype/noto")
set(_symbola "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf")
set(VITRINE_FONT_EMOJI "${CMAKE_BINARY_DIR}/fonts-subset/emoji.ttf")
set(VITRINE_FONT_FALLBACKS
  "dejavu=${_dejavu}"
  "cjk=/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
  "hangul=/usr/share/fonts/truetype/nanum/NanumSquareR.ttf"
  "arabic=${_noto}/NotoSansArabic-Regular.ttf"
  "hebrew=${_noto}/NotoSansHebrew-Regular.ttf"
  "devanagari=${_noto}/NotoSansDevanagari-Regular.ttf"
  "bengali=${_noto}/NotoSansBengali-Regular.ttf"
  "tamil=${_noto}/NotoSansTamil-Regular.ttf"
  "thai=${_noto}/NotoSansThai-Regular.ttf"
  "lao=${_noto}/NotoSansLao-Regular.ttf"
  "khmer=${_noto}/NotoSansKhmer-Regular.ttf"
  "georgian=${_noto}/NotoSansGeorgian-Regular.ttf"
  "armenian=${_noto}/NotoSansArmenian-Regular.ttf"
  "ethiopic=${_noto}/NotoSansEthiopic-Regular.ttf"
  "emoji=${VITRINE_FONT_EMOJI}")
foreach(_font ${_dejavu} ${_dejavu_bold} ${_symbola} ${VITRINE_FONT_FALLBACKS})
  if(_font MATCHES "fonts-subset")
    continue()  # made below
  endif()
  string(REGEX REPLACE "^[a-z]+=" "" _font "${_font}")
  if(NOT EXISTS "${_font}")
    message(FATAL_ERROR "Font ${_font} is missing: run scripts/setup.sh (make does it for you).")
  endif()
endforeach()

find_program(VITRINE_PYFTSUBSET pyftsubset)
if(NOT VITRINE_PYFTSUBSET)
  message(FATAL_ERROR "pyftsubset (Debian's fonttools) is missing: run scripts/setup.sh (make does it for you).")
endif()
# The subsets are made when the build is configured, once per source font and ranges.
function(vitrine_font_subset source output ranges)
  string(REPLACE "," ",U+" _unicodes "U+${ranges}")
  set(_stamp "${output}.ranges")
  if(EXISTS "${output}" AND EXISTS "${_stamp}")
    file(READ "${_stamp}" _made_for)
    if(_made_for STREQUAL "${source} ${_unicodes}")
      return()
    endif()
  endif()
  get_filename_component(_folder "${output}" DIRECTORY)
  file(MAKE_DIRECTORY "${_folder}")
  execute_process(COMMAND "${VITRINE_PYFTSUBSET}" "${source}" "--unicodes=${_unicodes}" "--layout-features=*"
                          "--output-file=${output}"
                  RESULT_VARIABLE _result ERROR_VARIABLE _errors)
  if(NOT _result EQUAL 0)
    message(FATAL_ERROR "pyftsubset could not cut ${source}: ${_errors}")
  endif()
  file(WRITE "${_stamp}" "${source} ${_unicodes}")
endfunction()
set(VITRINE_FONT_REGULAR "${CMAKE_BINARY_DIR}/fonts-subset/regular.ttf")
set(VITRINE_FONT_BOLD "${CMAKE_BINARY_DIR}/fonts-subset/bold.ttf")
vitrine_font_subset("${_dejavu}" "${VITRINE_FONT_REGULAR}" "${VITRINE_FONT_FIRST_PAINT_RANGES}")
vitrine_font_subset("${_dejavu_bold}" "${VITRINE_FONT_BOLD}" "${VITRINE_FONT_FIRST_PAINT_RANGES}")
# Symbola's pictographs and emoji only (its 3 MB are mostly other symbols DejaVu has).
set(VITRINE_FONT_EMOJI_RANGES "2B00-2BFF,1F000-1F02F,1F0A0-1F0FF,1F300-1F5FF,1F600-1F64F,1F680-1F6FF,1F900-1F9FF,1FA70-1FAFF")
vitrine_font_subset("${_symbola}" "${VITRINE_FONT_EMOJI}" "${VITRINE_FONT_EMOJI_RANGES}")
