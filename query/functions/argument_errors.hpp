// How the operators and scalar functions report bad input. Every helper throws a QueryError
// whose Status carries the openCypher detail code the TCK expects for that situation.
#ifndef STEPPE_QUERY_FUNCTIONS_ARGUMENT_ERRORS_HPP_
#define STEPPE_QUERY_FUNCTIONS_ARGUMENT_ERRORS_HPP_

#include <string>

#include "query/ast.hpp"
#include "steppe/value.hpp"

namespace steppe::query::functions {

// Returns a short description of a value for error messages: the literal and kind of a
// scalar ("1 (INTEGER)", "'abc' (STRING)", long strings cut short) and only the kind of a
// list, map or graph value, whose literal could be arbitrarily large.
std::string describeValue(const Value& v);

// A function got a value of a kind it does not accept: TypeError "InvalidArgumentValue", the
// detail the TCK expects for a bad argument found at runtime (TypeConversion1-4, Graph3 [9],
// Graph4 [6]). `function` is the name as documented, e.g. "toUpper"; `expected` completes
// "expected ...", e.g. "a STRING".
[[noreturn]] void throwBadArgument(const char* function, const char* expected, const Value& got,
                                   ast::SourceSpan span);

// An operator got an operand of a kind it does not accept: TypeError "InvalidArgumentType".
// `message` is complete, e.g. "cannot add INTEGER and MAP".
[[noreturn]] void throwBadOperand(std::string message, ast::SourceSpan span);

// A value of an accepted kind is still unusable (a number out of range, a malformed regular
// expression): ArgumentError with `detail`, e.g.
// "NumberOutOfRange", "IntegerOverflow", "DivisionByZero", "InvalidArgumentValue".
[[noreturn]] void throwBadValue(std::string message, const char* detail, ast::SourceSpan span);

} // namespace steppe::query::functions

#endif // STEPPE_QUERY_FUNCTIONS_ARGUMENT_ERRORS_HPP_
