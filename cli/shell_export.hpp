// The shell's `:export dot FILE [QUERY]`: writes a Graphviz diagram to a file.
#ifndef STEPPE_CLI_SHELL_EXPORT_HPP_
#define STEPPE_CLI_SHELL_EXPORT_HPP_

#include <string>

#include "steppe/database.hpp"
#include "steppe/query_result.hpp"
#include "steppe/status.hpp"

namespace steppe::cli {

// Writes a DOT diagram of `result` (of the whole of `db` when result is null) to `path`.
// All-or-nothing: the diagram goes to a temporary file renamed over `path` when complete, so a
// failure leaves no file behind.
Status exportDot(const Database& db, const QueryResult* result, const std::string& path);

} // namespace steppe::cli

#endif // STEPPE_CLI_SHELL_EXPORT_HPP_
