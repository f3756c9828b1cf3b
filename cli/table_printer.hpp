// Results as tables for people: aligned columns on a terminal or in a log (`--format table`),
// and GitHub Markdown for reports (`--format markdown`).
#ifndef STEPPE_CLI_TABLE_PRINTER_HPP_
#define STEPPE_CLI_TABLE_PRINTER_HPP_

#include <cstddef>
#include <ostream>
#include <string>

#include "steppe/query_result.hpp"

namespace steppe::cli {

struct TableStyle {
    bool unicode = false;          // box drawing and "…"; plain ASCII and "..." otherwise
    std::size_t terminalWidth = 0; // columns of the terminal printed to; 0 when not a terminal
    double elapsedMs = -1;         // the query's time for the footer; negative leaves it out
};

// Cells longer than this are cut, unless the whole table fits the terminal.
inline constexpr std::size_t kMaxCellWidth = 60;

// Values in Cypher literal style (`'Georgia'`, `(:Country {name: 'Georgia'})`), a header rule
// and a footer "N rows (0.3 ms)".
void printTable(const QueryResult& result, const TableStyle& style, std::ostream& out);

// A GitHub table: strings as they are, `|` escaped, line breaks as <br>, numeric columns
// right-aligned.
void printMarkdown(const QueryResult& result, std::ostream& out);

// A value as plain text in a cell: strings as they are, null as nothing, anything else as a
// Cypher literal.
std::string plainCellText(const Value& value, const QueryResult& result);

} // namespace steppe::cli

#endif // STEPPE_CLI_TABLE_PRINTER_HPP_
