// UTF-8 helpers for the string functions. Cypher counts, indexes and reverses strings in Unicode
// code points, while a Value holds its string as UTF-8 bytes.
//
// Input is expected to be valid UTF-8. Invalid bytes are tolerated, never fatal: counting and
// slicing treat every byte that is not a continuation byte (10xxxxxx) as the start of a code
// point, and case mapping copies a byte it cannot decode unchanged.
#ifndef STEPPE_QUERY_FUNCTIONS_UTF8_HPP_
#define STEPPE_QUERY_FUNCTIONS_UTF8_HPP_

#include <cstddef>
#include <string>
#include <string_view>

namespace steppe::query::functions::utf8 {

// Returns the number of code points in `s`.
std::size_t length(std::string_view s) noexcept;

// Returns the byte offset at which code point number `index` (0-based) starts, or s.size() when
// `s` has no more than `index` code points.
std::size_t offsetOf(std::string_view s, std::size_t index) noexcept;

// Returns the byte offset of the code point after the one starting at `pos` (s.size() at the
// end). REQUIRES: pos < s.size().
std::size_t next(std::string_view s, std::size_t pos) noexcept;

// Returns `s` with its code points in reverse order (combining marks are not kept with their
// base character, as in Neo4j, whose reverse() works on code points too).
std::string reverse(std::string_view s);

// Returns `s` with each code point mapped by the Unicode simple case mapping (one code point to
// one code point: 'é' -> 'É', but 'ß' stays 'ß').
std::string toUpper(std::string_view s);
std::string toLower(std::string_view s);

// Whitespace as Java's Character.isWhitespace defines it (the definition Neo4j's trim() uses):
// the ASCII controls \t \n \v \f \r and U+001C..U+001F, and the Unicode space, line and
// paragraph separators except the non-breaking ones (U+00A0, U+2007, U+202F).
bool isWhitespace(char32_t c) noexcept;

// Returns `s` without leading, trailing, or both leading and trailing whitespace.
std::string_view trimStart(std::string_view s) noexcept;
std::string_view trimEnd(std::string_view s) noexcept;
std::string_view trim(std::string_view s) noexcept;

} // namespace steppe::query::functions::utf8

#endif // STEPPE_QUERY_FUNCTIONS_UTF8_HPP_
