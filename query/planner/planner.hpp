// Planner: turns a bound query into pipelines of operators.
//
// Consecutive MATCH clauses are planned as one pattern (their relationships stay unique per
// clause). A pattern is bound one relationship at a time in the order join_order.hpp chooses
// from label and degree statistics: the order with the fewest estimated rows, closing cycles
// as soon as both ends are bound. A part of the pattern sharing no variable with the rows so
// far is matched once and joined (CartesianProduct), by value when a conjunct `x = y` compares
// the two sides (a hash join). Each conjunct of a WHERE and each node's
// constraints run as soon as the variables they read are bound, so the rows they reject go no
// further. Patterns used as expressions are compiled into small pipelines of their own
// (semi-joins that stop at the first match).
#ifndef STEPPE_QUERY_PLANNER_PLANNER_HPP_
#define STEPPE_QUERY_PLANNER_PLANNER_HPP_

#include <map>
#include <set>
#include <utility>
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

// A pattern part to plan, and the group of relationships its own must differ from: the parts
// of one MATCH clause share a group.
struct PlannedPart {
    BoundPatternPart* part;
    int group = 0;
};

// A node pattern whose labels and properties are checked once its variable, and every
// variable its properties read, are bound.
struct PendingCheck {
    const BoundNode* node;
    std::set<Slot> needs;
};

class Planner {
public:
    explicit Planner(const engine::GraphStore& graph);

    // One pipeline per part of a UNION, each appending its rows to *rows. `query` must outlive
    // the pipelines: operators point into it.
    std::vector<PhysicalPlan> plan(BoundQuery& query, std::vector<std::vector<Value>>* rows);

private:
    // Plans single.clauses[first..end): one clause, or consecutive MATCH clauses together.
    void planClauses(BoundSingleQuery& single, std::size_t first, std::size_t end,
                     PhysicalPlan& plan, std::set<Slot>& bound);
    // The end of the run of MATCH clauses from `first` that can be planned as one pattern.
    std::size_t matchRunEnd(const BoundSingleQuery& single, std::size_t first) const;
    void planClause(BoundClause& clause, PhysicalPlan& plan, std::set<Slot>& bound);
    void planMatch(BoundMatch& match, PhysicalPlan& plan, std::set<Slot>& bound);
    void planProjection(BoundProjection& projection, PhysicalPlan& plan, std::set<Slot>& bound);

    // Patterns (plan_pattern.cpp). Plans the parts of one pattern; `bound` grows with the
    // slots they bind. Each of the `filters` is placed as soon as the slots it reads are bound.
    // A node marked bound whose slot is in `introduced` is bound by another part of the
    // pattern, not before it.
    void planPattern(const std::vector<PlannedPart>& parts, PhysicalPlan& plan,
                     std::set<Slot>& bound, std::vector<PendingFilter>* filters,
                     const std::set<Slot>& introduced);
    struct PatternPlanning;
    void placeReady(PhysicalPlan& plan, std::set<Slot>& bound);
    void planShortestPath(BoundPatternPart& part, PhysicalPlan& plan, std::set<Slot>& bound);
    // The nodes with a node pattern's labels, and the share of them its properties may keep.
    double labelled(const BoundNode& node) const;

    // Compiles the patterns inside expressions (predicates, comprehensions) into pipelines.
    void compilePatterns(BoundExpression* e);
    void compilePatterns(BoundQuery& query);

    // Factorised counting (plan_counting.cpp, query/executor/count_operators.hpp).
    void prepareCounting(const BoundSingleQuery& single, std::size_t first, std::size_t end);
    bool countableStep(const BoundPatternPart& part, int group, std::size_t rel, std::size_t target,
                       const std::set<Slot>& bound) const;
    CountChainSpec countChain(const BoundPatternPart& part, std::size_t anchor,
                              std::size_t end) const;
    // Moves the steps at either end of the part that can be counted into countChains_ and
    // returns the nodes left to match, [first, last].
    std::pair<std::size_t, std::size_t> peelCountChains(const BoundPatternPart& part, int group,
                                                        const std::set<Slot>& bound);
    bool planOptionalCount(BoundMatch& match, PhysicalPlan& plan, const std::set<Slot>& bound);
    // `WHERE t <> x` on node variables, t at the end of a part: the end may still be counted,
    // excluding x (CountExpand) or pairing with x's own count (CountDistinctPair).
    struct NodeInequality {
        Slot a;
        Slot b;
        const BoundExpression* conjunct;
    };
    void findExclusionLeaves(const std::vector<NodeInequality>& inequalities);
    bool separatedByExclusions(const BoundPatternPart& part, int group, std::size_t rel,
                               std::size_t target) const;
    // Once the parts are peeled: gives each counted end the nodes it must not reach, pairs the
    // counted ends that must differ (countPairs_) and drops the conjuncts they answer.
    void resolveCountExclusions(std::vector<PendingFilter>* filters);

    const engine::GraphStore& graph_;
    std::vector<PendingFilter>* filters_ = nullptr;         // of the pattern being planned
    std::vector<PendingCheck>* checks_ = nullptr;           // its node patterns not checked yet
    std::vector<const BoundPatternPart*>* paths_ = nullptr; // its named paths not built yet
    const std::set<Slot>* introduced_ = nullptr; // slots its own parts bind (see planPattern)
    // When the clause being planned only feeds count() aggregates, the pattern's trailing
    // expansions that nothing reads are counted, not enumerated. countNeeded_ holds the slots
    // read after them; countTypeUses_ how often each relationship type occurs per clause
    // (group) of the run planned together.
    bool counting_ = false;
    std::set<Slot> countNeeded_;
    std::map<std::pair<int, engine::TypeId>, int> countTypeUses_;
    std::map<Slot, int> countNodeUses_;
    std::vector<CountChainSpec> countChains_; // to append after the pattern's expansions
    // Every relationship of the run: which group, which part, which index.
    struct CountRel {
        int group;
        const BoundPatternPart* part;
        std::size_t rel;
    };
    std::vector<CountRel> countRels_;
    std::map<Slot, const BoundNode*> countNodes_; // the run's node patterns
    // Ends of parts that may be counted although a `<>` reads them: end -> the other nodes.
    std::map<Slot, std::vector<Slot>> countExclusions_;
    std::vector<NodeInequality> countInequalities_;                     // those with such an end
    std::vector<std::pair<CountChainSpec, CountChainSpec>> countPairs_; // ends that must differ
};

} // namespace steppe::query

#endif // STEPPE_QUERY_PLANNER_PLANNER_HPP_
