// Widths of UTF-8 text on a terminal, counted in code points (each taken as one column).
#ifndef STEPPE_CLI_TEXT_WIDTH_HPP_
#define STEPPE_CLI_TEXT_WIDTH_HPP_

#include <cstddef>
#include <string>
#include <string_view>

namespace steppe::cli {

std::size_t displayWidth(std::string_view text);

// `text` cut to at most `width` columns, ending in `ellipsis` when it was cut; never splits a
// character. REQUIRES: width > displayWidth(ellipsis).
std::string truncateToWidth(std::string_view text, std::size_t width, std::string_view ellipsis);

} // namespace steppe::cli

#endif // STEPPE_CLI_TEXT_WIDTH_HPP_
