#include "engine/adjacency.hpp"

#include <algorithm>
#include <utility>

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/iterator/transform_iterator.hpp>

namespace steppe::engine {

// Vertices and edge positions are 32-bit; the edge bundle is the relationship index.
using CsrGraph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, RelIndex,
                                                    boost::no_property, NodeIndex, std::uint32_t>;

struct Adjacency::Storage {
    CsrGraph graph;
};

Adjacency::Adjacency() : storage_(std::make_unique<Storage>()) {
    pointIntoStorage();
}
Adjacency::~Adjacency() = default;
Adjacency::Adjacency(Adjacency&&) noexcept = default;
Adjacency& Adjacency::operator=(Adjacency&&) noexcept = default;

void Adjacency::pointIntoStorage() {
    // CSR rows, columns and edge bundles are public members of Boost's CSR graph: the
    // documented way to get at the arrays without an iterator per neighbour.
    const auto& forward = storage_->graph.m_forward;
    rowStart_ = forward.m_rowstart.data();
    column_ = forward.m_column.data();
    rels_ = forward.m_edge_properties.data();
}

Adjacency Adjacency::build(std::uint32_t nodes, std::vector<HalfEdge> edges) {
    std::sort(edges.begin(), edges.end(), [](const HalfEdge& a, const HalfEdge& b) {
        if (a.node != b.node) {
            return a.node < b.node;
        }
        if (a.type != b.type) {
            return a.type < b.type;
        }
        if (a.neighbour != b.neighbour) {
            return a.neighbour < b.neighbour;
        }
        return a.rel < b.rel;
    });

    auto endpoints = [](const HalfEdge& e) { return std::make_pair(e.node, e.neighbour); };
    auto relOf = [](const HalfEdge& e) { return e.rel; };
    Adjacency adjacency;
    adjacency.storage_->graph =
        CsrGraph(boost::edges_are_sorted, boost::make_transform_iterator(edges.begin(), endpoints),
                 boost::make_transform_iterator(edges.end(), endpoints),
                 boost::make_transform_iterator(edges.begin(), relOf), nodes, edges.size());
    adjacency.nodeCount_ = nodes;
    adjacency.edgeCount_ = edges.size();
    adjacency.pointIntoStorage();

    // Index the type runs of every node.
    adjacency.runStart_.assign(static_cast<std::size_t>(nodes) + 1, 0);
    for (std::size_t i = 0; i < edges.size(); ++i) {
        bool newRun =
            i == 0 || edges[i].node != edges[i - 1].node || edges[i].type != edges[i - 1].type;
        if (newRun) {
            adjacency.runs_.push_back(TypeRun{edges[i].type, static_cast<std::uint32_t>(i)});
            ++adjacency.runStart_[edges[i].node + 1];
        }
    }
    for (std::size_t i = 1; i < adjacency.runStart_.size(); ++i) {
        adjacency.runStart_[i] += adjacency.runStart_[i - 1];
    }
    // The run after a node's last one starts where its row ends, as nodes without
    // relationships have no runs; this sentinel does so for the last node with any.
    adjacency.runs_.push_back(TypeRun{kNoId, static_cast<std::uint32_t>(edges.size())});
    adjacency.runs_.shrink_to_fit();
    return adjacency;
}

std::vector<TypeId> Adjacency::typesAt(NodeIndex node) const {
    std::vector<TypeId> types;
    for (std::uint32_t r = runStart_[node]; r < runStart_[node + 1]; ++r) {
        types.push_back(runs_[r].type);
    }
    return types;
}

std::size_t Adjacency::memoryBytes() const {
    const auto& forward = storage_->graph.m_forward;
    return forward.m_rowstart.capacity() * sizeof(std::uint32_t) +
           forward.m_column.capacity() * sizeof(NodeIndex) +
           forward.m_edge_properties.capacity() * sizeof(RelIndex) +
           runStart_.capacity() * sizeof(std::uint32_t) + runs_.capacity() * sizeof(TypeRun);
}

} // namespace steppe::engine
