// Rounding a double to a number of decimal places, for round(x, precision [, mode]).
#ifndef STEPPE_QUERY_FUNCTIONS_DECIMAL_ROUNDING_HPP_
#define STEPPE_QUERY_FUNCTIONS_DECIMAL_ROUNDING_HPP_

#include <cstdint>
#include <string_view>

namespace steppe::query::functions {

// Java's java.math.RoundingMode, which Neo4j's round() takes by name.
enum class RoundingMode : std::uint8_t {
    kUp,          // away from zero
    kDown,        // toward zero
    kCeiling,     // toward positive infinity
    kFloor,       // toward negative infinity
    kHalfUp,      // to the nearest; ties away from zero
    kHalfDown,    // to the nearest; ties toward zero
    kHalfEven,    // to the nearest; ties to the even neighbour
    kUnnecessary, // no rounding allowed
};

// Parses a mode as Java spells it ("HALF_UP"), ignoring case. Returns false for other names.
bool parseRoundingMode(std::string_view name, RoundingMode* mode);

// Rounds `x` to `precision` decimal places (REQUIRES: precision >= 0) and stores the result.
// The rounding works on the decimal digits x prints with (its shortest round-trip form), as
// Neo4j's BigDecimal.valueOf(x) does, so round(2.675, 2) is 2.68 even though the double
// nearest 2.675 lies just below it. NaN, infinities and values that already have at most
// `precision` decimals come back unchanged. Returns false, storing nothing, when `mode` is
// kUnnecessary and the value would change.
bool roundDecimal(double x, std::int64_t precision, RoundingMode mode, double* result);

} // namespace steppe::query::functions

#endif // STEPPE_QUERY_FUNCTIONS_DECIMAL_ROUNDING_HPP_
