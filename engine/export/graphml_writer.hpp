// Writes the selected part of a graph as GraphML (see steppe/export.hpp).
#ifndef STEPPE_ENGINE_EXPORT_GRAPHML_WRITER_HPP_
#define STEPPE_ENGINE_EXPORT_GRAPHML_WRITER_HPP_

#include <ostream>

#include "engine/export/export_selection.hpp"
#include "steppe/status.hpp"

namespace steppe::engine {

// Fails with kInvalidArgument when a property key is one GraphML export reserves (`_id` or
// `labels` on nodes, `label` on relationships) or a text holds a control character that
// XML 1.0 cannot carry; nothing is written then.
Status exportGraphml(const ExportSelection& selection, std::ostream& out);

} // namespace steppe::engine

#endif // STEPPE_ENGINE_EXPORT_GRAPHML_WRITER_HPP_
