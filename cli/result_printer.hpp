// Prints query results in the formats of `steppe query --format`, and reads --param values.
#ifndef STEPPE_CLI_RESULT_PRINTER_HPP_
#define STEPPE_CLI_RESULT_PRINTER_HPP_

#include <ostream>
#include <string>
#include <vector>

#include "steppe/query_result.hpp"

namespace steppe::cli {

// The formats printResult knows: table, csv, tsv, json, jsonl (docs/cli.md).
const std::vector<std::string>& resultFormats();

// `format` is one of resultFormats().
void printResult(const QueryResult& result, const std::string& format, std::ostream& out);

// Parses NAME=JSON into parameters; on failure returns false with a reason in *error.
bool parseParameter(const std::string& assignment, Parameters* parameters, std::string* error);

} // namespace steppe::cli

#endif // STEPPE_CLI_RESULT_PRINTER_HPP_
