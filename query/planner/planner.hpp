// Planner: turns a bound query into pipelines of operators.
//
// Patterns are planned greedily: a pattern part starts at a node that is already bound, or else
// at the node with the fewest candidates by label count, and expands outwards along its chain
// in both directions, so the most selective end drives the nested loops. Parts connected to
// bound variables come first. Each conjunct of a WHERE runs as soon as the variables it reads
// are bound, so rows it rejects are not expanded further. Patterns used as expressions are compiled
// into small pipelines of their own (semi-joins that stop at the first match).
#ifndef STEPPE_QUERY_PLANNER_PLANNER_HPP_
#define STEPPE_QUERY_PLANNER_PLANNER_HPP_

#include <map>
#include <set>
#include <vector>

#include "engine/graph_store.hpp"
#include "query/binder/bound_query.hpp"
#include "query/executor/count_operators.hpp"
#include "query/executor/operator.hpp"

namespace steppe::query {

// A conjunct of a WHERE waiting for the pattern slots it reads to be bound.
struct PendingFilter {
    const BoundExpression* predicate;
    std::set<Slot> needs; // the pattern's slots it reads
    std::set<Slot> reads; // every slot it reads
};

class Planner {
public:
    explicit Planner(const engine::GraphStore& graph);

    // One pipeline per part of a UNION, each appending its rows to *rows. `query` must outlive
    // the pipelines: operators point into it.
    std::vector<PhysicalPlan> plan(BoundQuery& query, std::vector<std::vector<Value>>* rows);

private:
    void planClause(BoundClause& clause, PhysicalPlan& plan, std::set<Slot>& bound);
    void planMatch(BoundMatch& match, PhysicalPlan& plan, std::set<Slot>& bound);
    void planProjection(BoundProjection& projection, PhysicalPlan& plan, std::set<Slot>& bound);
    // Plans the parts of one pattern; `bound` grows with the slots they bind. Each of the
    // `filters` is placed as soon as the slots it reads are bound.
    void planPattern(std::vector<BoundPatternPart>& parts, PhysicalPlan& plan,
                     std::set<Slot>& bound, std::vector<PendingFilter>* filters = nullptr);
    void placeReadyFilters(PhysicalPlan& plan, const std::set<Slot>& bound);
    void planPart(BoundPatternPart& part, PhysicalPlan& plan, std::set<Slot>& bound,
                  std::vector<Slot>& rels, std::vector<Slot>& relLists);
    // Plans a part that shares no variable with the rows so far as a CartesianProduct, when
    // it can be matched on its own; returns false to have it planned as nested loops.
    bool planCartesian(BoundPatternPart& part, PhysicalPlan& plan, std::set<Slot>& bound,
                       std::vector<Slot>& rels);
    void planShortestPath(BoundPatternPart& part, PhysicalPlan& plan, std::set<Slot>& bound);
    // The number of candidates for a node; very large when its property constraints read a
    // variable not bound yet, so that it is not started at before that variable is.
    double estimate(const BoundNode& node, const std::set<Slot>& bound) const;

    // Compiles the patterns inside expressions (predicates, comprehensions) into pipelines.
    void compilePatterns(BoundExpression* e);
    void compilePatterns(BoundQuery& query);

    // Factorised counting (query/executor/count_operators.hpp).
    void prepareCounting(const BoundSingleQuery& single, std::size_t clause);
    bool countableStep(const BoundPatternPart& part, std::size_t rel, std::size_t target,
                       const std::set<Slot>& bound) const;
    CountChainSpec countChain(const BoundPatternPart& part, std::size_t anchor,
                              std::size_t end) const;
    bool planOptionalCount(BoundMatch& match, PhysicalPlan& plan, const std::set<Slot>& bound);

    const engine::GraphStore& graph_;
    std::vector<PendingFilter>* filters_ = nullptr; // of the pattern being planned
    // When the clause being planned only feeds count() aggregates, the pattern's trailing
    // expansions that nothing reads are counted, not enumerated. countNeeded_ holds the slots
    // read after them; countTypeUses_ how often each relationship type occurs in the clause.
    bool counting_ = false;
    std::set<Slot> countNeeded_;
    std::map<engine::TypeId, int> countTypeUses_;
    std::map<Slot, int> countNodeUses_;
    std::vector<CountChainSpec> countChains_; // to append after the pattern's expansions
};

} // namespace steppe::query

#endif // STEPPE_QUERY_PLANNER_PLANNER_HPP_
