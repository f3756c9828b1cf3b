// Writes the selected part of a graph as a Graphviz DOT digraph (see steppe/export.hpp).
#ifndef STEPPE_ENGINE_EXPORT_DOT_WRITER_HPP_
#define STEPPE_ENGINE_EXPORT_DOT_WRITER_HPP_

#include <ostream>

#include "engine/export/export_selection.hpp"
#include "steppe/export.hpp"
#include "steppe/status.hpp"

namespace steppe::engine {

// Fails with kInvalidArgument for a rankdir other than LR or TB, or a clusterBy key that no
// entity of the graph has.
Status exportDot(const ExportSelection& selection, const DotOptions& options, std::ostream& out);

} // namespace steppe::engine

#endif // STEPPE_ENGINE_EXPORT_DOT_WRITER_HPP_
