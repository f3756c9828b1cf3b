// What operators and the expression evaluator share while a statement runs: the graph, the
// parameters, the writes made so far, and the flag that stops scans early.
#ifndef STEPPE_QUERY_EXECUTOR_EXEC_CONTEXT_HPP_
#define STEPPE_QUERY_EXECUTOR_EXEC_CONTEXT_HPP_

#include <cstdint>
#include <string>
#include <vector>

#include "engine/graph_store.hpp"
#include "steppe/query_result.hpp"
#include "steppe/value.hpp"

namespace steppe::query {

// One row of the pipeline: a value per slot of the statement. Operators write their slots in
// place and pass the same row on, so the expand path allocates nothing per row.
using Row = std::vector<Value>;

// Nodes and relationships created by the running statement. They get the indexes that follow
// the graph's own, and are added to a new store when the statement succeeds.
struct PendingWrites {
    struct Node {
        std::string id;
        std::vector<std::string> labels;
        ValueMap properties; // sorted by key
    };
    struct Relationship {
        NodeRef from;
        NodeRef to;
        std::string type;
        ValueMap properties;
    };
    std::vector<Node> nodes;
    std::vector<Relationship> relationships;
    std::uint64_t nextGeneratedId = 0;
};

struct ExecContext {
    const engine::GraphStore& graph;
    const Parameters& parameters;
    PendingWrites* writes = nullptr; // null for a read-only statement
    std::uint32_t slotCount = 0;     // the width of a row
    bool stop = false;               // no more rows are wanted: scans end early
    // How many rows the row being pushed stands for: CountExpand multiplies it when it counts
    // the rest of a pattern instead of producing its rows, and the Aggregate operator adds it.
    std::uint64_t rowWeight = 1;

    bool isPendingNode(NodeRef n) const { return n.index >= graph.nodeCount(); }
    bool isPendingRel(RelRef r) const { return r.index >= graph.relCount(); }
    const PendingWrites::Node& pendingNode(NodeRef n) const {
        return writes->nodes[n.index - graph.nodeCount()];
    }
    const PendingWrites::Relationship& pendingRel(RelRef r) const {
        return writes->relationships[r.index - graph.relCount()];
    }
};

} // namespace steppe::query

#endif // STEPPE_QUERY_EXECUTOR_EXEC_CONTEXT_HPP_
