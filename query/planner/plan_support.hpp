// What the parts of the planner share: how EXPLAIN names pattern elements, the expansion of one
// relationship of a pattern part, and which slots expressions and patterns read.
#ifndef STEPPE_QUERY_PLANNER_PLAN_SUPPORT_HPP_
#define STEPPE_QUERY_PLANNER_PLAN_SUPPORT_HPP_

#include <set>
#include <string>
#include <vector>

#include "engine/graph_statistics.hpp"
#include "query/binder/bound_query.hpp"
#include "query/executor/match_operators.hpp"
#include "query/planner/planner.hpp"

namespace steppe::query::planning {

ast::RelDirection reversed(ast::RelDirection d);

// The adjacency indexes a step in direction `d` walks.
std::vector<engine::Direction> directionsOf(ast::RelDirection d);

// True when every relationship of `types` in `direction` from a node with `fromLabels` reaches
// a node with `toLabels` (every HAS_TAG ends at a Tag, say), so checking them is redundant.
bool labelsImplied(const engine::GraphStatistics& stats,
                   const std::vector<engine::LabelId>& fromLabels,
                   const std::vector<engine::TypeId>& types, ast::RelDirection direction,
                   const std::vector<engine::LabelId>& toLabels);

// How EXPLAIN names a pattern element: its variable, or `#slot` when it has none.
std::string nodeText(const BoundNode& node);
std::string relText(const BoundRel& rel, ast::RelDirection direction);

bool hasConstraints(const BoundNode& node);

// The expansion from part.nodes[from] to part.nodes[to] along part.rels[rel]; walking from the
// pattern's right end to its left reverses the direction and the relationship list.
ExpandSpec expandSpec(const BoundPatternPart& part, std::size_t from, std::size_t to,
                      std::size_t rel, bool toBound);

// The conjuncts of a predicate: `a AND (b AND c)` gives a, b, c.
void collectConjuncts(const BoundExpression* e, std::vector<const BoundExpression*>& out);

// Every slot an expression may read, including those of the patterns inside it. Slots the
// expression introduces itself (comprehension variables) come along too, which is harmless:
// callers intersect with the slots of the pattern being planned.
void slotsRead(const BoundExpression* e, std::set<Slot>& out);

// The slots the property constraints of a node or relationship pattern read.
template <typename Element>
void slotsReadByConstraints(const Element& element, std::set<Slot>& out) {
    for (const BoundPropertyConstraint& c : element.properties) {
        slotsRead(c.value.get(), out);
    }
    slotsRead(element.propertyMap.get(), out);
}

// Every slot of a pattern part and every slot its constraints read.
void slotsOfPattern(const BoundPatternPart& part, std::set<Slot>& out);

// Appends the conjuncts of a MATCH's WHERE, each with the slots of the pattern (patternSlots,
// see slotsOfPattern) it reads.
void addPendingFilters(const BoundExpression* where, const std::set<Slot>& patternSlots,
                       std::vector<PendingFilter>& out);

} // namespace steppe::query::planning

#endif // STEPPE_QUERY_PLANNER_PLAN_SUPPORT_HPP_
