// Writes the selected part of a graph as the CSV pair of `neo4j-admin database import`
// (see steppe/export.hpp and docs/scale-out.md).
#ifndef STEPPE_ENGINE_EXPORT_NEO4J_CSV_WRITER_HPP_
#define STEPPE_ENGINE_EXPORT_NEO4J_CSV_WRITER_HPP_

#include <ostream>

#include "engine/export/export_selection.hpp"
#include "steppe/status.hpp"

namespace steppe::engine {

// Fails with kInvalidArgument, before writing anything, when a node has a property named like
// the id column (kExportIdProperty), or a label or a string in a list holds the array
// delimiter `;`, which the format cannot escape.
Status exportNeo4jCsv(const ExportSelection& selection, std::ostream& nodes,
                      std::ostream& relationships);

} // namespace steppe::engine

#endif // STEPPE_ENGINE_EXPORT_NEO4J_CSV_WRITER_HPP_
