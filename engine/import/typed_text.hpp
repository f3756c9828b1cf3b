// Reading typed values from text, as CSV fields and GraphML data hold them.
//
// Each parser returns the value, or nullopt with *error saying what is wrong in a phrase that
// completes a message, e.g. `"12x" is not an integer`. The rules are those of the JSON loader:
// integers are 64-bit at most, floats are finite (the graph format cannot hold NaN or an
// infinity), and nothing is guessed: "yes" is not a boolean, " 12" is not an integer.
#ifndef STEPPE_ENGINE_IMPORT_TYPED_TEXT_HPP_
#define STEPPE_ENGINE_IMPORT_TYPED_TEXT_HPP_

#include <optional>
#include <string>
#include <string_view>

#include "steppe/value.hpp"

namespace steppe::engine {

// A decimal integer with an optional sign that fits in `bits` bits (8, 16, 32 or 64).
std::optional<Value> parseInteger(std::string_view text, int bits, std::string* error);

// A decimal floating-point number ("2.5", "-1e-3", "7"); NaN and infinities are refused.
std::optional<Value> parseFloat(std::string_view text, std::string* error);

// "true" or "false" in any case; with `digits`, also "1" and "0" (as XML Schema allows).
std::optional<Value> parseBoolean(std::string_view text, bool digits, std::string* error);

// Returns `text` in quotes for a message, shortened with "..." when it is long.
std::string shownText(std::string_view text);

// Returns `text` without leading and trailing ASCII white space.
std::string_view trimmed(std::string_view text);

} // namespace steppe::engine

#endif // STEPPE_ENGINE_IMPORT_TYPED_TEXT_HPP_
