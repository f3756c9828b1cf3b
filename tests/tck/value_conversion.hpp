// Conversions between the engine's values and TckValue: query results become TckValues to be
// compared with expected cells, and parameter cells become engine values.
#ifndef STEPPE_TESTS_TCK_VALUE_CONVERSION_HPP_
#define STEPPE_TESTS_TCK_VALUE_CONVERSION_HPP_

#include <optional>
#include <string>

#include "steppe/query_result.hpp"
#include "steppe/value.hpp"
#include "tests/tck/feature_model.hpp"
#include "tests/tck/tck_value.hpp"

namespace steppe::tck {

// Converts a value of `result`'s rows. Nodes and relationships are described through `result`
// (labels, type, properties); a path step is forward when its relationship starts at the node
// the step leaves (a self-loop counts as forward).
TckValue fromEngineValue(const Value& value, const QueryResult& result);

// Converts a parameter cell. Graph elements cannot be parameters: they return std::nullopt
// with *error set.
std::optional<Value> toEngineValue(const TckValue& value, std::string* error);

// Reads the 2-column table of `parameters are:` (no header row), e.g. `| name | 'Alice' |`.
// Returns std::nullopt and sets *error on a malformed row, an unreadable value or a graph element.
std::optional<Parameters> parseParameterTable(const DataTable& table, std::string* error);

} // namespace steppe::tck

#endif // STEPPE_TESTS_TCK_VALUE_CONVERSION_HPP_
