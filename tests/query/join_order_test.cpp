// chooseJoinOrder (query/planner/join_order.hpp) on hand-made estimates: every edge followed
// once, cycles closed as soon as both ends are bound, the cheap start chosen.
#include <algorithm>
#include <set>
#include <vector>

#include <gtest/gtest.h>

#include "query/planner/join_order.hpp"

namespace steppe::query {
namespace {

OrderVertex vertex(double nodes, bool bound = false) {
    OrderVertex v;
    v.labelled = nodes;
    v.candidates = nodes;
    v.bound = bound;
    return v;
}

OrderEdge edge(std::size_t a, std::size_t b, double fromA, double fromB) {
    return OrderEdge{a, b, fromA, fromB};
}

// Checks what every order must satisfy and returns the vertices in the order they are bound.
std::vector<std::size_t> boundOrder(const std::vector<OrderVertex>& vertices,
                                    const std::vector<OrderEdge>& edges, const JoinOrder& order) {
    std::vector<bool> bound(vertices.size(), false);
    std::vector<std::size_t> sequence;
    for (std::size_t v = 0; v < vertices.size(); ++v) {
        bound[v] = vertices[v].bound;
    }
    std::multiset<std::size_t> followed;
    for (const OrderStep& step : order.steps) {
        if (step.kind == OrderStep::kStart) {
            EXPECT_FALSE(bound[step.vertex]) << "started at a bound vertex " << step.vertex;
            bound[step.vertex] = true;
            sequence.push_back(step.vertex);
            continue;
        }
        const OrderEdge& e = edges[step.edge];
        const std::size_t from = step.fromA ? e.a : e.b;
        const std::size_t to = step.fromA ? e.b : e.a;
        EXPECT_TRUE(bound[from]) << "expanded edge " << step.edge << " from an unbound vertex";
        if (!bound[to]) {
            bound[to] = true;
            sequence.push_back(to);
        }
        followed.insert(step.edge);
    }
    for (std::size_t e = 0; e < edges.size(); ++e) {
        EXPECT_EQ(followed.count(e), 1u) << "edge " << e;
    }
    EXPECT_TRUE(std::all_of(bound.begin(), bound.end(), [](bool b) { return b; }));
    return sequence;
}

TEST(JoinOrder, StartsAtTheSelectiveEndOfAChain) {
    // 0 (1000 nodes) -> 1 (1000) -> 2 (10 nodes)
    const std::vector<OrderVertex> vertices{vertex(1000), vertex(1000), vertex(10)};
    const std::vector<OrderEdge> edges{edge(0, 1, 5, 5), edge(1, 2, 1, 100)};
    const JoinOrder order = chooseJoinOrder(vertices, edges);
    const std::vector<std::size_t> sequence = boundOrder(vertices, edges, order);
    EXPECT_EQ(sequence, (std::vector<std::size_t>{2, 1, 0}));
}

TEST(JoinOrder, CountsTheRelationshipsAnExpansionWalks) {
    // 90 a-nodes and 100 b-nodes, 90 relationships between them either way; but an a-node has
    // 10 relationships of the type, 9 of them to nodes that are not b-like (every tag is
    // tagged on forums too, not only on messages): starting at b walks fewer of them.
    const std::vector<OrderVertex> vertices{vertex(90), vertex(100)};
    std::vector<OrderEdge> edges{edge(0, 1, 1, 0.9)};
    EXPECT_EQ(boundOrder(vertices, edges, chooseJoinOrder(vertices, edges)),
              (std::vector<std::size_t>{0, 1}));
    edges[0].walkFromA = 10;
    EXPECT_EQ(boundOrder(vertices, edges, chooseJoinOrder(vertices, edges)),
              (std::vector<std::size_t>{1, 0}));
}

TEST(JoinOrder, ClosesACycleBeforeGoingOn) {
    // Triangle 0-1-2 with a tail 2-3 of high fan-out: the closing edge comes before the tail.
    const std::vector<OrderVertex> vertices{vertex(100), vertex(100), vertex(100), vertex(1e6)};
    const std::vector<OrderEdge> edges{edge(0, 1, 10, 10), edge(1, 2, 10, 10), edge(2, 0, 10, 10),
                                       edge(2, 3, 1000, 0.1)};
    const JoinOrder order = chooseJoinOrder(vertices, edges);
    boundOrder(vertices, edges, order);
    std::size_t closing = order.steps.size();
    std::size_t tail = order.steps.size();
    for (std::size_t s = 0; s < order.steps.size(); ++s) {
        if (order.steps[s].kind == OrderStep::kExpand) {
            (order.steps[s].edge == 3 ? tail : closing) = s;
        }
    }
    EXPECT_LT(closing, tail) << "the triangle must be closed before the tail is walked";
}

TEST(JoinOrder, JoinsThroughBoundVerticesWithoutAScan) {
    const std::vector<OrderVertex> vertices{vertex(1e6, true), vertex(1e6)};
    const std::vector<OrderEdge> edges{edge(0, 1, 3, 3)};
    const JoinOrder order = chooseJoinOrder(vertices, edges);
    ASSERT_EQ(order.steps.size(), 1u);
    EXPECT_EQ(order.steps[0].kind, OrderStep::kExpand);
    EXPECT_TRUE(order.steps[0].fromA);
}

TEST(JoinOrder, DisconnectedPartsEachGetAStart) {
    const std::vector<OrderVertex> vertices{vertex(10), vertex(20), vertex(5), vertex(50)};
    const std::vector<OrderEdge> edges{edge(0, 1, 2, 1), edge(2, 3, 4, 0.4)};
    const JoinOrder order = chooseJoinOrder(vertices, edges);
    boundOrder(vertices, edges, order);
    EXPECT_EQ(std::count_if(order.steps.begin(), order.steps.end(),
                            [](const OrderStep& s) { return s.kind == OrderStep::kStart; }),
              2);
}

TEST(JoinOrder, LargePatternsFallBackToGreedyAndStayComplete) {
    // A chain of 16 vertices (beyond the exact search) with one cheap vertex in the middle.
    std::vector<OrderVertex> vertices(16, vertex(1000));
    vertices[8] = vertex(1);
    std::vector<OrderEdge> edges;
    for (std::size_t v = 0; v + 1 < vertices.size(); ++v) {
        edges.push_back(edge(v, v + 1, 2, 2));
    }
    const JoinOrder order = chooseJoinOrder(vertices, edges);
    const std::vector<std::size_t> sequence = boundOrder(vertices, edges, order);
    EXPECT_EQ(sequence.front(), 8u);
}

} // namespace
} // namespace steppe::query
