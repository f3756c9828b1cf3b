// Adjacency: the relationships of one direction (outgoing or incoming) of a frozen graph, as
// a compressed sparse row (CSR) graph of Boost.Graph, grouped per relationship type.
//
// The relationships of a node are stored contiguously, sorted by (type, neighbour, rel).
// So an expansion along one type touches exactly that type's run: it never scans the node's
// other types, and the neighbours in a run are sorted, ready for merge or galloping
// intersections. A small per-node index of type runs finds a run without a search over
// relationships.
//
// Boost's graph stays inside adjacency.cpp; the hot accessors below read plain arrays that
// point into it, so users of this header neither pay for the Boost headers nor for an
// indirection per neighbour.
#ifndef STEPPE_ENGINE_ADJACENCY_HPP_
#define STEPPE_ENGINE_ADJACENCY_HPP_

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "engine/ids.hpp"

namespace steppe::engine {

// The relationships of one node (and, after a type filter, one type): parallel arrays of
// neighbours and relationship indexes.
struct AdjacencyRange {
    std::span<const NodeIndex> neighbours;
    std::span<const RelIndex> rels;
    std::size_t size() const { return neighbours.size(); }
    bool empty() const { return neighbours.empty(); }
};

class Adjacency {
public:
    Adjacency();
    ~Adjacency();
    Adjacency(Adjacency&&) noexcept;
    Adjacency& operator=(Adjacency&&) noexcept;

    // Builds the adjacency of `nodes` nodes in which relationship r (of type types[r]) leads
    // from ends[r] to neighbours[r]: the outgoing index from (source, target), the incoming one
    // from (target, source). The three spans have one entry per relationship.
    static Adjacency build(std::uint32_t nodes, std::span<const NodeIndex> ends,
                           std::span<const NodeIndex> neighbours, std::span<const TypeId> types);

    // All relationships of `node` in this direction.
    AdjacencyRange all(NodeIndex node) const { return slice(rowStart_[node], rowStart_[node + 1]); }
    // The relationships of `node` of one type; empty when it has none. Inline: expansions
    // call it once per row, and it costs little more than the cache misses it cannot avoid.
    AdjacencyRange ofType(NodeIndex node, TypeId type) const {
        const std::uint32_t last = runStart_[node + 1];
        for (std::uint32_t r = runStart_[node]; r < last; ++r) {
            if (runs_[r].type == type) {
                return slice(runs_[r].begin, runs_[r + 1].begin);
            }
            if (runs_[r].type > type) {
                break;
            }
        }
        return {};
    }
    // The distinct relationship types at `node`, ascending.
    std::vector<TypeId> typesAt(NodeIndex node) const;

    std::uint32_t nodeCount() const { return nodeCount_; }
    std::size_t edgeCount() const { return edgeCount_; }
    std::size_t memoryBytes() const;

private:
    // One run of same-typed relationships of a node: they start at `begin` and end where the
    // next run (or the node's row) ends.
    struct TypeRun {
        TypeId type;
        std::uint32_t begin;
    };
    struct Storage; // the Boost CSR graph

    AdjacencyRange slice(std::uint32_t begin, std::uint32_t end) const {
        return {{column_ + begin, column_ + end}, {rels_ + begin, rels_ + end}};
    }
    void pointIntoStorage();

    std::unique_ptr<Storage> storage_;
    std::vector<std::uint32_t> runStart_; // node i owns runs_[runStart_[i], runStart_[i + 1])
    // Followed by a sentinel, so that a run always ends where the next one begins (a node's
    // last run ends where the next node with relationships begins: the same place).
    std::vector<TypeRun> runs_;
    // Views of the CSR arrays kept in storage_.
    const std::uint32_t* rowStart_ = nullptr;
    const NodeIndex* column_ = nullptr;
    const RelIndex* rels_ = nullptr;
    std::uint32_t nodeCount_ = 0;
    std::size_t edgeCount_ = 0;
};

} // namespace steppe::engine

#endif // STEPPE_ENGINE_ADJACENCY_HPP_
