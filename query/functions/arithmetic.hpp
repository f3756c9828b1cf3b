// The arithmetic operators + - * / % ^ and unary - and +, over evaluated operands.
//
// Semantics (openCypher 9; where it is silent, Neo4j's, whose CypherMath these follow):
//   - null in, null out, for every operator and every other operand.
//   - INTEGER op INTEGER stays INTEGER, checked: a result outside int64 (also INT64_MIN / -1
//     and -INT64_MIN) is an ArgumentError "IntegerOverflow", never a wrap-around.
//   - INTEGER / INTEGER truncates toward zero, and % takes the sign of the dividend, as in
//     Java and C++. An integer divided by (or modulo) integer zero is an ArgumentError
//     "DivisionByZero".
//   - Any FLOAT operand makes the operation a float one, IEEE 754 included: 1.0 / 0 is
//     Infinity, 0.0 / 0 NaN, % is fmod (Java's % on doubles).
//   - ^ always returns a FLOAT (Precedence2 [2]-[4]: 4 ^ 3 = 64.0).
//   - + also concatenates: LIST + LIST joins, LIST + x appends, x + LIST prepends; STRING +
//     STRING joins, and a STRING joined with an INTEGER, FLOAT or BOOLEAN takes that value's
//     toString() text ('a' + 1 = 'a1', as in Neo4j).
//   - Anything else is a TypeError "InvalidArgumentType".
// The integer and float paths never allocate.
#ifndef STEPPE_QUERY_FUNCTIONS_ARITHMETIC_HPP_
#define STEPPE_QUERY_FUNCTIONS_ARITHMETIC_HPP_

#include "query/ast.hpp"
#include "steppe/value.hpp"

namespace steppe::query::functions {

// Each returns `a op b`; `span` is where errors point (the operator expression).
Value add(const Value& a, const Value& b, ast::SourceSpan span);
Value subtract(const Value& a, const Value& b, ast::SourceSpan span);
Value multiply(const Value& a, const Value& b, ast::SourceSpan span);
Value divide(const Value& a, const Value& b, ast::SourceSpan span);
Value modulo(const Value& a, const Value& b, ast::SourceSpan span);
Value power(const Value& a, const Value& b, ast::SourceSpan span);

// Unary `-a` and `+a`: defined on numbers (and null) only.
Value negate(const Value& a, ast::SourceSpan span);
Value unaryPlus(const Value& a, ast::SourceSpan span);

} // namespace steppe::query::functions

#endif // STEPPE_QUERY_FUNCTIONS_ARITHMETIC_HPP_
