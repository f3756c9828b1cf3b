// Factorised counting: under count() aggregates, the steps at the ends of a pattern that no
// later clause reads are counted per anchor node (CountExpand) instead of enumerated.
#include <algorithm>
#include <optional>

#include "query/planner/plan_support.hpp"
#include "query/planner/planner.hpp"

namespace steppe::query {

using namespace planning;

namespace {

// `a <> b` on two node variables of the run: a is not b.
std::optional<std::pair<Slot, Slot>> nodeInequality(const BoundExpression& e,
                                                    const std::map<Slot, const BoundNode*>& nodes) {
    if (e.kind != BoundKind::kBinary || e.op != ast::Operator::kNotEqual ||
        e.children.size() != 2) {
        return std::nullopt;
    }
    const BoundExpression& a = *e.children[0];
    const BoundExpression& b = *e.children[1];
    if (a.kind != BoundKind::kSlot || b.kind != BoundKind::kSlot || a.slot == b.slot ||
        !nodes.contains(a.slot) || !nodes.contains(b.slot)) {
        return std::nullopt;
    }
    return std::pair{a.slot, b.slot};
}

bool shareType(const BoundRel& a, const BoundRel& b) {
    return std::any_of(a.types.begin(), a.types.end(), [&](engine::TypeId t) {
        return std::find(b.types.begin(), b.types.end(), t) != b.types.end();
    });
}

} // namespace

void Planner::prepareCounting(const BoundSingleQuery& single, std::size_t first, std::size_t end) {
    counting_ = false;
    countNeeded_.clear();
    countTypeUses_.clear();
    countNodeUses_.clear();
    countRels_.clear();
    countNodes_.clear();
    countExclusions_.clear();
    countInequalities_.clear();
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
    std::vector<const BoundExpression*> conjuncts;
    for (std::size_t c = first; c < end; ++c) {
        const BoundMatch& match = *single.clauses[c].match;
        const int group = static_cast<int>(c - first);
        collectConjuncts(match.where.get(), conjuncts);
        for (const BoundPatternPart& part : match.parts) {
            for (const BoundNode& n : part.nodes) {
                ++countNodeUses_[n.slot];
                countNodes_.emplace(n.slot, &n);
            }
            for (std::size_t r = 0; r < part.rels.size(); ++r) {
                if (part.rels[r].types.empty()) {
                    return; // a relationship of any type might be one a counted step walks
                }
                for (engine::TypeId t : part.rels[r].types) {
                    ++countTypeUses_[{group, t}];
                }
                countRels_.push_back(CountRel{group, &part, r});
            }
        }
    }
    std::vector<NodeInequality> inequalities;
    for (const BoundExpression* conjunct : conjuncts) {
        if (auto pair = nodeInequality(*conjunct, countNodes_)) {
            inequalities.push_back(NodeInequality{pair->first, pair->second, conjunct});
        } else {
            slotsRead(conjunct, countNeeded_);
        }
    }
    findExclusionLeaves(inequalities);
    counting_ = true;
}

// Chooses the nodes of `<>` conjuncts that may be counted: ends of a part, used once. An end
// compared with another such end must be compared with nothing else, so that the two are
// counted as a pair; every other node of the conjuncts is needed (bound) when counting.
void Planner::findExclusionLeaves(const std::vector<NodeInequality>& inequalities) {
    std::map<Slot, std::vector<Slot>> partners;
    for (const NodeInequality& i : inequalities) {
        partners[i.a].push_back(i.b);
        partners[i.b].push_back(i.a);
    }
    std::set<Slot> leaves;
    for (const CountRel& r : countRels_) {
        const BoundPatternPart& part = *r.part;
        if (part.pathSlot || part.function != ast::PathFunction::kNone) {
            continue;
        }
        for (std::size_t end : {std::size_t{0}, part.nodes.size() - 1}) {
            const BoundNode& n = part.nodes[end];
            const bool endsHere = end == 0 ? r.rel == 0 : r.rel + 1 == end;
            if (endsHere && partners.contains(n.slot) && countNodeUses_.at(n.slot) == 1 &&
                !n.bound && !countNeeded_.contains(n.slot)) {
                leaves.insert(n.slot);
            }
        }
    }
    // Demoting a pair only takes leaves away, so it never makes another pair fail: one pass
    // over the ends, checking against what is left, suffices.
    for (Slot leaf : std::vector<Slot>(leaves.begin(), leaves.end())) {
        const std::vector<Slot>& mine = partners[leaf];
        for (Slot other : mine) {
            if (leaves.contains(leaf) && leaves.contains(other) &&
                (mine.size() > 1 || partners[other].size() > 1)) {
                leaves.erase(leaf);
                leaves.erase(other);
            }
        }
    }
    for (const NodeInequality& i : inequalities) {
        for (auto [self, other] : {std::pair{i.a, i.b}, std::pair{i.b, i.a}}) {
            if (leaves.contains(self)) {
                countExclusions_[self].push_back(other);
            } else {
                countNeeded_.insert(self);
            }
        }
        if (leaves.contains(i.a) || leaves.contains(i.b)) {
            countInequalities_.push_back(i);
        }
    }
}

// True when no other relationship of the group that may have one of the step's types can be
// the one the step walks, because it would then reach a node `target` must differ from: the
// other relationship joins the step's anchor to such a node (the same relationship would have
// the same two ends), or both are directed and it ends there on the side of `target`.
bool Planner::separatedByExclusions(const BoundPatternPart& part, int group, std::size_t rel,
                                    std::size_t target) const {
    const BoundRel& r = part.rels[rel];
    const auto exclusions = countExclusions_.find(part.nodes[target].slot);
    if (exclusions == countExclusions_.end()) {
        return false;
    }
    auto excluded = [&](Slot s) {
        return std::find(exclusions->second.begin(), exclusions->second.end(), s) !=
               exclusions->second.end();
    };
    const Slot anchor = part.nodes[target == rel + 1 ? rel : rel + 1].slot;
    // Whether target is the relationship's end node rather than its start node.
    const bool targetIsEnd = (target == rel + 1) == (r.direction == ast::RelDirection::kRight);
    for (const CountRel& other : countRels_) {
        const BoundRel& o = other.part->rels[other.rel];
        if (other.group != group || &o == &r || !shareType(o, r)) {
            continue;
        }
        if (o.variableLength) {
            return false;
        }
        const Slot left = other.part->nodes[other.rel].slot;
        const Slot right = other.part->nodes[other.rel + 1].slot;
        if ((left == anchor && excluded(right)) || (right == anchor && excluded(left))) {
            continue;
        }
        if (r.direction == ast::RelDirection::kBoth || o.direction == ast::RelDirection::kBoth) {
            return false;
        }
        const bool endIsRight = o.direction == ast::RelDirection::kRight;
        if (!excluded(endIsRight == targetIsEnd ? right : left)) {
            return false;
        }
    }
    return true;
}

// True when walking part.rels[rel] to part.nodes[target] can be counted: nothing reads the
// relationship or the node, the node is new and constrained by labels only, and no other
// relationship of the clauses can have the step's types (so uniqueness needs no check), or
// `<>` conjuncts keep the step from walking any of them.
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
    return std::all_of(r.types.begin(), r.types.end(),
                       [&](engine::TypeId t) {
                           return countTypeUses_.at({group, t}) == 1;
                       }) ||
           separatedByExclusions(part, group, rel, target);
}

// The chain of steps from part.nodes[anchor] to part.nodes[end], in either direction.
CountChainSpec Planner::countChain(const BoundPatternPart& part, std::size_t anchor,
                                   std::size_t end) const {
    CountChainSpec chain;
    chain.anchor = part.nodes[anchor].slot;
    chain.end = part.nodes[end].slot;
    chain.span = part.span;
    chain.text = "(" + nodeText(part.nodes[anchor]) + ")";
    for (std::size_t at = anchor; at != end;) {
        const std::size_t next = end > anchor ? at + 1 : at - 1;
        const BoundRel& rel = part.rels[std::min(at, next)];
        CountStep step;
        step.types = rel.types;
        step.direction = next > at ? rel.direction : reversed(rel.direction);
        // The labels of part.nodes[at] hold: the anchor's were matched, the others admitted.
        if (!labelsImplied(graph_.statistics(), part.nodes[at].labels, step.types, step.direction,
                           part.nodes[next].labels)) {
            step.labels = part.nodes[next].labels;
        }
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
    // An end compared by `<>` is counted by a chain of one step, from its neighbour.
    auto compared = [&](std::size_t i) { return countExclusions_.contains(part.nodes[i].slot); };
    // The smallest anchor with every step to its right countable, the largest with every step
    // to its left countable.
    std::size_t right = last;
    while (right > 0 && (right == last || !compared(right)) &&
           countableStep(part, group, right - 1, right, bound)) {
        if (compared(right--)) {
            break;
        }
    }
    std::size_t left = 0;
    while (left < last && (left == 0 || !compared(left)) &&
           countableStep(part, group, left, left, bound)) {
        if (compared(left++)) {
            break;
        }
    }
    std::size_t first = left;
    std::size_t lastKept = right;
    if (left >= right) {
        // Everything but one node can be counted: keep the one with the fewest candidates
        // among those next to the compared ends.
        std::optional<std::size_t> anchor;
        for (std::size_t i = right; i <= left; ++i) {
            const bool near = (!compared(last) || i + 1 >= last) && (!compared(0) || i <= 1);
            if (near && (!anchor || labelled(part.nodes[i]) < labelled(part.nodes[*anchor]))) {
                anchor = i;
            }
        }
        if (!anchor) {
            return {0, last};
        }
        first = *anchor;
        lastKept = *anchor;
    }
    if (lastKept < last) {
        countChains_.push_back(countChain(part, lastKept, last));
    }
    if (first > 0) {
        countChains_.push_back(countChain(part, first, 0));
    }
    return {first, lastKept};
}

void Planner::resolveCountExclusions(std::vector<PendingFilter>* filters) {
    std::map<Slot, std::size_t> countedEnds; // compared end -> its chain
    for (std::size_t c = 0; c < countChains_.size(); ++c) {
        if (countExclusions_.contains(countChains_[c].end)) {
            countedEnds.emplace(countChains_[c].end, c);
        }
    }
    if (countedEnds.empty()) {
        return;
    }
    std::vector<bool> paired(countChains_.size(), false);
    for (auto [end, c] : countedEnds) {
        CountChainSpec& chain = countChains_[c];
        for (Slot other : countExclusions_.at(end)) {
            const auto otherChain = countedEnds.find(other);
            if (otherChain == countedEnds.end()) {
                chain.excluded.push_back(other); // bound by the time the chain counts
                chain.text += " <> " + nodeText(*countNodes_.at(other));
            } else if (!paired[c] && !paired[otherChain->second]) {
                // findExclusionLeaves left the two ends no other comparison.
                paired[c] = paired[otherChain->second] = true;
                countPairs_.emplace_back(chain, countChains_[otherChain->second]);
            }
        }
    }
    std::vector<CountChainSpec> single;
    for (std::size_t c = 0; c < countChains_.size(); ++c) {
        if (!paired[c]) {
            single.push_back(std::move(countChains_[c]));
        }
    }
    countChains_ = std::move(single);
    if (filters == nullptr) {
        return;
    }
    for (const NodeInequality& i : countInequalities_) {
        if (countedEnds.contains(i.a) || countedEnds.contains(i.b)) {
            std::erase_if(*filters,
                          [&](const PendingFilter& f) { return f.predicate == i.conjunct; });
        }
    }
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
