// Cypher's operators over evaluated operands: the expression evaluator's arithmetic, logic,
// comparison, string, list-membership and null tests.
//
// openCypher 9 semantics, with three-valued logic: null stands for "unknown", so most
// operators return null when an operand is null, while AND, OR, XOR and IN give a definite
// answer whenever the known operands decide it. See arithmetic.hpp for + - * / % ^.
//
// Errors are thrown as QueryError (query/query_error.hpp) carrying `span`:
//   - TypeError "InvalidArgumentType": an operand of a kind the operator does not accept
//     (NOT 1, 1 AND true, 1 IN 'abc', 1 - 'a').
//   - ArgumentError: "IntegerOverflow", "DivisionByZero", or "InvalidArgumentValue" for a
//     malformed regular expression.
//
// Thread safety: all functions may be called concurrently.
#ifndef STEPPE_QUERY_FUNCTIONS_OPERATORS_HPP_
#define STEPPE_QUERY_FUNCTIONS_OPERATORS_HPP_

#include <optional>

#include "query/ast.hpp"
#include "steppe/value.hpp"

namespace steppe::query::functions {

// Evaluates a unary operator: kNot, kNegate, kPlus, kIsNull, kIsNotNull.
// REQUIRES: `op` is one of those (a binary operator throws an internal error).
Value applyUnary(ast::Operator op, const Value& operand, ast::SourceSpan span);

// Evaluates a binary operator on two evaluated operands: every operator from kOr to kPower.
// AND, OR and XOR are evaluated without short-circuit (both operands are type-checked).
// REQUIRES: `op` is binary.
Value applyBinary(ast::Operator op, const Value& left, const Value& right, ast::SourceSpan span);

// Three-valued logic (Boolean1-5): false AND x = false, true OR x = true, null otherwise
// decides; XOR is null whenever an operand is null. Both operands must be booleans or null,
// whatever the other one is (Boolean1-3 [8]: `false AND 123` is an error).
Value logicalAnd(const Value& a, const Value& b, ast::SourceSpan span = {});
Value logicalOr(const Value& a, const Value& b, ast::SourceSpan span = {});
Value logicalXor(const Value& a, const Value& b, ast::SourceSpan span = {});
Value logicalNot(const Value& a, ast::SourceSpan span = {});

// `=` and `<>` (via steppe::equals): null when the answer depends on a null; values of
// different kinds are unequal (Comparison1).
Value equalTo(const Value& a, const Value& b);
Value notEqualTo(const Value& a, const Value& b);

// `<`, `<=`, `>`, `>=` (via steppe::compare): null for values of incomparable kinds and for
// null (Comparison2 [3], [6]); false when NaN meets a number (Comparison2 [5]).
Value lessThan(const Value& a, const Value& b);
Value lessOrEqual(const Value& a, const Value& b);
Value greaterThan(const Value& a, const Value& b);
Value greaterOrEqual(const Value& a, const Value& b);

// STARTS WITH, ENDS WITH, CONTAINS: a boolean when both operands are strings, null for
// anything else, whatever its kind (String8-10 [8]: 1 STARTS WITH [] is null, not an error).
Value startsWith(const Value& text, const Value& prefix);
Value endsWith(const Value& text, const Value& suffix);
Value contains(const Value& text, const Value& part);

// `text =~ pattern`: true iff the RE2 pattern matches the whole string (see regex_cache.hpp).
// Null when either operand is null or the text is not a string (as in Neo4j); a pattern that
// is not a string is a TypeError "InvalidArgumentType".
Value regexMatch(const Value& text, const Value& pattern, ast::SourceSpan span);

// `element IN list` (List5, Null3 [4]): true if some item equals `element`; otherwise null if
// some comparison was null (4 IN [1, null] is null, null IN [1] is null), else false
// (null IN [] is false). A null list gives null; any other non-list is a TypeError
// "InvalidArgumentType".
Value isIn(const Value& element, const Value& list, ast::SourceSpan span);

} // namespace steppe::query::functions

#endif // STEPPE_QUERY_FUNCTIONS_OPERATORS_HPP_
