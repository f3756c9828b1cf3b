// The scalar functions by theme, each group defined in its own file and gathered by
// scalar_functions.cpp into one registry. Also the argument checks the groups share.
#ifndef STEPPE_QUERY_FUNCTIONS_FUNCTION_GROUPS_HPP_
#define STEPPE_QUERY_FUNCTIONS_FUNCTION_GROUPS_HPP_

#include <cstdint>
#include <span>
#include <string>

#include "query/ast.hpp"
#include "query/functions/scalar_functions.hpp"
#include "steppe/value.hpp"

namespace steppe::query::functions {

std::span<const ScalarFunction> conversionFunctions(); // conversion_functions.cpp
std::span<const ScalarFunction> stringFunctions();     // string_functions.cpp
std::span<const ScalarFunction> listFunctions();       // list_functions.cpp
std::span<const ScalarFunction> mathFunctions();       // math_functions.cpp

// Returns true if any argument is null: most functions then return null at once.
bool anyNull(std::span<const Value> args) noexcept;

// Return the argument's content, or throw the TypeError of throwBadArgument when it has
// another kind. `function` names the function for the message.
const std::string& stringArgument(const Value& v, const char* function, ast::SourceSpan span);
std::int64_t integerArgument(const Value& v, const char* function, ast::SourceSpan span);
double numberArgument(const Value& v, const char* function, ast::SourceSpan span);

// Returns a non-negative integer argument; a negative one is an ArgumentError
// "NumberOutOfRange" that names `what` ("length", "start").
std::int64_t countArgument(const Value& v, const char* function, const char* what,
                           ast::SourceSpan span);

} // namespace steppe::query::functions

#endif // STEPPE_QUERY_FUNCTIONS_FUNCTION_GROUPS_HPP_
