#include "engine/export/export_selection.hpp"

#include <algorithm>
#include <numeric>

namespace steppe::engine {

namespace {

template <typename T>
void sortUnique(std::vector<T>& items) {
    std::sort(items.begin(), items.end());
    items.erase(std::unique(items.begin(), items.end()), items.end());
}

} // namespace

std::uint32_t ExportSelection::positionOf(NodeIndex node) const {
    if (wholeGraph) {
        return node;
    }
    return static_cast<std::uint32_t>(std::lower_bound(nodes.begin(), nodes.end(), node) -
                                      nodes.begin());
}

ExportSelection selectWholeGraph(std::shared_ptr<const GraphStore> graph) {
    ExportSelection selection;
    selection.nodes.resize(graph->nodeCount());
    std::iota(selection.nodes.begin(), selection.nodes.end(), NodeIndex{0});
    selection.rels.resize(graph->relCount());
    std::iota(selection.rels.begin(), selection.rels.end(), RelIndex{0});
    selection.graph = std::move(graph);
    selection.wholeGraph = true;
    return selection;
}

ExportSelection selectElements(std::shared_ptr<const GraphStore> graph,
                               std::vector<NodeIndex> nodes, std::vector<RelIndex> rels) {
    sortUnique(rels);
    nodes.reserve(nodes.size() + 2 * rels.size());
    for (RelIndex rel : rels) {
        nodes.push_back(graph->relSource(rel));
        nodes.push_back(graph->relTarget(rel));
    }
    sortUnique(nodes);
    ExportSelection selection;
    selection.graph = std::move(graph);
    selection.nodes = std::move(nodes);
    selection.rels = std::move(rels);
    return selection;
}

} // namespace steppe::engine
