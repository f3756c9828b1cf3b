// Helpers for positions in source text (graph files, queries): byte offsets to line and
// column, token boundaries, and the whitespace folding that quote verification uses.
#ifndef STEPPE_ENGINE_SOURCE_TEXT_HPP_
#define STEPPE_ENGINE_SOURCE_TEXT_HPP_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace steppe::engine {

struct LineColumn {
    std::uint32_t line = 1;   // 1-based
    std::uint32_t column = 1; // 1-based, in Unicode code points
};

// Returns the line and column of the byte at `offset` (clamped to the text's end).
LineColumn lineColumnAt(std::string_view text, std::size_t offset);

// Given the offset just past a JSON string token (after its closing quote), returns the
// offset of its opening quote.
std::size_t jsonStringStart(std::string_view text, std::size_t end);

// Given the offset just past a JSON number or literal (true, false, null), returns the offset
// of its first character.
std::size_t jsonScalarStart(std::string_view text, std::size_t end);

// Folds every run of white space (ASCII and Unicode spaces such as U+00A0) into one ASCII space
// and trims both ends, so that quotes match text regardless of line breaks and spacing.
std::string foldWhitespace(std::string_view text);

} // namespace steppe::engine

#endif // STEPPE_ENGINE_SOURCE_TEXT_HPP_
