#include "engine/export/selection_graph.hpp"

#include <utility>
#include <vector>

namespace steppe::engine {

SelectionGraph buildSelectionGraph(const ExportSelection& selection) {
    const GraphStore& graph = *selection.graph;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> ends;
    ends.reserve(selection.rels.size());
    for (RelIndex rel : selection.rels) {
        ends.emplace_back(selection.positionOf(graph.relSource(rel)),
                          selection.positionOf(graph.relTarget(rel)));
    }
    return SelectionGraph(boost::edges_are_unsorted_multi_pass, ends.begin(), ends.end(),
                          selection.rels.begin(),
                          static_cast<std::uint32_t>(selection.nodes.size()));
}

} // namespace steppe::engine
