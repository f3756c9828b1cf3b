#include "query/executor/match_operators.hpp"

#include <algorithm>

#include "query/executor/directions.hpp"
#include "query/executor/evaluator.hpp"
#include "query/executor/graph_functions.hpp"

namespace steppe::query {

namespace {

bool labelsMatch(NodeRef node, const std::vector<engine::LabelId>& labels, ExecContext& ctx) {
    return labels.empty() || hasAllLabels(Value::node(node), labels, ctx, {});
}

// True when an earlier step of the same MATCH bound this relationship: one relationship may be
// used once per match.
bool boundInClause(RelRef rel, const Row& row, const ExpandSpec& spec) {
    for (Slot s : spec.distinctFrom) {
        if (row[s].kind() == ValueKind::kRelationship && row[s].asRelationship() == rel) {
            return true;
        }
    }
    for (Slot s : spec.distinctFromList) {
        if (row[s].kind() != ValueKind::kList) {
            continue;
        }
        for (const Value& v : row[s].asList()) {
            if (v.kind() == ValueKind::kRelationship && v.asRelationship() == rel) {
                return true;
            }
        }
    }
    return false;
}

// The part of a range of one type (sorted by neighbour) that leads to `neighbour`.
engine::AdjacencyRange onlyNeighbour(const engine::AdjacencyRange& range,
                                     engine::NodeIndex neighbour) {
    const auto [first, last] =
        std::equal_range(range.neighbours.begin(), range.neighbours.end(), neighbour);
    const auto begin = static_cast<std::size_t>(first - range.neighbours.begin());
    const auto count = static_cast<std::size_t>(last - first);
    return engine::AdjacencyRange{range.neighbours.subspan(begin, count),
                                  range.rels.subspan(begin, count)};
}

} // namespace

bool PropertyCheck::matches(const Value& entity, Row& row, ExecContext& ctx) const {
    if (constraints != nullptr) {
        for (const BoundPropertyConstraint& c : *constraints) {
            Value wanted = evaluate(*c.value, row, ctx);
            Value actual = propertyOf(entity, c.key, c.name, ctx, c.value->span);
            if (!equals(actual, wanted).value_or(false)) {
                return false;
            }
        }
    }
    if (propertyMap != nullptr) {
        Value map = evaluate(*propertyMap, row, ctx);
        if (map.isNull()) {
            return false;
        }
        if (map.kind() != ValueKind::kMap) {
            return false;
        }
        for (const auto& [key, wanted] : map.asMap()) {
            Value actual = propertyOf(entity, ctx.graph.keyNames().find(key), key, ctx, {});
            if (!equals(actual, wanted).value_or(false)) {
                return false;
            }
        }
    }
    return true;
}

// ---------------------------------------------------------------------------------------------

NodeOperator::NodeOperator(const BoundNode& node, std::string name, bool checkProperties)
    : node_(node), name_(std::move(name)) {
    if (checkProperties) {
        properties_ = PropertyCheck{&node.properties, node.propertyMap.get()};
    }
}

bool NodeOperator::admits(NodeRef node, Row& row, ExecContext& ctx) const {
    return labelsMatch(node, node_.labels, ctx) &&
           (properties_.empty() || properties_.matches(Value::node(node), row, ctx));
}

void NodeScan::push(Row& row, ExecContext& ctx) {
    const engine::GraphStore& g = ctx.graph;
    const std::vector<engine::LabelId>& labels = node_.labels;
    if (std::find(labels.begin(), labels.end(), engine::kNoId) != labels.end()) {
        return; // a label that occurs nowhere matches nothing
    }
    auto visit = [&](engine::NodeIndex n) {
        row[node_.slot] = Value::node(NodeRef{n});
        if (admits(NodeRef{n}, row, ctx)) {
            next_->push(row, ctx);
        }
    };
    if (labels.empty()) {
        for (engine::NodeIndex n = 0; n < g.nodeCount() && !ctx.stop; ++n) {
            visit(n);
        }
        return;
    }
    // Scan the rarest label; admits() checks the others.
    engine::LabelId rarest =
        *std::min_element(labels.begin(), labels.end(), [&](engine::LabelId a, engine::LabelId b) {
            return g.nodesWithLabel(a).size() < g.nodesWithLabel(b).size();
        });
    for (engine::NodeIndex n : g.nodesWithLabel(rarest)) {
        if (ctx.stop) {
            break;
        }
        visit(n);
    }
}

std::string NodeScan::describe() const {
    return "NodeScan (" + name_ + ")" + (node_.labels.empty() ? "" : " by label");
}

void NodeCheck::push(Row& row, ExecContext& ctx) {
    const Value& v = row[node_.slot];
    // Null (from an OPTIONAL MATCH) matches nothing.
    if (v.kind() == ValueKind::kNode && admits(v.asNode(), row, ctx)) {
        next_->push(row, ctx);
    }
}

// ---------------------------------------------------------------------------------------------

Expand::Expand(ExpandSpec spec) : spec_(std::move(spec)) {}

bool Expand::usedEarlier(RelRef rel, const Row& row) const {
    return boundInClause(rel, row, spec_);
}

void Expand::emit(RelRef rel, NodeRef neighbour, Row& row, ExecContext& ctx) {
    if (spec_.toBound) {
        const Value& to = row[spec_.to];
        if (to.kind() != ValueKind::kNode || !(to.asNode() == neighbour)) {
            return;
        }
    }
    if (spec_.relBound) {
        const Value& bound = row[spec_.rel];
        if (bound.kind() != ValueKind::kRelationship || !(bound.asRelationship() == rel)) {
            return;
        }
    }
    if (usedEarlier(rel, row)) {
        return;
    }
    const Value relValue = Value::relationship(rel);
    if (!spec_.relProperties.empty() && !spec_.relProperties.matches(relValue, row, ctx)) {
        return;
    }
    row[spec_.rel] = relValue;
    if (!spec_.toBound) {
        row[spec_.to] = Value::node(neighbour);
    }
    next_->push(row, ctx);
}

void Expand::push(Row& row, ExecContext& ctx) {
    const Value& from = row[spec_.from];
    if (from.kind() != ValueKind::kNode || ctx.isPendingNode(from.asNode())) {
        return;
    }
    const engine::NodeIndex node = from.asNode().index;
    // Closing a cycle: the far node is known, and one type's relationships are sorted by
    // neighbour, so binary search finds them instead of a walk over every neighbour.
    engine::NodeIndex target = engine::kNoId;
    if (spec_.toBound) {
        const Value& to = row[spec_.to];
        if (to.kind() != ValueKind::kNode) {
            return;
        }
        target = to.asNode().index;
    }
    auto walk = [&](engine::Direction direction, bool skipSelfLoops) {
        const engine::Adjacency& adjacency = ctx.graph.adjacency(direction);
        auto visitRange = [&](const engine::AdjacencyRange& range) {
            for (std::size_t i = 0; i < range.size() && !ctx.stop; ++i) {
                if (skipSelfLoops && range.neighbours[i] == node) {
                    continue; // an undirected self-loop was met going out already
                }
                emit(RelRef{range.rels[i]}, NodeRef{range.neighbours[i]}, row, ctx);
            }
        };
        if (spec_.types.empty()) {
            visitRange(adjacency.all(node));
            return;
        }
        for (engine::TypeId type : spec_.types) {
            if (type == engine::kNoId) {
                continue;
            }
            engine::AdjacencyRange range = adjacency.ofType(node, type);
            if (target != engine::kNoId) {
                range = onlyNeighbour(range, target);
            }
            visitRange(range);
        }
    };
    forEachDirection(spec_.direction, walk);
    // A later row must not see this row's relationship as bound.
    if (!spec_.relBound) {
        row[spec_.rel] = Value();
    }
}

std::string Expand::describe() const {
    return "Expand " + spec_.text;
}

// ---------------------------------------------------------------------------------------------

VarExpand::VarExpand(ExpandSpec spec) : spec_(std::move(spec)) {}

bool VarExpand::usable(RelRef rel, const Row& row) const {
    return std::find(trail_.begin(), trail_.end(), rel) == trail_.end() &&
           !boundInClause(rel, row, spec_);
}

void VarExpand::emit(NodeRef end, Row& row, ExecContext& ctx) {
    if (spec_.toBound) {
        const Value& to = row[spec_.to];
        if (to.kind() != ValueKind::kNode || !(to.asNode() == end)) {
            return;
        }
    }
    if (!spec_.keepList && !spec_.relBound) {
        if (!spec_.toBound) {
            row[spec_.to] = Value::node(end);
        }
        next_->push(row, ctx);
        return;
    }
    ValueList rels;
    rels.reserve(trail_.size());
    for (RelRef r : trail_) {
        rels.push_back(Value::relationship(r));
    }
    if (spec_.reverseList) {
        std::reverse(rels.begin(), rels.end());
    }
    Value list = Value::list(std::move(rels));
    if (spec_.relBound) {
        if (!equals(row[spec_.rel], list).value_or(false)) {
            return;
        }
    } else {
        row[spec_.rel] = std::move(list);
    }
    if (!spec_.toBound) {
        row[spec_.to] = Value::node(end);
    }
    next_->push(row, ctx);
}

void VarExpand::walk(NodeRef at, Row& row, ExecContext& ctx) {
    const auto depth = static_cast<std::int64_t>(trail_.size());
    if (depth >= spec_.minHops) {
        emit(at, row, ctx);
    }
    if ((spec_.maxHops >= 0 && depth >= spec_.maxHops) || ctx.stop) {
        return;
    }
    auto step = [&](engine::Direction direction, bool skipSelfLoops) {
        const engine::Adjacency& adjacency = ctx.graph.adjacency(direction);
        auto visitRange = [&](const engine::AdjacencyRange& range) {
            for (std::size_t i = 0; i < range.size() && !ctx.stop; ++i) {
                if (skipSelfLoops && range.neighbours[i] == at.index) {
                    continue;
                }
                RelRef rel{range.rels[i]};
                if (!usable(rel, row)) {
                    continue;
                }
                if (!spec_.relProperties.empty() &&
                    !spec_.relProperties.matches(Value::relationship(rel), row, ctx)) {
                    continue;
                }
                trail_.push_back(rel);
                walk(NodeRef{range.neighbours[i]}, row, ctx);
                trail_.pop_back();
            }
        };
        if (spec_.types.empty()) {
            visitRange(adjacency.all(at.index));
            return;
        }
        for (engine::TypeId type : spec_.types) {
            if (type != engine::kNoId) {
                visitRange(adjacency.ofType(at.index, type));
            }
        }
    };
    forEachDirection(spec_.direction, step);
}

void VarExpand::push(Row& row, ExecContext& ctx) {
    const Value& from = row[spec_.from];
    if (from.kind() != ValueKind::kNode || ctx.isPendingNode(from.asNode())) {
        return;
    }
    trail_.clear();
    walk(from.asNode(), row, ctx);
    if (!spec_.relBound) {
        row[spec_.rel] = Value();
    }
}

std::string VarExpand::describe() const {
    return "VarExpand " + spec_.text;
}

// ---------------------------------------------------------------------------------------------

BuildPath::BuildPath(Slot path, std::vector<Slot> nodes, std::vector<Slot> rels,
                     std::vector<bool> variableLength)
    : path_(path), nodes_(std::move(nodes)), rels_(std::move(rels)),
      variableLength_(std::move(variableLength)) {}

void BuildPath::push(Row& row, ExecContext& ctx) {
    PathValue path;
    const engine::GraphStore& g = ctx.graph;
    if (row[nodes_[0]].kind() != ValueKind::kNode) {
        row[path_] = Value();
        next_->push(row, ctx);
        return;
    }
    path.nodes.push_back(row[nodes_[0]].asNode());
    for (std::size_t i = 0; i < rels_.size(); ++i) {
        if (!variableLength_[i]) {
            path.relationships.push_back(row[rels_[i]].asRelationship());
            path.nodes.push_back(row[nodes_[i + 1]].asNode());
            continue;
        }
        // The nodes inside a variable-length step follow from its relationships.
        for (const Value& r : row[rels_[i]].asList()) {
            RelRef rel = r.asRelationship();
            engine::NodeIndex last = path.nodes.back().index;
            engine::NodeIndex source = g.relSource(rel.index);
            path.relationships.push_back(rel);
            path.nodes.push_back(NodeRef{source == last ? g.relTarget(rel.index) : source});
        }
    }
    row[path_] = Value::path(std::move(path));
    next_->push(row, ctx);
}

// ---------------------------------------------------------------------------------------------

Filter::Filter(const BoundExpression* predicate, std::string text)
    : predicate_(predicate), text_(std::move(text)) {}

void Filter::push(Row& row, ExecContext& ctx) {
    if (passes(*predicate_, row, ctx)) {
        next_->push(row, ctx);
    }
}

// ---------------------------------------------------------------------------------------------

// The end of an OPTIONAL MATCH's inner pipeline: records the match and passes the row on.
class Optional::Tail final : public Operator {
public:
    explicit Tail(Optional& owner) : owner_(owner) {}
    void push(Row& row, ExecContext& ctx) override {
        owner_.matched_ = true;
        owner_.next_->push(row, ctx);
    }
    void open(ExecContext&) override {}
    void finish(ExecContext&) override {}
    std::string describe() const override { return "OptionalEnd"; }

private:
    Optional& owner_;
};

Optional::Optional(PhysicalPlan inner, std::vector<Slot> introduced)
    : inner_(std::move(inner)), introduced_(std::move(introduced)) {
    inner_.append(std::make_unique<Tail>(*this));
}

void Optional::open(ExecContext& ctx) {
    inner_.head()->open(ctx);
    Operator::open(ctx);
}

void Optional::push(Row& row, ExecContext& ctx) {
    matched_ = false;
    inner_.head()->push(row, ctx);
    if (!matched_ && !ctx.stop) {
        for (Slot s : introduced_) {
            row[s] = Value();
        }
        next_->push(row, ctx);
    }
}

} // namespace steppe::query
