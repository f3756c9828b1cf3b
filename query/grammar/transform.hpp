// Turns the X3 attribute tree into the std-only AST of query/ast.hpp (Kuzu's Transformer):
// chains become binary trees, comparison chains ANDs of comparisons, `exists(pattern)` a pattern
// predicate, negated number literals literals; literals get their values and every node its span.
#ifndef STEPPE_QUERY_GRAMMAR_TRANSFORM_HPP_
#define STEPPE_QUERY_GRAMMAR_TRANSFORM_HPP_

#include <cstdint>
#include <string>
#include <string_view>

#include "query/ast.hpp"
#include "query/grammar/x3_ast.hpp"

namespace steppe::query::grammar {

// A syntax error found while transforming (an integer literal out of range, `x[]`): thrown by
// transformStatement.
struct TransformError {
    std::uint32_t offset = 0;
    std::uint32_t length = 0;
    std::string message;
    std::string detail; // openCypher detail code, e.g. "IntegerOverflow"
    std::string hint;
};

// The deepest expression tree the transform builds. Later stages walk expressions recursively;
// a chain of 10,000 `+` would otherwise make a tree that deep. Long AND/OR/XOR chains are built
// balanced, so generated filters with thousands of alternatives stay well within it.
inline constexpr int kMaxExpressionDepth = 500;

// Converts a parsed statement; `text` is the query it was parsed from.
// Throws TransformError.
ast::Statement transformStatement(const x3ast::statement& parsed, std::string_view text);

} // namespace steppe::query::grammar

#endif // STEPPE_QUERY_GRAMMAR_TRANSFORM_HPP_
