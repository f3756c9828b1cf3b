// The registry of Cypher's scalar functions over values: conversion (toString, toInteger, ...),
// string (toUpper, substring, split, ...), list (size, head, range, ...) and math (abs, round,
// sqrt, sin, ...) functions, plus coalesce.
//
// The binder looks a function up once by name and checks the argument count against
// minArgs/maxArgs; the executor then calls `call` per row with exactly that many evaluated
// arguments, so no name lookup happens per row. Functions that need the graph (id, labels,
// type, keys and properties of nodes and relationships, length, nodes, relationships,
// startNode, endNode) and aggregates are not here; for keys() and properties() of a plain map
// see map_functions.hpp.
//
// Semantics are openCypher 9, and Neo4j's where openCypher is silent:
//   - A null argument gives a null result (coalesce excepted, which exists to skip nulls).
//   - A value of the wrong kind is a TypeError "InvalidArgumentValue" (the detail the TCK gives
//     every runtime argument error: TypeConversion1-4, Graph3 [9], Graph4 [6]), except range(),
//     whose non-integer arguments are an ArgumentError "InvalidArgumentType" (List11 [5]).
//   - A number out of range (a negative length, range() step 0, toInteger('1e30')) is an
//     ArgumentError "NumberOutOfRange".
//   - Strings are indexed and counted in Unicode code points.
//
// Thread safety: the registry is immutable and every function may run concurrently.
#ifndef STEPPE_QUERY_FUNCTIONS_SCALAR_FUNCTIONS_HPP_
#define STEPPE_QUERY_FUNCTIONS_SCALAR_FUNCTIONS_HPP_

#include <cstdint>
#include <span>
#include <string_view>

#include "query/ast.hpp"
#include "steppe/value.hpp"

namespace steppe::query::functions {

// maxArgs of a function that takes any number of arguments from minArgs up (coalesce).
inline constexpr int kVariadic = -1;

// The longest list range() builds: range() materialises its list, so range(0, 10^12) would
// exhaust memory instead of failing. Longer ranges are an ArgumentError "NumberOutOfRange".
inline constexpr std::int64_t kMaxRangeLength = std::int64_t{1} << 24;

struct ScalarFunction {
    const char* name; // the documented spelling, e.g. "toUpper"
    int minArgs;
    int maxArgs; // kVariadic: no upper bound
    // Evaluates the function. REQUIRES: minArgs <= args.size() <= maxArgs (unless variadic).
    // `span` is the call expression, for error positions.
    Value (*call)(std::span<const Value> args, ast::SourceSpan span);
    // False for rand(): the result differs between calls with the same arguments, so the
    // binder must not constant-fold the call.
    bool deterministic;
};

// Returns the function named `name`, compared case-insensitively as Cypher requires
// ("TOUPPER", "toupper"), or nullptr when there is none.
const ScalarFunction* findScalarFunction(std::string_view name);

// Returns every function, e.g. for "did you mean ...?" hints on an unknown name.
std::span<const ScalarFunction> scalarFunctions();

} // namespace steppe::query::functions

#endif // STEPPE_QUERY_FUNCTIONS_SCALAR_FUNCTIONS_HPP_
