// Writes the selected part of a graph as a Cypher script, one statement per line (see
// steppe/export.hpp).
#ifndef STEPPE_ENGINE_EXPORT_CYPHER_WRITER_HPP_
#define STEPPE_ENGINE_EXPORT_CYPHER_WRITER_HPP_

#include <ostream>

#include "engine/export/export_selection.hpp"
#include "steppe/status.hpp"

namespace steppe::engine {

// Fails with kInvalidArgument when a node has a property named like the id property
// (kExportIdProperty), or a value Cypher has no literal for (NaN, infinities).
Status exportCypherScript(const ExportSelection& selection, std::ostream& out);

} // namespace steppe::engine

#endif // STEPPE_ENGINE_EXPORT_CYPHER_WRITER_HPP_
