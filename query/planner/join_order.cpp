#include "query/planner/join_order.hpp"

#include <algorithm>
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

} // namespace

JoinOrder chooseJoinOrder(const std::vector<OrderVertex>& vertices,
                          const std::vector<OrderEdge>& edges) {
    const bool anyBound =
        std::any_of(vertices.begin(), vertices.end(), [](const OrderVertex& v) { return v.bound; });
    if (vertices.empty()) {
        return {};
    }
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
