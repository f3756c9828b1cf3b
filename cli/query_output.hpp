// What `steppe query` and the shell share when they show a statement's outcome: the error
// with a caret under the fault (docs/cli.md), whether a statement only explains itself, and
// how a table printed to standard output looks.
#ifndef STEPPE_CLI_QUERY_OUTPUT_HPP_
#define STEPPE_CLI_QUERY_OUTPUT_HPP_

#include <ostream>
#include <string_view>

#include "cli/table_printer.hpp"
#include "steppe/status.hpp"

namespace steppe::cli {

// How the position of a statement's error maps to the position the user should see: the
// statement may begin further down a script (add `lines`), or after other text on its first
// line (add `columns` on that line).
struct TextOrigin {
    int lines = 0;
    int columns = 0;
};

// Prints `error: <kind> at L:C: message (hint)`, then the line of `text` at fault with a
// caret under the fault, to `err`.
void printQueryError(const Status& status, std::string_view text, std::ostream& err,
                     TextOrigin origin = {});

// EXPLAIN shows the plan without running the statement, so there are no rows to print.
bool startsWithExplain(std::string_view text);

// The table style for standard output: box lines and the terminal's width (asked anew each
// time, as the window may have been resized) when it is a terminal, plain ASCII otherwise;
// the footer gives `elapsedMs`.
TableStyle tableStyleForStandardOutput(double elapsedMs);

} // namespace steppe::cli

#endif // STEPPE_CLI_QUERY_OUTPUT_HPP_
