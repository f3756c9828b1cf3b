// The order in which a pattern's nodes are bound: where to start and which relationship to
// follow next. Each candidate start is tried; from it, the relationship chosen next is the one
// that leaves the fewest rows, estimated from label counts and the average degree per
// relationship type and label (engine/graph_statistics.hpp). A relationship whose two ends
// are bound already (one that closes a cycle) filters rows, so it is taken as soon as it can
// be. The order with the fewest rows summed over all steps wins, counting for each expansion
// the relationships it walks as well as the rows it keeps.
//
// This works on an abstract description (vertices and edges with their estimates) so that it
// can be tested without a graph; query/planner/planner.cpp builds the description.
#ifndef STEPPE_QUERY_PLANNER_JOIN_ORDER_HPP_
#define STEPPE_QUERY_PLANNER_JOIN_ORDER_HPP_

#include <cstddef>
#include <vector>

namespace steppe::query {

// A node variable of the pattern.
struct OrderVertex {
    double labelled = 1;   // nodes with its labels
    double candidates = 1; // of those, the nodes its property constraints may leave
    bool bound = false;    // bound before the pattern: every row has it
    bool startable = true; // its constraints can be checked at the start (read nothing unbound)
};

// A relationship of the pattern between vertices a and b (a == b for a self-loop).
struct OrderEdge {
    std::size_t a = 0;
    std::size_t b = 0;
    double fanoutFromA = 1; // neighbours b-like per a-like node, on average
    double fanoutFromB = 1;
    // Relationships walked per a-like node before b's labels are checked (0: fanoutFromA).
    // Following an edge costs the relationships it walks plus the rows it keeps.
    double walkFromA = 0;
    double walkFromB = 0;
};

struct OrderStep {
    enum Kind { kStart, kExpand } kind = kStart;
    std::size_t vertex = 0; // kStart: the vertex scanned
    std::size_t edge = 0;   // kExpand: the edge followed
    bool fromA = true;      // kExpand: from its a end to its b end
};

struct JoinOrder {
    std::vector<OrderStep> steps;
    double cost = 0; // estimated rows, summed over the steps
};

// Every edge appears in exactly one kExpand step; every unbound vertex is bound by a kStart or
// a kExpand. A kStart after the first begins a part of the pattern not connected to the rows
// so far (a cartesian product).
JoinOrder chooseJoinOrder(const std::vector<OrderVertex>& vertices,
                          const std::vector<OrderEdge>& edges);

} // namespace steppe::query

#endif // STEPPE_QUERY_PLANNER_JOIN_ORDER_HPP_
