#include "engine/adjacency.hpp"

#include <algorithm>
#include <utility>

#include <boost/graph/compressed_sparse_row_graph.hpp>

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

Adjacency Adjacency::build(std::uint32_t nodes, std::span<const NodeIndex> ends,
                           std::span<const NodeIndex> neighbours, std::span<const TypeId> types) {
    const std::size_t count = ends.size();
    Adjacency adjacency;
    // The arrays of Boost's CSR graph are filled in place (they are its public members, as
    // pointIntoStorage says): its own constructors order a row by neighbour only, and the
    // rows here are ordered by type first.
    auto& forward = adjacency.storage_->graph.m_forward;
    std::vector<std::uint32_t>& rowStart = forward.m_rowstart;
    rowStart.assign(static_cast<std::size_t>(nodes) + 1, 0);
    for (NodeIndex end : ends) {
        ++rowStart[end + 1];
    }
    for (std::size_t n = 1; n < rowStart.size(); ++n) {
        rowStart[n] += rowStart[n - 1];
    }

    // A counting sort by node, then a sort of each row: a comparison sort of every relationship
    // at once was the slowest step of a load.
    struct Entry {
        TypeId type;
        NodeIndex neighbour;
        RelIndex rel;
    };
    std::vector<Entry> entries(count);
    {
        std::vector<std::uint32_t> next(rowStart.begin(), rowStart.end() - 1);
        for (std::size_t r = 0; r < count; ++r) {
            entries[next[ends[r]]++] = Entry{types[r], neighbours[r], static_cast<RelIndex>(r)};
        }
    }
    auto order = [](const Entry& a, const Entry& b) {
        if (a.type != b.type) {
            return a.type < b.type;
        }
        return a.neighbour != b.neighbour ? a.neighbour < b.neighbour : a.rel < b.rel;
    };
    for (std::uint32_t n = 0; n < nodes; ++n) {
        std::sort(entries.begin() + rowStart[n], entries.begin() + rowStart[n + 1], order);
    }

    forward.m_column.resize(count);
    forward.m_edge_properties.resize(count);
    adjacency.runStart_.assign(static_cast<std::size_t>(nodes) + 1, 0);
    for (std::uint32_t n = 0; n < nodes; ++n) {
        for (std::uint32_t i = rowStart[n]; i < rowStart[n + 1]; ++i) {
            forward.m_column[i] = entries[i].neighbour;
            forward.m_edge_properties[i] = entries[i].rel;
            if (i == rowStart[n] || entries[i].type != entries[i - 1].type) {
                adjacency.runs_.push_back(TypeRun{entries[i].type, i});
            }
        }
        adjacency.runStart_[n + 1] = static_cast<std::uint32_t>(adjacency.runs_.size());
    }
    // The run after a node's last one starts where its row ends, as nodes without
    // relationships have no runs; this sentinel does so for the last node with any.
    adjacency.runs_.push_back(TypeRun{kNoId, static_cast<std::uint32_t>(count)});
    adjacency.runs_.shrink_to_fit();
    adjacency.nodeCount_ = nodes;
    adjacency.edgeCount_ = count;
    adjacency.pointIntoStorage();
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
