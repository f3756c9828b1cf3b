// Prints query results in the formats of `steppe query --format`, and reads --param values.
#ifndef STEPPE_CLI_RESULT_PRINTER_HPP_
#define STEPPE_CLI_RESULT_PRINTER_HPP_

#include <ostream>
#include <string>
#include <vector>

#include "cli/table_printer.hpp"
#include "steppe/query_result.hpp"

namespace steppe::cli {

// The formats printResult knows, as `steppe query --format` and the shell's `:format` take
// them: table, csv, tsv, json, jsonl, markdown and dot (docs/cli.md).
const std::vector<std::string>& resultFormats();

struct PrintOptions {
    std::string format = "table"; // one of resultFormats()
    TableStyle table;             // how `table` looks
};

void printResult(const QueryResult& result, const PrintOptions& options, std::ostream& out);
// The same with the default options for that format: a plain ASCII table without timing.
void printResult(const QueryResult& result, const std::string& format, std::ostream& out);

// Parses NAME=JSON into parameters; on failure returns false with a reason in *error.
bool parseParameter(const std::string& assignment, Parameters* parameters, std::string* error);

} // namespace steppe::cli

#endif // STEPPE_CLI_RESULT_PRINTER_HPP_
