// Writes a graph in the loading format (docs/data-format.md), one source, node or edge per
// line, so that big files stay diff-able and greppable.
#ifndef STEPPE_ENGINE_JSON_WRITER_HPP_
#define STEPPE_ENGINE_JSON_WRITER_HPP_

#include <ostream>
#include <string>

#include "engine/export/export_selection.hpp"
#include "engine/graph_store.hpp"
#include "steppe/status.hpp"

namespace steppe::engine {

// Writes `graph` to `out`. Fails (kInvalidArgument) on a value the format cannot hold, such
// as a NaN float; `out` may then hold part of the document.
Status writeGraphJson(const GraphStore& graph, std::ostream& out);

// Writes the selected nodes and relationships with their citations. A selection of the whole
// graph writes every source; a part writes the sources it cites.
Status writeGraphJson(const ExportSelection& selection, std::ostream& out);

// A property value as compact JSON text, for formats that carry lists and mixed values as
// text (GraphML, CSV). NaN and the infinities, which JSON lacks, are written as NaN, Infinity
// and -Infinity, as JavaScript and Python's json module read them.
std::string jsonText(const Value& value);

} // namespace steppe::engine

#endif // STEPPE_ENGINE_JSON_WRITER_HPP_
