// Writes a graph in the loading format (docs/data-format.md), one source, node or edge per
// line, so that big files stay diff-able and greppable.
#ifndef STEPPE_ENGINE_JSON_WRITER_HPP_
#define STEPPE_ENGINE_JSON_WRITER_HPP_

#include <ostream>

#include "engine/graph_store.hpp"
#include "steppe/status.hpp"

namespace steppe::engine {

// Writes `graph` to `out`. Fails (kInvalidArgument) on a value the format cannot hold, such
// as a NaN float; `out` may then hold part of the document.
Status writeGraphJson(const GraphStore& graph, std::ostream& out);

} // namespace steppe::engine

#endif // STEPPE_ENGINE_JSON_WRITER_HPP_
