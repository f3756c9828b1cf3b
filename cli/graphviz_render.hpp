// Runs Graphviz's `dot` to turn a DOT diagram into SVG, PNG or PDF (`steppe export --render`).
#ifndef STEPPE_CLI_GRAPHVIZ_RENDER_HPP_
#define STEPPE_CLI_GRAPHVIZ_RENDER_HPP_

#include <string>

namespace steppe::cli {

// The full path of an executable found on PATH, or "" when there is none.
std::string findOnPath(const std::string& program);

// Runs `dot -T<format> -o <output>` on `dotText`. On failure returns false with a reason in
// *error (Graphviz's own messages go to standard error as it prints them).
bool renderWithGraphviz(const std::string& dotProgram, const std::string& dotText,
                        const std::string& format, const std::string& output, std::string* error);

} // namespace steppe::cli

#endif // STEPPE_CLI_GRAPHVIZ_RENDER_HPP_
