#include "query/executor/shortest_path.hpp"

#include <algorithm>

namespace steppe::query {

namespace {

constexpr std::uint32_t kUnseen = ~std::uint32_t{0};

} // namespace

ShortestPath::ShortestPath(ShortestPathSpec spec) : spec_(std::move(spec)) {}

std::string ShortestPath::describe() const {
    return std::string(spec_.all ? "AllShortestPaths " : "ShortestPath ") + spec_.expand.text;
}

void ShortestPath::push(Row& row, ExecContext& ctx) {
    const ExpandSpec& s = spec_.expand;
    const Value& from = row[s.from];
    if (from.kind() != ValueKind::kNode || ctx.isPendingNode(from.asNode())) {
        return;
    }
    const engine::GraphStore& g = ctx.graph;
    if (depth_.size() != g.nodeCount()) {
        depth_.assign(g.nodeCount(), kUnseen);
        parents_.assign(g.nodeCount(), {});
    }
    source_ = from.asNode().index;
    std::optional<engine::NodeIndex> target;
    if (s.toBound) {
        if (row[s.to].kind() != ValueKind::kNode) {
            return;
        }
        target = row[s.to].asNode().index;
    }

    // Level by level, recording every parent on a shortest route (for allShortestPaths).
    depth_[source_] = 0;
    touched_.push_back(source_);
    std::vector<engine::NodeIndex> frontier{source_};
    const std::uint32_t maxDepth =
        s.maxHops < 0 ? kUnseen - 1 : static_cast<std::uint32_t>(s.maxHops);
    for (std::uint32_t level = 0; !frontier.empty() && level < maxDepth; ++level) {
        if (target && depth_[*target] != kUnseen && depth_[*target] >= s.minHops) {
            break;
        }
        std::vector<engine::NodeIndex> next;
        auto visit = [&](engine::NodeIndex node, engine::Direction direction, bool skipLoops) {
            const engine::Adjacency& adjacency = g.adjacency(direction);
            auto range = [&](const engine::AdjacencyRange& r) {
                for (std::size_t i = 0; i < r.size(); ++i) {
                    const engine::NodeIndex n = r.neighbours[i];
                    if (skipLoops && n == node) {
                        continue;
                    }
                    if (!s.relProperties.empty() &&
                        !s.relProperties.matches(Value::relationship(RelRef{r.rels[i]}), row,
                                                 ctx)) {
                        continue;
                    }
                    if (depth_[n] == kUnseen) {
                        depth_[n] = level + 1;
                        touched_.push_back(n);
                        next.push_back(n);
                    }
                    if (depth_[n] == level + 1) {
                        parents_[n].push_back(Step{node, r.rels[i]});
                    }
                }
            };
            if (s.types.empty()) {
                range(adjacency.all(node));
            } else {
                for (engine::TypeId t : s.types) {
                    if (t != engine::kNoId) {
                        range(adjacency.ofType(node, t));
                    }
                }
            }
        };
        for (engine::NodeIndex node : frontier) {
            switch (s.direction) {
            case ast::RelDirection::kRight:
                visit(node, engine::Direction::kOutgoing, false);
                break;
            case ast::RelDirection::kLeft:
                visit(node, engine::Direction::kIncoming, false);
                break;
            case ast::RelDirection::kBoth:
                visit(node, engine::Direction::kOutgoing, false);
                visit(node, engine::Direction::kIncoming, true);
                break;
            }
        }
        frontier = std::move(next);
    }

    if (target) {
        emitPaths(*target, row, ctx);
    } else {
        for (engine::NodeIndex n : std::vector<engine::NodeIndex>(touched_)) {
            if (ctx.stop) {
                break;
            }
            emitPaths(n, row, ctx);
        }
    }
    for (engine::NodeIndex n : touched_) {
        depth_[n] = kUnseen;
        parents_[n].clear();
    }
    touched_.clear();
    row[s.rel] = Value();
}

void ShortestPath::emitPaths(engine::NodeIndex target, Row& row, ExecContext& ctx) {
    const ExpandSpec& s = spec_.expand;
    const std::uint32_t depth = depth_[target];
    if (depth == kUnseen ||
        depth < static_cast<std::uint32_t>(std::max<std::int64_t>(0, s.minHops))) {
        return;
    }
    if (depth == 0 && s.minHops > 0) {
        return;
    }
    std::vector<RelRef> rels;
    std::vector<NodeRef> nodes{NodeRef{target}};
    walkBack(target, rels, nodes, row, ctx);
}

void ShortestPath::walkBack(engine::NodeIndex node, std::vector<RelRef>& rels,
                            std::vector<NodeRef>& nodes, Row& row, ExecContext& ctx) {
    if (node == source_) {
        emit(rels, nodes, row, ctx);
        return;
    }
    for (const Step& step : parents_[node]) {
        rels.push_back(RelRef{step.rel});
        nodes.push_back(NodeRef{step.parent});
        walkBack(step.parent, rels, nodes, row, ctx);
        rels.pop_back();
        nodes.pop_back();
        if (!spec_.all || ctx.stop) {
            return; // shortestPath wants one
        }
    }
}

void ShortestPath::emit(const std::vector<RelRef>& relsFromTarget,
                        const std::vector<NodeRef>& nodesFromTarget, Row& row, ExecContext& ctx) {
    const ExpandSpec& s = spec_.expand;
    // The walk went from the target back to the source; the pattern reads source to target.
    std::vector<RelRef> rels(relsFromTarget.rbegin(), relsFromTarget.rend());
    std::vector<NodeRef> nodes(nodesFromTarget.rbegin(), nodesFromTarget.rend());
    ValueList list;
    for (RelRef r : rels) {
        list.push_back(Value::relationship(r));
    }
    if (s.reverseList) {
        std::reverse(list.begin(), list.end());
    }
    row[s.rel] = Value::list(std::move(list));
    if (!s.toBound) {
        row[s.to] = Value::node(nodes.back());
    }
    if (spec_.path) {
        PathValue path;
        path.nodes = nodes;
        path.relationships = rels;
        if (s.reverseList) {
            std::reverse(path.nodes.begin(), path.nodes.end());
            std::reverse(path.relationships.begin(), path.relationships.end());
        }
        row[*spec_.path] = Value::path(std::move(path));
    }
    next_->push(row, ctx);
}

} // namespace steppe::query
