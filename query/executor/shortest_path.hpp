// shortestPath / allShortestPaths: a breadth-first search from a bound node along the
// pattern's relationship types and direction.
#ifndef STEPPE_QUERY_EXECUTOR_SHORTEST_PATH_HPP_
#define STEPPE_QUERY_EXECUTOR_SHORTEST_PATH_HPP_

#include <optional>
#include <vector>

#include "query/executor/match_operators.hpp"

namespace steppe::query {

struct ShortestPathSpec {
    ExpandSpec expand;        // from, to (bound or not), rel (the list), types, direction
    std::optional<Slot> path; // the path variable, when named
    bool all = false;         // allShortestPaths
};

// For each row: when `to` is bound, the shortest path(s) to it; otherwise one shortest path
// (or all of them) to every node reachable within minHops..maxHops.
class ShortestPath final : public Operator {
public:
    explicit ShortestPath(ShortestPathSpec spec);
    void push(Row& row, ExecContext& ctx) override;
    std::string describe() const override;

private:
    struct Step {
        engine::NodeIndex parent;
        engine::RelIndex rel;
    };
    void emitPaths(engine::NodeIndex target, Row& row, ExecContext& ctx);
    void walkBack(engine::NodeIndex node, std::vector<RelRef>& rels, std::vector<NodeRef>& nodes,
                  Row& row, ExecContext& ctx);
    void emit(const std::vector<RelRef>& relsFromTarget, const std::vector<NodeRef>& nodes,
              Row& row, ExecContext& ctx);

    ShortestPathSpec spec_;
    engine::NodeIndex source_ = 0;
    std::vector<std::uint32_t> depth_; // per node: BFS depth, or kUnseen
    std::vector<std::vector<Step>> parents_;
    std::vector<engine::NodeIndex> touched_;
};

} // namespace steppe::query

#endif // STEPPE_QUERY_EXECUTOR_SHORTEST_PATH_HPP_
