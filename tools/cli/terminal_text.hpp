// What the command line prints comes from the files it reads: a value holding ESC ] … BEL or
// ESC [2J would set the terminal's title or clear its screen. Control characters are shown
// escaped instead, in C's notation: C0 and DEL as \x1b, C1 (U+0080 to U+009F) as \u009b.
#pragma once

#include <string>
#include <string_view>

namespace vitrine::cli {

// `text` (valid UTF-8) with every control character written as its escape; a newline or a tab
// too, so that one value cannot forge another line of output.
std::string terminal_text(std::string_view text);

}  // namespace vitrine::cli
