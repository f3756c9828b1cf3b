#include "query/planner/planner.hpp"

#include <algorithm>

#include "query/executor/create_operator.hpp"
#include "query/executor/match_operators.hpp"
#include "query/executor/pattern_runner.hpp"
#include "query/executor/projection_operators.hpp"
#include "query/executor/shortest_path.hpp"
#include "query/query_error.hpp"

namespace steppe::query {

namespace {

ast::RelDirection reversed(ast::RelDirection d) {
    switch (d) {
    case ast::RelDirection::kRight:
        return ast::RelDirection::kLeft;
    case ast::RelDirection::kLeft:
        return ast::RelDirection::kRight;
    case ast::RelDirection::kBoth:
        break;
    }
    return ast::RelDirection::kBoth;
}

// How EXPLAIN names a pattern element: its variable, or `#slot` when it has none.
std::string nodeText(const BoundNode& node) {
    std::string text = node.variable.empty() ? "#" + std::to_string(node.slot) : node.variable;
    for (const std::string& label : node.labelNames) {
        text += ":" + label;
    }
    return text;
}

std::string relText(const BoundRel& rel, ast::RelDirection direction) {
    std::string types;
    for (const std::string& t : rel.typeNames) {
        types += (types.empty() ? ":" : "|") + t;
    }
    const std::string name = rel.variable.empty() ? "#" + std::to_string(rel.slot) : rel.variable;
    std::string body = "[" + name + types + (rel.variableLength ? "*" : "") + "]";
    switch (direction) {
    case ast::RelDirection::kRight:
        return "-" + body + "->";
    case ast::RelDirection::kLeft:
        return "<-" + body + "-";
    case ast::RelDirection::kBoth:
        break;
    }
    return "-" + body + "-";
}

PropertyCheck propertyCheck(const BoundNode& node) {
    return PropertyCheck{&node.properties, node.propertyMap.get()};
}

// The final operator of a query that returns nothing.
class Discard final : public Operator {
public:
    void push(Row&, ExecContext&) override {}
    void open(ExecContext&) override {}
    void finish(ExecContext&) override {}
    std::string describe() const override { return "Discard"; }
};

} // namespace

Planner::Planner(const engine::GraphStore& graph) : graph_(graph) {}

double Planner::estimate(const BoundNode& node) const {
    double candidates = graph_.nodeCount();
    for (engine::LabelId label : node.labels) {
        candidates = std::min<double>(
            candidates, label == engine::kNoId ? 0 : graph_.nodesWithLabel(label).size());
    }
    if (!node.properties.empty() || node.propertyMap) {
        candidates /= 10; // an equality on a property is selective
    }
    return candidates;
}

void Planner::planPart(BoundPatternPart& part, PhysicalPlan& plan, std::set<Slot>& bound,
                       std::vector<Slot>& rels, std::vector<Slot>& relLists) {
    if (part.function != ast::PathFunction::kNone) {
        planShortestPath(part, plan, bound);
        return;
    }
    // Start at a bound node, else at the one with the fewest candidates.
    std::size_t start = 0;
    bool startBound = false;
    for (std::size_t i = 0; i < part.nodes.size(); ++i) {
        if (part.nodes[i].bound || bound.contains(part.nodes[i].slot)) {
            start = i;
            startBound = true;
            break;
        }
        if (estimate(part.nodes[i]) < estimate(part.nodes[start])) {
            start = i;
        }
    }
    const BoundNode& first = part.nodes[start];
    if (startBound) {
        plan.append(std::make_unique<NodeCheck>(first.slot, first.labels, propertyCheck(first),
                                                nodeText(first)));
    } else {
        plan.append(std::make_unique<NodeScan>(first.slot, first.labels, propertyCheck(first),
                                               nodeText(first)));
    }
    bound.insert(first.slot);

    // One step from node `from` to node `to` along rels[relIndex].
    auto step = [&](std::size_t from, std::size_t to, std::size_t relIndex, bool againstPattern) {
        BoundRel& rel = part.rels[relIndex];
        const BoundNode& target = part.nodes[to];
        ExpandSpec spec;
        spec.from = part.nodes[from].slot;
        spec.to = target.slot;
        spec.rel = rel.slot;
        spec.toBound = target.bound || bound.contains(target.slot);
        spec.relBound = rel.bound;
        spec.types = rel.types;
        spec.direction = againstPattern ? reversed(rel.direction) : rel.direction;
        spec.distinctFrom = rels;
        spec.distinctFromList = relLists;
        spec.relProperties = PropertyCheck{&rel.properties, rel.propertyMap.get()};
        spec.minHops = rel.minHops;
        spec.maxHops = rel.maxHops;
        spec.reverseList = againstPattern;
        spec.text = "(" + nodeText(part.nodes[from]) + ")" + relText(rel, spec.direction) + "(" +
                    nodeText(target) + ")";
        if (rel.variableLength) {
            plan.append(std::make_unique<VarExpand>(std::move(spec)));
            relLists.push_back(rel.slot);
        } else {
            plan.append(std::make_unique<Expand>(std::move(spec)));
            rels.push_back(rel.slot);
        }
        if (!target.labels.empty() || !target.properties.empty() || target.propertyMap) {
            plan.append(std::make_unique<NodeCheck>(target.slot, target.labels,
                                                    propertyCheck(target), nodeText(target)));
        }
        bound.insert(target.slot);
        bound.insert(rel.slot);
    };
    for (std::size_t i = start; i + 1 < part.nodes.size(); ++i) {
        step(i, i + 1, i, false);
    }
    for (std::size_t i = start; i > 0; --i) {
        step(i, i - 1, i - 1, true);
    }
    if (part.pathSlot) {
        std::vector<Slot> nodes;
        std::vector<Slot> relSlots;
        std::vector<bool> variable;
        for (const BoundNode& n : part.nodes) {
            nodes.push_back(n.slot);
        }
        for (const BoundRel& r : part.rels) {
            relSlots.push_back(r.slot);
            variable.push_back(r.variableLength);
        }
        plan.append(std::make_unique<BuildPath>(*part.pathSlot, std::move(nodes),
                                                std::move(relSlots), std::move(variable)));
        bound.insert(*part.pathSlot);
    }
}

void Planner::planShortestPath(BoundPatternPart& part, PhysicalPlan& plan, std::set<Slot>& bound) {
    if (part.nodes.size() != 2 || !part.rels[0].variableLength) {
        throwSemanticError("shortestPath needs a single variable-length relationship, e.g. "
                           "shortestPath((a)-[*]-(b))",
                           "InvalidArgumentType", part.span);
    }
    auto isBound = [&](const BoundNode& n) { return n.bound || bound.contains(n.slot); };
    // Search from a bound end; from the second one when only it is bound.
    const std::size_t start = !isBound(part.nodes[0]) && isBound(part.nodes[1]) ? 1 : 0;
    const BoundNode& source = part.nodes[start];
    const BoundNode& target = part.nodes[1 - start];
    if (isBound(source)) {
        plan.append(std::make_unique<NodeCheck>(source.slot, source.labels, propertyCheck(source),
                                                nodeText(source)));
    } else {
        plan.append(std::make_unique<NodeScan>(source.slot, source.labels, propertyCheck(source),
                                               nodeText(source)));
    }
    bound.insert(source.slot);
    BoundRel& rel = part.rels[0];
    ShortestPathSpec spec;
    spec.all = part.function == ast::PathFunction::kAllShortestPaths;
    spec.path = part.pathSlot;
    spec.expand.from = source.slot;
    spec.expand.to = target.slot;
    spec.expand.rel = rel.slot;
    spec.expand.toBound = isBound(target);
    spec.expand.types = rel.types;
    spec.expand.direction = start == 0 ? rel.direction : reversed(rel.direction);
    spec.expand.relProperties = PropertyCheck{&rel.properties, rel.propertyMap.get()};
    spec.expand.minHops = rel.minHops;
    spec.expand.maxHops = rel.maxHops;
    spec.expand.reverseList = start == 1;
    spec.expand.text = "(" + nodeText(source) + ")" + relText(rel, spec.expand.direction) + "(" +
                       nodeText(target) + ")";
    plan.append(std::make_unique<ShortestPath>(std::move(spec)));
    if (!isBound(target) &&
        (!target.labels.empty() || !target.properties.empty() || target.propertyMap)) {
        plan.append(std::make_unique<NodeCheck>(target.slot, target.labels, propertyCheck(target),
                                                nodeText(target)));
    }
    bound.insert(target.slot);
    bound.insert(rel.slot);
    if (part.pathSlot) {
        bound.insert(*part.pathSlot);
    }
}

void Planner::planPattern(std::vector<BoundPatternPart>& parts, PhysicalPlan& plan,
                          std::set<Slot>& bound) {
    std::vector<Slot> rels;
    std::vector<Slot> relLists;
    std::vector<bool> done(parts.size(), false);
    for (std::size_t planned = 0; planned < parts.size(); ++planned) {
        // Prefer a part that touches a bound node (a join), else the cheapest start.
        std::size_t best = parts.size();
        double bestCost = 0;
        for (std::size_t p = 0; p < parts.size(); ++p) {
            if (done[p]) {
                continue;
            }
            double cost = 1e300;
            for (const BoundNode& n : parts[p].nodes) {
                cost = std::min(cost, n.bound || bound.contains(n.slot) ? -1.0 : estimate(n));
            }
            if (best == parts.size() || cost < bestCost) {
                best = p;
                bestCost = cost;
            }
        }
        done[best] = true;
        planPart(parts[best], plan, bound, rels, relLists);
    }
}

void Planner::planMatch(BoundMatch& match, PhysicalPlan& plan, std::set<Slot>& bound) {
    if (!match.optional) {
        planPattern(match.parts, plan, bound);
        if (match.where) {
            plan.append(std::make_unique<Filter>(match.where.get(), "WHERE"));
        }
        return;
    }
    PhysicalPlan inner;
    std::set<Slot> innerBound = bound;
    planPattern(match.parts, inner, innerBound);
    if (match.where) {
        inner.append(std::make_unique<Filter>(match.where.get(), "WHERE"));
    }
    plan.append(std::make_unique<Optional>(std::move(inner), match.introduced));
    bound = std::move(innerBound);
}

void Planner::planProjection(BoundProjection& projection, PhysicalPlan& plan,
                             std::set<Slot>& bound) {
    if (!projection.aggregates.empty()) {
        plan.append(std::make_unique<Aggregate>(&projection));
    } else {
        plan.append(std::make_unique<Project>(&projection.items));
    }
    for (const BoundProjectionItem& item : projection.items) {
        bound.insert(item.slot);
    }
    if (projection.distinct) {
        std::vector<Slot> slots;
        for (const BoundProjectionItem& item : projection.items) {
            slots.push_back(item.slot);
        }
        plan.append(std::make_unique<Distinct>(std::move(slots)));
    }
    if (!projection.orderBy.empty()) {
        plan.append(std::make_unique<Sort>(&projection.orderBy));
    }
    if (projection.skip || projection.limit) {
        plan.append(std::make_unique<SkipLimit>(projection.skip.get(), projection.limit.get()));
    }
    if (projection.where) {
        plan.append(std::make_unique<Filter>(projection.where.get(), "WHERE"));
    }
}

void Planner::planClause(BoundClause& clause, PhysicalPlan& plan, std::set<Slot>& bound) {
    switch (clause.kind) {
    case BoundClauseKind::kMatch:
        planMatch(*clause.match, plan, bound);
        break;
    case BoundClauseKind::kUnwind:
        plan.append(std::make_unique<Unwind>(clause.unwind->list.get(), clause.unwind->slot));
        bound.insert(clause.unwind->slot);
        break;
    case BoundClauseKind::kCreate:
        plan.append(std::make_unique<Create>(clause.create.get()));
        break;
    case BoundClauseKind::kProjection:
        planProjection(*clause.projection, plan, bound);
        break;
    }
}

void Planner::compilePatterns(BoundExpression* e) {
    if (e == nullptr) {
        return;
    }
    for (BoundExpressionPtr& child : e->children) {
        compilePatterns(child.get());
    }
    if (!e->pattern || e->pattern->compiled) {
        return;
    }
    BoundPatternPredicate& pattern = *e->pattern;
    for (BoundPatternPart& part : pattern.parts) {
        for (BoundNode& n : part.nodes) {
            for (BoundPropertyConstraint& c : n.properties) {
                compilePatterns(c.value.get());
            }
        }
    }
    compilePatterns(pattern.where.get());
    auto compiled = std::make_shared<CompiledPattern>();
    std::set<Slot> bound;
    planPattern(pattern.parts, compiled->plan, bound);
    compiled->sink = compiled->plan.append(std::make_unique<PatternSink>());
    pattern.compiled = std::move(compiled);
}

void Planner::compilePatterns(BoundQuery& query) {
    auto parts = [&](std::vector<BoundPatternPart>& pattern) {
        for (BoundPatternPart& part : pattern) {
            for (BoundNode& n : part.nodes) {
                for (BoundPropertyConstraint& c : n.properties) {
                    compilePatterns(c.value.get());
                }
                compilePatterns(n.propertyMap.get());
            }
            for (BoundRel& r : part.rels) {
                for (BoundPropertyConstraint& c : r.properties) {
                    compilePatterns(c.value.get());
                }
                compilePatterns(r.propertyMap.get());
            }
        }
    };
    for (BoundSingleQuery& single : query.parts) {
        for (BoundClause& clause : single.clauses) {
            switch (clause.kind) {
            case BoundClauseKind::kMatch:
                parts(clause.match->parts);
                compilePatterns(clause.match->where.get());
                break;
            case BoundClauseKind::kUnwind:
                compilePatterns(clause.unwind->list.get());
                break;
            case BoundClauseKind::kCreate:
                parts(clause.create->parts);
                break;
            case BoundClauseKind::kProjection: {
                BoundProjection& p = *clause.projection;
                for (BoundProjectionItem& item : p.items) {
                    compilePatterns(item.expression.get());
                }
                for (BoundAggregate& a : p.aggregates) {
                    compilePatterns(a.argument.get());
                }
                for (BoundSortKey& k : p.orderBy) {
                    compilePatterns(k.expression.get());
                }
                compilePatterns(p.where.get());
                break;
            }
            }
        }
    }
}

std::vector<PhysicalPlan> Planner::plan(BoundQuery& query, std::vector<std::vector<Value>>* rows) {
    compilePatterns(query);
    std::vector<PhysicalPlan> plans;
    for (BoundSingleQuery& single : query.parts) {
        PhysicalPlan plan;
        std::set<Slot> bound;
        for (BoundClause& clause : single.clauses) {
            planClause(clause, plan, bound);
        }
        if (single.columns.empty()) {
            plan.append(std::make_unique<Discard>());
        } else {
            plan.append(std::make_unique<Produce>(single.columnSlots, rows));
        }
        plans.push_back(std::move(plan));
    }
    return plans;
}

} // namespace steppe::query
