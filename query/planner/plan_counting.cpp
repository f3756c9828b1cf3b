// Factorised counting: under count() aggregates, the steps at the ends of a pattern that no
// later clause reads are counted per anchor node (CountExpand) instead of enumerated.
#include <algorithm>

#include "query/planner/plan_support.hpp"
#include "query/planner/planner.hpp"

namespace steppe::query {

using namespace planning;

void Planner::prepareCounting(const BoundSingleQuery& single, std::size_t first, std::size_t end) {
    counting_ = false;
    countNeeded_.clear();
    countTypeUses_.clear();
    countNodeUses_.clear();
    if (single.clauses[first].kind != BoundClauseKind::kMatch) {
        return;
    }
    // Only MATCH clauses may follow, up to a projection whose aggregates are all count().
    std::size_t next = end;
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
    // What the clauses themselves read: their WHERE, and every node used twice (a join).
    for (std::size_t c = first; c < end; ++c) {
        const BoundMatch& match = *single.clauses[c].match;
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
                    ++countTypeUses_[{static_cast<int>(c - first), t}];
                }
            }
        }
    }
    counting_ = true;
}

// True when walking part.rels[rel] to part.nodes[target] can be counted: nothing reads the
// relationship or the node, the node is new and constrained by labels only, and no other
// relationship of the clauses can have the step's types (so uniqueness needs no check).
bool Planner::countableStep(const BoundPatternPart& part, int group, std::size_t rel,
                            std::size_t target, const std::set<Slot>& bound) const {
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
    return std::all_of(r.types.begin(), r.types.end(), [&](engine::TypeId t) {
        return countTypeUses_.at({group, t}) == 1;
    });
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

std::pair<std::size_t, std::size_t>
Planner::peelCountChains(const BoundPatternPart& part, int group, const std::set<Slot>& bound) {
    const std::size_t last = part.nodes.size() - 1;
    if (!counting_ || part.pathSlot || part.function != ast::PathFunction::kNone) {
        return {0, last};
    }
    // The smallest anchor with every step to its right countable, the largest with every step
    // to its left countable.
    std::size_t right = last;
    while (right > 0 && countableStep(part, group, right - 1, right, bound)) {
        --right;
    }
    std::size_t left = 0;
    while (left < last && countableStep(part, group, left, left, bound)) {
        ++left;
    }
    std::size_t first = left;
    std::size_t lastKept = right;
    if (left >= right) {
        // Everything but one node can be counted: keep the one with the fewest candidates.
        std::size_t anchor = right;
        for (std::size_t i = right; i <= left; ++i) {
            if (labelled(part.nodes[i]) < labelled(part.nodes[anchor])) {
                anchor = i;
            }
        }
        first = anchor;
        lastKept = anchor;
    }
    if (lastKept < last) {
        countChains_.push_back(countChain(part, lastKept, last));
    }
    if (first > 0) {
        countChains_.push_back(countChain(part, first, 0));
    }
    return {first, lastKept};
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
        if (!countableStep(part, 0, i, target, bound)) {
            return false;
        }
    }
    CountChainSpec chain = countChain(part, anchor, anchor == 0 ? last : 0);
    chain.optional = true;
    plan.append(std::make_unique<CountExpand>(std::move(chain)));
    return true;
}

} // namespace steppe::query
