// Text to number and back, as toString(), toInteger(), toFloat() and string concatenation with
// `+` need it.
#ifndef STEPPE_QUERY_FUNCTIONS_SCALAR_TEXT_HPP_
#define STEPPE_QUERY_FUNCTIONS_SCALAR_TEXT_HPP_

#include <cstdint>
#include <string>
#include <string_view>

#include "steppe/value.hpp"

namespace steppe::query::functions {

// Appends the text toString() gives a string, an integer, a float or a boolean: the string
// itself, "42", "2.5", "1.0E20", "NaN", "true". Floats print as Value::toCypherLiteral prints
// them, so a number reads the same in a result and in a string built from it. Returns false,
// appending nothing, for any other kind.
bool appendScalarText(std::string& out, const Value& v);

enum class ParseResult : std::uint8_t { kOk, kNotANumber, kOutOfRange };

// Parses `text` as toInteger() does (after Neo4j): surrounding whitespace is ignored; an
// optional sign, then decimal digits with an optional fraction and exponent ("42", "-7",
// "2.9", "1.5e3"); the value is truncated toward zero. kNotANumber for anything else ("",
// "foo", "0x1F", "NaN"); kOutOfRange when the truncated value does not fit an int64.
ParseResult parseInteger(std::string_view text, std::int64_t* value);

// Parses `text` as toFloat() does: surrounding whitespace is ignored; an optional sign, then a
// decimal number with optional fraction and exponent, or "NaN"/"Infinity". Magnitudes beyond
// the double range become infinities or zeros, as in Java's Double.parseDouble. Returns false
// for anything else.
bool parseFloat(std::string_view text, double* value);

// Truncates `d` toward zero into an int64. Returns false when d is NaN, infinite or outside
// [-2^63, 2^63).
bool truncateToInteger(double d, std::int64_t* value) noexcept;

} // namespace steppe::query::functions

#endif // STEPPE_QUERY_FUNCTIONS_SCALAR_TEXT_HPP_
