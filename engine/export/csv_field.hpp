// One field of an RFC 4180 CSV file.
#ifndef STEPPE_ENGINE_EXPORT_CSV_FIELD_HPP_
#define STEPPE_ENGINE_EXPORT_CSV_FIELD_HPP_

#include <string>
#include <string_view>

namespace steppe::engine {

// `text` as a field: in double quotes, with quotes doubled, when it holds a comma, a quote or
// a line break, or when it is empty and `quoteEmpty` (Neo4j's import reads a bare empty field
// as "no value" and "" as the empty string).
std::string csvField(std::string_view text, bool quoteEmpty = false);

} // namespace steppe::engine

#endif // STEPPE_ENGINE_EXPORT_CSV_FIELD_HPP_
