// Text in DOT files. Boost's escape_dot_string only puts quotes around a value and escapes the
// quotes inside; Graphviz then still reads backslash sequences (\n, \l, \N, ...) in labels and
// tooltips, and rejects a keyword (node, edge, graph, ...) written bare. These functions make
// any text show exactly as it is.
#ifndef STEPPE_ENGINE_EXPORT_DOT_TEXT_HPP_
#define STEPPE_ENGINE_EXPORT_DOT_TEXT_HPP_

#include <cstddef>
#include <string>
#include <string_view>

namespace steppe::engine {

// `text` as a label (an escString), ready for Boost's escape_dot_string: backslashes doubled,
// line breaks as \n, and a bare DOT keyword broken up by a backslash Graphviz drops. Unicode
// passes through as UTF-8.
std::string dotLabel(std::string_view text);

// `text` as a tooltip. Graphviz reads a tooltip's backslashes twice (as an escString, then
// again when it substitutes \N, \G and the like), so each backslash is written four times.
std::string dotTooltip(std::string_view text);

// The same with the double quotes and the escaping of quotes Boost would add, for the parts of
// the file we write ourselves.
std::string dotQuotedLabel(std::string_view text);
std::string dotQuotedTooltip(std::string_view text);

// Breaks text at spaces into lines of at most `width` code points (longer words stay whole),
// so that long names make compact boxes.
std::string wrapWords(std::string_view text, std::size_t width);

} // namespace steppe::engine

#endif // STEPPE_ENGINE_EXPORT_DOT_TEXT_HPP_
