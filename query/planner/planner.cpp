#include "query/planner/planner.hpp"

#include <algorithm>
#include <iterator>

#include "query/executor/count_operators.hpp"
#include "query/executor/create_operator.hpp"
#include "query/executor/join_operators.hpp"
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

bool hasConstraints(const BoundNode& node) {
    return !node.labels.empty() || !node.properties.empty() || node.propertyMap;
}

// The expansion from part.nodes[from] to part.nodes[to] along part.rels[rel]; walking from the
// pattern's right end to its left reverses the direction and the relationship list.
ExpandSpec expandSpec(const BoundPatternPart& part, std::size_t from, std::size_t to,
                      std::size_t rel, bool toBound) {
    const BoundRel& r = part.rels[rel];
    const bool againstPattern = to < from;
    ExpandSpec spec;
    spec.from = part.nodes[from].slot;
    spec.to = part.nodes[to].slot;
    spec.rel = r.slot;
    spec.toBound = toBound;
    spec.relBound = r.bound;
    spec.types = r.types;
    spec.direction = againstPattern ? reversed(r.direction) : r.direction;
    spec.relProperties = PropertyCheck{&r.properties, r.propertyMap.get()};
    spec.minHops = r.minHops;
    spec.maxHops = r.maxHops;
    spec.reverseList = againstPattern;
    spec.text = "(" + nodeText(part.nodes[from]) + ")" + relText(r, spec.direction) + "(" +
                nodeText(part.nodes[to]) + ")";
    return spec;
}

// The start of a pattern: a check of a bound node, or a scan that binds it.
std::unique_ptr<Operator> startAt(const BoundNode& node, bool bound) {
    if (bound) {
        return std::make_unique<NodeCheck>(node, nodeText(node));
    }
    return std::make_unique<NodeScan>(node, nodeText(node));
}

// The conjuncts of a predicate: `a AND (b AND c)` gives a, b, c.
void collectConjuncts(const BoundExpression* e, std::vector<const BoundExpression*>& out) {
    if (e == nullptr) {
        return;
    }
    if (e->kind == BoundKind::kAnd) {
        collectConjuncts(e->children[0].get(), out);
        collectConjuncts(e->children[1].get(), out);
        return;
    }
    out.push_back(e);
}

void slotsOfPattern(const BoundPatternPart& part, std::set<Slot>& out);

// Every slot an expression may read, including those of the patterns inside it. Slots the
// expression introduces itself (comprehension variables) come along too, which is harmless:
// the caller intersects with the slots of the pattern being planned.
void slotsRead(const BoundExpression* e, std::set<Slot>& out) {
    if (e == nullptr) {
        return;
    }
    if (e->kind == BoundKind::kSlot) {
        out.insert(e->slot);
    }
    for (const BoundExpressionPtr& child : e->children) {
        slotsRead(child.get(), out);
    }
    if (e->pattern) {
        for (const BoundPatternPart& part : e->pattern->parts) {
            slotsOfPattern(part, out);
        }
        slotsRead(e->pattern->where.get(), out);
    }
}

// The slots the property constraints of a node or relationship pattern read.
template <typename Element>
void slotsReadByConstraints(const Element& element, std::set<Slot>& out) {
    for (const BoundPropertyConstraint& c : element.properties) {
        slotsRead(c.value.get(), out);
    }
    slotsRead(element.propertyMap.get(), out);
}

void slotsOfPattern(const BoundPatternPart& part, std::set<Slot>& out) {
    for (const BoundNode& n : part.nodes) {
        out.insert(n.slot);
        slotsReadByConstraints(n, out);
    }
    for (const BoundRel& r : part.rels) {
        out.insert(r.slot);
        slotsReadByConstraints(r, out);
    }
    if (part.pathSlot) {
        out.insert(*part.pathSlot);
    }
}

// The WHERE of a MATCH split into conjuncts, each with the slots of the pattern it reads.
std::vector<PendingFilter> pendingFilters(const BoundMatch& match) {
    std::set<Slot> introduced;
    for (const BoundPatternPart& part : match.parts) {
        slotsOfPattern(part, introduced);
    }
    std::vector<const BoundExpression*> conjuncts;
    collectConjuncts(match.where.get(), conjuncts);
    std::vector<PendingFilter> filters;
    for (const BoundExpression* conjunct : conjuncts) {
        std::set<Slot> read;
        slotsRead(conjunct, read);
        PendingFilter filter{conjunct, {}, read};
        std::set_intersection(read.begin(), read.end(), introduced.begin(), introduced.end(),
                              std::inserter(filter.needs, filter.needs.end()));
        filters.push_back(std::move(filter));
    }
    return filters;
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

double Planner::estimate(const BoundNode& node, const std::set<Slot>& bound) const {
    std::set<Slot> read;
    slotsReadByConstraints(node, read);
    if (std::any_of(read.begin(), read.end(),
                    [&](Slot s) { return s != node.slot && !bound.contains(s); })) {
        return 1e299; // e.g. (b {k: a.k}) before a is bound
    }
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
        if (estimate(part.nodes[i], bound) < estimate(part.nodes[start], bound)) {
            start = i;
        }
    }
    plan.append(startAt(part.nodes[start], startBound));
    bound.insert(part.nodes[start].slot);
    placeReadyFilters(plan, bound);

    // When counting, the steps at either end that nothing reads are counted from an anchor
    // node instead of being walked: rightAnchor..last and leftAnchor..0.
    const std::size_t last = part.nodes.size() - 1;
    std::size_t rightAnchor = last;
    std::size_t leftAnchor = 0;
    if (counting_ && !part.pathSlot) {
        while (rightAnchor > start && countableStep(part, rightAnchor - 1, rightAnchor, bound)) {
            --rightAnchor;
        }
        while (leftAnchor < start && countableStep(part, leftAnchor, leftAnchor, bound)) {
            ++leftAnchor;
        }
    }

    // One step from node `from` to node `to` along rels[relIndex].
    auto step = [&](std::size_t from, std::size_t to, std::size_t relIndex) {
        const BoundRel& rel = part.rels[relIndex];
        const BoundNode& target = part.nodes[to];
        ExpandSpec spec =
            expandSpec(part, from, to, relIndex, target.bound || bound.contains(target.slot));
        spec.distinctFrom = rels;
        spec.distinctFromList = relLists;
        if (rel.variableLength) {
            plan.append(std::make_unique<VarExpand>(std::move(spec)));
            relLists.push_back(rel.slot);
        } else {
            plan.append(std::make_unique<Expand>(std::move(spec)));
            rels.push_back(rel.slot);
        }
        if (hasConstraints(target)) {
            plan.append(std::make_unique<NodeCheck>(target, nodeText(target)));
        }
        bound.insert(target.slot);
        bound.insert(rel.slot);
        placeReadyFilters(plan, bound);
    };
    for (std::size_t i = start; i < rightAnchor; ++i) {
        step(i, i + 1, i);
    }
    for (std::size_t i = start; i > leftAnchor; --i) {
        step(i, i - 1, i - 1);
    }
    if (rightAnchor < last) {
        countChains_.push_back(countChain(part, rightAnchor, last));
    }
    if (leftAnchor > 0) {
        countChains_.push_back(countChain(part, leftAnchor, 0));
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
        placeReadyFilters(plan, bound);
    }
}

void Planner::placeReadyFilters(PhysicalPlan& plan, const std::set<Slot>& bound) {
    if (filters_ == nullptr) {
        return;
    }
    auto ready = [&](const PendingFilter& f) {
        return std::includes(bound.begin(), bound.end(), f.needs.begin(), f.needs.end());
    };
    for (const PendingFilter& f : *filters_) {
        if (ready(f)) {
            plan.append(std::make_unique<Filter>(f.predicate, "WHERE"));
        }
    }
    std::erase_if(*filters_, ready);
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
    plan.append(startAt(source, isBound(source)));
    bound.insert(source.slot);
    ShortestPathSpec spec;
    spec.all = part.function == ast::PathFunction::kAllShortestPaths;
    spec.path = part.pathSlot;
    spec.expand = expandSpec(part, start, 1 - start, 0, isBound(target));
    plan.append(std::make_unique<ShortestPath>(std::move(spec)));
    if (!isBound(target) && hasConstraints(target)) {
        plan.append(std::make_unique<NodeCheck>(target, nodeText(target)));
    }
    bound.insert(target.slot);
    bound.insert(part.rels[0].slot);
    if (part.pathSlot) {
        bound.insert(*part.pathSlot);
    }
    placeReadyFilters(plan, bound);
}

void Planner::planPattern(std::vector<BoundPatternPart>& parts, PhysicalPlan& plan,
                          std::set<Slot>& bound, std::vector<PendingFilter>* filters) {
    filters_ = filters;
    placeReadyFilters(plan, bound); // conjuncts that read no pattern variable
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
                cost =
                    std::min(cost, n.bound || bound.contains(n.slot) ? -1.0 : estimate(n, bound));
            }
            if (best == parts.size() || cost < bestCost) {
                best = p;
                bestCost = cost;
            }
        }
        done[best] = true;
        const bool disconnected = bestCost >= 0 && !bound.empty();
        if (disconnected && relLists.empty() && planCartesian(parts[best], plan, bound, rels)) {
            continue;
        }
        planPart(parts[best], plan, bound, rels, relLists);
    }
    // Every slot a conjunct needs is bound by now; this is only a guard.
    if (filters != nullptr) {
        for (const PendingFilter& f : *filters) {
            plan.append(std::make_unique<Filter>(f.predicate, "WHERE"));
        }
        filters->clear();
    }
    filters_ = nullptr;
    // Counted chains bind nothing, so they go last, after every filter.
    for (CountChainSpec& chain : countChains_) {
        plan.append(std::make_unique<CountExpand>(std::move(chain)));
    }
    countChains_.clear();
}

bool Planner::planCartesian(BoundPatternPart& part, PhysicalPlan& plan, std::set<Slot>& bound,
                            std::vector<Slot>& rels) {
    if (part.function != ast::PathFunction::kNone) {
        return false;
    }
    std::set<Slot> own;  // the part's variables
    std::set<Slot> read; // what its property constraints read
    for (const BoundNode& n : part.nodes) {
        own.insert(n.slot);
        slotsReadByConstraints(n, read);
    }
    for (const BoundRel& r : part.rels) {
        if (r.variableLength) {
            return false; // uniqueness against lists is checked by the expansions only
        }
        if (r.bound || bound.contains(r.slot)) {
            return false; // joined through a relationship bound earlier
        }
        own.insert(r.slot);
        slotsReadByConstraints(r, read);
    }
    if (part.pathSlot) {
        own.insert(*part.pathSlot);
    }
    if (std::any_of(read.begin(), read.end(), [&](Slot s) { return bound.contains(s); })) {
        return false; // e.g. (b {name: a.name}): the part depends on the row
    }
    // The conjuncts that read the part's variables only run inside it, once.
    std::vector<PendingFilter>* outer = filters_;
    std::vector<PendingFilter> inner;
    if (outer != nullptr) {
        auto onlyOwn = [&](const PendingFilter& f) {
            return !f.needs.empty() &&
                   std::includes(own.begin(), own.end(), f.reads.begin(), f.reads.end());
        };
        std::copy_if(outer->begin(), outer->end(), std::back_inserter(inner), onlyOwn);
        std::erase_if(*outer, onlyOwn);
    }
    CartesianSpec spec;
    std::set<Slot> rightBound;
    std::vector<Slot> rightRelLists;
    filters_ = &inner;
    planPart(part, spec.right, rightBound, spec.rightRelationships, rightRelLists);
    filters_ = outer;
    spec.rightSlots.assign(rightBound.begin(), rightBound.end());
    spec.leftRelationships = rels;
    for (Slot r : spec.rightRelationships) {
        rels.push_back(r);
    }
    plan.append(std::make_unique<CartesianProduct>(std::move(spec)));
    bound.insert(rightBound.begin(), rightBound.end());
    placeReadyFilters(plan, bound);
    return true;
}

// ---------------------------------------------------------------------------------------------
// Factorised counting

void Planner::prepareCounting(const BoundSingleQuery& single, std::size_t clause) {
    counting_ = false;
    countNeeded_.clear();
    countTypeUses_.clear();
    countNodeUses_.clear();
    if (single.clauses[clause].kind != BoundClauseKind::kMatch) {
        return;
    }
    // Only MATCH clauses may follow, up to a projection whose aggregates are all count().
    std::size_t next = clause + 1;
    while (next < single.clauses.size() && single.clauses[next].kind == BoundClauseKind::kMatch) {
        const BoundMatch& later = *single.clauses[next].match;
        for (const BoundPatternPart& part : later.parts) {
            slotsOfPattern(part, countNeeded_);
        }
        slotsRead(later.where.get(), countNeeded_);
        ++next;
    }
    if (next == single.clauses.size() ||
        single.clauses[next].kind != BoundClauseKind::kProjection) {
        return;
    }
    const BoundProjection& projection = *single.clauses[next].projection;
    if (projection.aggregates.empty()) {
        return;
    }
    for (const BoundAggregate& a : projection.aggregates) {
        if (a.function != AggregateFunction::kCountStar &&
            a.function != AggregateFunction::kCount) {
            return;
        }
        slotsRead(a.argument.get(), countNeeded_);
    }
    for (const BoundProjectionItem& item : projection.items) {
        slotsRead(item.expression.get(), countNeeded_);
    }
    // What the clause itself reads: its WHERE, and every node used twice (a join).
    const BoundMatch& match = *single.clauses[clause].match;
    slotsRead(match.where.get(), countNeeded_);
    for (const BoundPatternPart& part : match.parts) {
        for (const BoundNode& n : part.nodes) {
            ++countNodeUses_[n.slot];
        }
        for (const BoundRel& r : part.rels) {
            if (r.types.empty()) {
                return; // a relationship of any type might be one a counted step walks
            }
            for (engine::TypeId t : r.types) {
                ++countTypeUses_[t];
            }
        }
    }
    counting_ = true;
}

// True when walking part.rels[rel] to part.nodes[target] can be counted: nothing reads the
// relationship or the node, the node is new and constrained by labels only, and no other
// relationship of the clause can have the step's types (so uniqueness needs no check).
bool Planner::countableStep(const BoundPatternPart& part, std::size_t rel, std::size_t target,
                            const std::set<Slot>& bound) const {
    const BoundRel& r = part.rels[rel];
    const BoundNode& n = part.nodes[target];
    if (r.variableLength || r.bound || !r.properties.empty() || r.propertyMap ||
        countNeeded_.contains(r.slot)) {
        return false;
    }
    if (n.bound || bound.contains(n.slot) || !n.properties.empty() || n.propertyMap ||
        countNeeded_.contains(n.slot) || countNodeUses_.at(n.slot) != 1) {
        return false;
    }
    return std::all_of(r.types.begin(), r.types.end(),
                       [&](engine::TypeId t) { return countTypeUses_.at(t) == 1; });
}

// The chain of steps from part.nodes[anchor] to part.nodes[end], in either direction.
CountChainSpec Planner::countChain(const BoundPatternPart& part, std::size_t anchor,
                                   std::size_t end) const {
    CountChainSpec chain;
    chain.anchor = part.nodes[anchor].slot;
    chain.span = part.span;
    chain.text = "(" + nodeText(part.nodes[anchor]) + ")";
    for (std::size_t at = anchor; at != end;) {
        const std::size_t next = end > anchor ? at + 1 : at - 1;
        const BoundRel& rel = part.rels[std::min(at, next)];
        CountStep step;
        step.types = rel.types;
        step.direction = next > at ? rel.direction : reversed(rel.direction);
        step.labels = part.nodes[next].labels;
        chain.steps.push_back(std::move(step));
        chain.text +=
            relText(rel, chain.steps.back().direction) + "(" + nodeText(part.nodes[next]) + ")";
        at = next;
    }
    return chain;
}

// OPTIONAL MATCH (a)-[:T]->(b) under count(): every row counts max(1, number of matches).
bool Planner::planOptionalCount(BoundMatch& match, PhysicalPlan& plan,
                                const std::set<Slot>& bound) {
    if (!counting_ || match.where || match.parts.size() != 1 || match.parts[0].pathSlot ||
        match.parts[0].function != ast::PathFunction::kNone) {
        return false;
    }
    const BoundPatternPart& part = match.parts[0];
    const std::size_t last = part.nodes.size() - 1;
    auto isBound = [&](const BoundNode& n) { return n.bound || bound.contains(n.slot); };
    std::size_t anchor = 0;
    if (isBound(part.nodes[0]) && !isBound(part.nodes[last])) {
        anchor = 0;
    } else if (isBound(part.nodes[last]) && !isBound(part.nodes[0])) {
        anchor = last;
    } else {
        return false;
    }
    const BoundNode& a = part.nodes[anchor];
    if (!a.labels.empty() || !a.properties.empty() || a.propertyMap) {
        return false; // the anchor's own constraints would decide between 0 and the count
    }
    for (std::size_t i = 0; i < part.rels.size(); ++i) {
        const std::size_t target = anchor == 0 ? i + 1 : i;
        if (!countableStep(part, i, target, bound)) {
            return false;
        }
    }
    CountChainSpec chain = countChain(part, anchor, anchor == 0 ? last : 0);
    chain.optional = true;
    plan.append(std::make_unique<CountExpand>(std::move(chain)));
    return true;
}

void Planner::planMatch(BoundMatch& match, PhysicalPlan& plan, std::set<Slot>& bound) {
    std::vector<PendingFilter> filters = pendingFilters(match);
    if (!match.optional) {
        planPattern(match.parts, plan, bound, &filters);
        return;
    }
    if (planOptionalCount(match, plan, bound)) {
        return;
    }
    PhysicalPlan inner;
    std::set<Slot> innerBound = bound;
    planPattern(match.parts, inner, innerBound, &filters);
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
        for (std::size_t c = 0; c < single.clauses.size(); ++c) {
            prepareCounting(single, c);
            planClause(single.clauses[c], plan, bound);
            counting_ = false;
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
