// Splits the lines a user types (or a script holds) into Cypher statements ended by `;`. A `;`
// inside a string, a quoted name or a comment does not end a statement.
#ifndef STEPPE_CLI_STATEMENT_SPLITTER_HPP_
#define STEPPE_CLI_STATEMENT_SPLITTER_HPP_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/lexical_scanner.hpp"

namespace steppe::cli {

struct Statement {
    std::string text;         // without its `;`, leading and trailing white space
    std::uint32_t line = 1;   // where the text begins in the input, 1-based
    std::uint32_t column = 1; // in Unicode code points, 1-based
};

class StatementSplitter {
public:
    // Adds one line of input (without its line break) and returns the statements it ended, in
    // order. Statements of nothing but white space and comments are dropped.
    std::vector<Statement> addLine(std::string_view line);

    // Counts a line of input that was not Cypher (a shell command), so that positions stay
    // those of the input.
    void skipLine() { ++lineNumber_; }

    // Whether a statement (or a comment or literal) has begun and not yet ended, so more lines
    // are needed: the shell shows its continuation prompt.
    bool pending() const { return hasContent_ || !scanner_.inCode(); }

    // At the end of the input: returns the unfinished statement, if there is one, and forgets
    // it. A script's last statement may so omit its `;`.
    std::optional<Statement> finish();

    // Forgets the unfinished statement (the user pressed Ctrl-C).
    void clear();

private:
    void startStatementAt(std::string_view line, std::size_t i);

    LexicalScanner scanner_;
    std::string buffer_;
    bool hasContent_ = false; // the buffer holds more than white space and comments
    Statement start_;         // position of the buffer's first character
    std::uint32_t lineNumber_ = 0;
};

// Joins the lines of one or more statements into a single line for the history, so that a
// recalled statement is one line to edit and run again. Line breaks become spaces, except
// inside a string literal, where they become the escape `\n` (the same string), and line
// comments are dropped (they would swallow what follows).
std::string joinStatementLines(const std::vector<std::string>& lines);

} // namespace steppe::cli

#endif // STEPPE_CLI_STATEMENT_SPLITTER_HPP_
