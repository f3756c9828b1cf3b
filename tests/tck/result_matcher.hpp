// Compares a query result with the table of a `the result should be ...` step.
#ifndef STEPPE_TESTS_TCK_RESULT_MATCHER_HPP_
#define STEPPE_TESTS_TCK_RESULT_MATCHER_HPP_

#include <optional>
#include <string>
#include <vector>

#include "steppe/query_result.hpp"
#include "tests/tck/feature_model.hpp"
#include "tests/tck/tck_value.hpp"

namespace steppe::tck {

// A result as the TCK sees it: column names and rows of TckValues.
struct ResultTable {
    std::vector<std::string> columns;
    std::vector<std::vector<TckValue>> rows;
};

enum class RowOrder { kAnyOrder, kInOrder };

// Reads an expected table: the first row is the header, the others are records in the TCK value
// grammar. Returns std::nullopt and sets *error when a cell does not parse or a row is short.
std::optional<ResultTable> parseExpectedTable(const DataTable& table, std::string* error);

// Converts an engine result, describing its nodes and relationships.
ResultTable convertResult(const QueryResult& result);

// Returns "" when `actual` matches `expected`, else a one-line description of the first
// difference: the columns (names and order), then the rows (as a sequence for kInOrder, as a
// multiset for kAnyOrder), with `lists` deciding how lists inside cells compare.
std::string compareResults(const ResultTable& expected, const ResultTable& actual, RowOrder rows,
                           ListOrder lists);

// E.g. "| 1 | 'a' |".
std::string renderRow(const std::vector<TckValue>& row);

// The whole table, header first, one row per line, for --verbose.
std::string renderTable(const ResultTable& table);

} // namespace steppe::tck

#endif // STEPPE_TESTS_TCK_RESULT_MATCHER_HPP_
