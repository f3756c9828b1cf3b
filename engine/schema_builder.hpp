// Summarises a graph's labels, relationship types and property keys for users.
#ifndef STEPPE_ENGINE_SCHEMA_BUILDER_HPP_
#define STEPPE_ENGINE_SCHEMA_BUILDER_HPP_

#include "engine/graph_store.hpp"
#include "steppe/schema.hpp"

namespace steppe::engine {

// Counts everything in one pass over nodes and one over relationships.
Schema describeSchema(const GraphStore& graph);

} // namespace steppe::engine

#endif // STEPPE_ENGINE_SCHEMA_BUILDER_HPP_
