// ExportSelection: the nodes and relationships of one graph that an export writes — all of
// them, or those a query returned.
#ifndef STEPPE_ENGINE_EXPORT_EXPORT_SELECTION_HPP_
#define STEPPE_ENGINE_EXPORT_EXPORT_SELECTION_HPP_

#include <memory>
#include <vector>

#include "engine/graph_store.hpp"
#include "engine/ids.hpp"

namespace steppe::engine {

struct ExportSelection {
    std::shared_ptr<const GraphStore> graph;
    std::vector<NodeIndex> nodes; // ascending, unique; holds both ends of every relationship
    std::vector<RelIndex> rels;   // ascending, unique
    bool wholeGraph = false;      // every node and relationship of `graph`

    // The position of a selected node in `nodes`. REQUIRES: the node is selected.
    std::uint32_t positionOf(NodeIndex node) const;
};

// Every node and relationship of the graph.
ExportSelection selectWholeGraph(std::shared_ptr<const GraphStore> graph);

// The given nodes and relationships (in any order, repeats allowed) plus the end nodes of the
// relationships.
ExportSelection selectElements(std::shared_ptr<const GraphStore> graph,
                               std::vector<NodeIndex> nodes, std::vector<RelIndex> rels);

} // namespace steppe::engine

#endif // STEPPE_ENGINE_EXPORT_EXPORT_SELECTION_HPP_
