#include "query/planner/join_order.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>

namespace steppe::query {

namespace {

// A start at a vertex whose constraints read variables not bound yet is possible only as a
// last resort: its constraints could not be checked in the scan.
constexpr double kUnstartable = 1e30;

double startRows(const OrderVertex& v) {
    return v.startable ? v.candidates : kUnstartable;
}

class Simulation {
public:
    Simulation(const std::vector<OrderVertex>& vertices, const std::vector<OrderEdge>& edges)
        : vertices_(vertices), edges_(edges), bound_(vertices.size(), false),
          followed_(edges.size(), false) {
        for (std::size_t v = 0; v < vertices.size(); ++v) {
            if (vertices[v].bound) {
                bound_[v] = true;
            }
        }
    }

    // Binds everything, starting at `first` unless some vertex is bound already.
    JoinOrder run(std::size_t first) {
        const bool anyBound = std::find(bound_.begin(), bound_.end(), true) != bound_.end();
        if (!anyBound) {
            start(first);
        }
        for (;;) {
            if (!expandBest()) {
                const std::size_t next = cheapestUnbound();
                if (next == vertices_.size()) {
                    break;
                }
                start(next);
            }
        }
        return std::move(order_);
    }

private:
    void start(std::size_t v) {
        rows_ *= startRows(vertices_[v]);
        bound_[v] = true;
        order_.cost += rows_;
        order_.steps.push_back(OrderStep{OrderStep::kStart, v, 0, true});
    }

    // The rows left after following edge e from end `fromA`.
    double rowsAfter(std::size_t e, bool fromA) const {
        const OrderEdge& edge = edges_[e];
        const OrderVertex& to = vertices_[fromA ? edge.b : edge.a];
        const double fanout = fromA ? edge.fanoutFromA : edge.fanoutFromB;
        if (bound_[fromA ? edge.b : edge.a]) {
            // The chance that a given node is among the neighbours found.
            return rows_ * std::min(1.0, fanout / std::max(to.labelled, 1.0));
        }
        const double kept = to.labelled > 0 ? to.candidates / to.labelled : 0;
        return rows_ * fanout * kept;
    }

    bool expandBest() {
        std::size_t best = edges_.size();
        bool bestFromA = true;
        double bestRows = std::numeric_limits<double>::infinity();
        for (std::size_t e = 0; e < edges_.size(); ++e) {
            if (followed_[e]) {
                continue;
            }
            for (bool fromA : {true, false}) {
                if (!bound_[fromA ? edges_[e].a : edges_[e].b]) {
                    continue;
                }
                const double rows = rowsAfter(e, fromA);
                if (rows < bestRows) {
                    best = e;
                    bestFromA = fromA;
                    bestRows = rows;
                }
            }
        }
        if (best == edges_.size()) {
            return false;
        }
        const double walk = bestFromA ? edges_[best].walkFromA : edges_[best].walkFromB;
        order_.cost += std::max(0.0, rows_ * walk - bestRows); // walked beyond what is kept
        followed_[best] = true;
        bound_[edges_[best].a] = true;
        bound_[edges_[best].b] = true;
        rows_ = bestRows;
        order_.cost += rows_;
        order_.steps.push_back(OrderStep{OrderStep::kExpand, 0, best, bestFromA});
        return true;
    }

    std::size_t cheapestUnbound() const {
        std::size_t best = vertices_.size();
        for (std::size_t v = 0; v < vertices_.size(); ++v) {
            if (!bound_[v] && (best == vertices_.size() ||
                               startRows(vertices_[v]) < startRows(vertices_[best]))) {
                best = v;
            }
        }
        return best;
    }

    const std::vector<OrderVertex>& vertices_;
    const std::vector<OrderEdge>& edges_;
    std::vector<bool> bound_;
    std::vector<bool> followed_;
    double rows_ = 1;
    JoinOrder order_;
};

// The rows of a set of bound vertices do not depend on the order they were bound in: the
// product of their candidates and of the selectivity of every edge among them. So the best
// order is a shortest path over sets of vertices (dynamic programming), each step adding one
// vertex reached by an edge and closing every other edge to it at once.
class SetSearch {
public:
    static constexpr std::size_t kMaxVertices = 10; // 1024 sets

    SetSearch(const std::vector<OrderVertex>& vertices, const std::vector<OrderEdge>& edges)
        : vertices_(vertices), edges_(edges), states_(std::size_t{1} << vertices.size()) {}

    JoinOrder run() {
        const std::size_t n = vertices_.size();
        Set initial = 0;
        for (std::size_t v = 0; v < n; ++v) {
            if (vertices_[v].bound) {
                initial |= bit(v);
            }
        }
        if (initial != 0) {
            reach(initial, rowsOfBound(initial), 0, 0, n);
        } else {
            for (std::size_t v = 0; v < n; ++v) {
                const double rows = startRows(vertices_[v]) * closing(0, v, edges_.size());
                reach(bit(v), rows, startRows(vertices_[v]) + rows, 0, v);
            }
        }
        const Set all = static_cast<Set>(states_.size() - 1);
        // Sets grow one vertex at a time, so numeric order visits a set after its subsets.
        for (Set set = 1; set < all; ++set) {
            const State& state = states_[set];
            if (!state.reached) {
                continue;
            }
            bool adjacent = false;
            for (std::size_t v = 0; v < n; ++v) {
                const std::size_t via = (set & bit(v)) != 0 ? edges_.size() : bestEdgeInto(set, v);
                if (via == edges_.size()) {
                    continue;
                }
                adjacent = true;
                const double expanded = state.rows * vertices_[v].candidates * selectivity(via, v);
                const double walked = std::max(expanded, state.rows * walk(via, v));
                const double rows = expanded * closing(set, v, via);
                reach(set | bit(v), rows, state.cost + walked + rows, set, v);
            }
            if (!adjacent) { // the rest shares no variable with the set: a cartesian product
                for (std::size_t v = 0; v < n; ++v) {
                    if ((set & bit(v)) == 0) {
                        const double rows =
                            state.rows * startRows(vertices_[v]) * closing(set, v, edges_.size());
                        reach(set | bit(v), rows, state.cost + rows, set, v);
                    }
                }
            }
        }
        return steps(initial);
    }

private:
    using Set = std::uint32_t;
    struct State {
        bool reached = false;
        double rows = 0;
        double cost = 0;
        Set from = 0;          // the set before the last vertex was added
        std::size_t added = 0; // that vertex
    };

    static Set bit(std::size_t v) { return Set{1} << v; }

    void reach(Set set, double rows, double cost, Set from, std::size_t added) {
        State& state = states_[set];
        if (!state.reached || cost < state.cost) {
            state = State{true, rows, cost, from, added};
        }
    }

    // The share of pairs of nodes an edge joins: symmetric, so either end may be `to`.
    double selectivity(std::size_t e, std::size_t to) const {
        const OrderEdge& edge = edges_[e];
        const bool towardsB = edge.b == to;
        const double fanout = towardsB ? edge.fanoutFromA : edge.fanoutFromB;
        const double labelled = vertices_[to].labelled;
        return labelled > 0 ? std::min(1.0, fanout / labelled) : 0.0;
    }

    std::size_t otherEnd(const OrderEdge& e, std::size_t v) const { return e.a == v ? e.b : e.a; }

    // The relationships edge e walks per row to reach `to`.
    double walk(std::size_t e, std::size_t to) const {
        const OrderEdge& edge = edges_[e];
        return edge.b == to ? edge.walkFromA : edge.walkFromB;
    }

    // The edge from the set to v that leaves the fewest rows, or edges_.size() if none.
    std::size_t bestEdgeInto(Set set, std::size_t v) const {
        std::size_t best = edges_.size();
        for (std::size_t e = 0; e < edges_.size(); ++e) {
            const OrderEdge& edge = edges_[e];
            if ((edge.a == v || edge.b == v) && edge.a != edge.b &&
                (set & bit(otherEnd(edge, v))) != 0 &&
                (best == edges_.size() || selectivity(e, v) < selectivity(best, v))) {
                best = e;
            }
        }
        return best;
    }

    // The selectivity of the edges that adding v to `set` closes (self-loops included),
    // besides the one followed to reach it.
    double closing(Set set, std::size_t v, std::size_t followed) const {
        double kept = 1;
        for (std::size_t e = 0; e < edges_.size(); ++e) {
            const OrderEdge& edge = edges_[e];
            if (e != followed && (edge.a == v || edge.b == v) &&
                ((set | bit(v)) & bit(otherEnd(edge, v))) != 0) {
                kept *= selectivity(e, v);
            }
        }
        return kept;
    }

    double rowsOfBound(Set set) const {
        double rows = 1;
        for (std::size_t e = 0; e < edges_.size(); ++e) {
            if ((set & bit(edges_[e].a)) != 0 && (set & bit(edges_[e].b)) != 0) {
                rows *= selectivity(e, edges_[e].b);
            }
        }
        return rows;
    }

    // The steps to the full set: a start or the followed edge for each vertex added, then the
    // edges it closes, most selective first.
    JoinOrder steps(Set initial) const {
        const Set all = static_cast<Set>(states_.size() - 1);
        std::vector<Set> path;
        for (Set set = all; set != initial && set != 0; set = states_[set].from) {
            path.push_back(set);
        }
        std::reverse(path.begin(), path.end());
        JoinOrder order;
        order.cost = states_[all].cost;
        std::vector<bool> followed(edges_.size(), false);
        auto follow = [&](std::size_t e, std::size_t towards) {
            followed[e] = true;
            order.steps.push_back(OrderStep{OrderStep::kExpand, 0, e, edges_[e].b == towards});
        };
        if (initial != 0) {
            for (std::size_t e = 0; e < edges_.size(); ++e) {
                if ((initial & bit(edges_[e].a)) != 0 && (initial & bit(edges_[e].b)) != 0) {
                    follow(e, edges_[e].b);
                }
            }
        }
        for (Set set : path) {
            const State& state = states_[set];
            const std::size_t v = state.added;
            const Set before = state.from;
            const std::size_t e = bestEdgeInto(before, v);
            if (e == edges_.size()) {
                order.steps.push_back(OrderStep{OrderStep::kStart, v, 0, true});
            } else {
                follow(e, v);
            }
            std::vector<std::size_t> closed;
            for (std::size_t c = 0; c < edges_.size(); ++c) {
                const OrderEdge& edge = edges_[c];
                if (!followed[c] && (edge.a == v || edge.b == v) &&
                    (set & bit(otherEnd(edge, v))) != 0) {
                    closed.push_back(c);
                }
            }
            std::stable_sort(closed.begin(), closed.end(), [&](std::size_t x, std::size_t y) {
                return selectivity(x, v) < selectivity(y, v);
            });
            for (std::size_t c : closed) {
                follow(c, v);
            }
        }
        return order;
    }

    const std::vector<OrderVertex>& vertices_;
    const std::vector<OrderEdge>& edges_;
    std::vector<State> states_;
};

} // namespace

JoinOrder chooseJoinOrder(const std::vector<OrderVertex>& vertices,
                          const std::vector<OrderEdge>& edges) {
    const bool anyBound =
        std::any_of(vertices.begin(), vertices.end(), [](const OrderVertex& v) { return v.bound; });
    if (vertices.empty()) {
        return {};
    }
    if (vertices.size() <= SetSearch::kMaxVertices) {
        return SetSearch(vertices, edges).run();
    }
    // Larger patterns: greedily, from each start.
    if (anyBound) {
        return Simulation(vertices, edges).run(0); // the bound vertices are the start
    }
    JoinOrder best;
    bool found = false;
    for (std::size_t v = 0; v < vertices.size(); ++v) {
        JoinOrder order = Simulation(vertices, edges).run(v);
        if (!found || order.cost < best.cost) {
            best = std::move(order);
            found = true;
        }
    }
    return best;
}

} // namespace steppe::query
