// keys() and properties() of a plain map. The registry leaves both names to the graph-aware
// functions, which also accept nodes and relationships; those handle a map (or null) argument
// by calling these.
#ifndef STEPPE_QUERY_FUNCTIONS_MAP_FUNCTIONS_HPP_
#define STEPPE_QUERY_FUNCTIONS_MAP_FUNCTIONS_HPP_

#include "query/ast.hpp"
#include "steppe/value.hpp"

namespace steppe::query::functions {

// keys(map): the keys as a list of strings, those of null-valued entries included (Map3 [4]),
// in the map's key order (sorted; openCypher leaves the order unspecified). Null for null.
// Any other kind is a TypeError "InvalidArgumentValue".
Value mapKeys(const Value& map, ast::SourceSpan span);

// properties(map): the map itself (Graph9 [4]). Null for null; any other kind is a TypeError
// "InvalidArgumentValue".
Value mapProperties(const Value& map, ast::SourceSpan span);

} // namespace steppe::query::functions

#endif // STEPPE_QUERY_FUNCTIONS_MAP_FUNCTIONS_HPP_
