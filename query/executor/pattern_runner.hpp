// Patterns used as expressions: `WHERE (a)-[:T]->(b)`, `EXISTS { MATCH ... }` and pattern
// comprehensions. The planner compiles each into a small pipeline ending in a PatternSink;
// these functions run it for one row.
#ifndef STEPPE_QUERY_EXECUTOR_PATTERN_RUNNER_HPP_
#define STEPPE_QUERY_EXECUTOR_PATTERN_RUNNER_HPP_

#include <functional>
#include <optional>
#include <vector>

#include "query/binder/bound_query.hpp"
#include "query/executor/operator.hpp"

namespace steppe::query {

// The end of a pattern's pipeline: hands each match to whoever runs the pattern.
class PatternSink final : public Operator {
public:
    void push(Row& row, ExecContext& ctx) override { onMatch(row, ctx); }
    void open(ExecContext&) override {}
    void finish(ExecContext&) override {}
    std::string describe() const override { return "PatternMatch"; }

    std::function<void(Row&, ExecContext&)> onMatch;
};

// A predicate that is one relationship between two nodes the row has bound, such as
// `(comment)-[:HAS_TAG]->(tag)`: answered by a binary search in the sorted adjacency of the
// first node, without running a pipeline.
struct AdjacencyProbe {
    Slot from = 0;
    Slot to = 0;
    std::vector<engine::LabelId> fromLabels;
    std::vector<engine::LabelId> toLabels;
    std::vector<engine::TypeId> types; // empty: any type
    ast::RelDirection direction = ast::RelDirection::kRight;
};

struct CompiledPattern {
    PhysicalPlan plan;
    PatternSink* sink = nullptr;
    std::optional<AdjacencyProbe> probe; // set when the pattern is that simple
    Row scratch;                         // the row the pipeline runs on, kept to reuse its memory
};

// The probe for a pattern predicate of one relationship between two bound, property-free
// nodes, or nullopt.
std::optional<AdjacencyProbe> adjacencyProbeFor(const BoundPatternPredicate& pattern);

// True when the pattern has at least one match given the row's bound variables. Stops at the
// first match (a semi-join).
bool patternMatches(const BoundPatternPredicate& pattern, Row& row, ExecContext& ctx);

// The values of a pattern comprehension: e.children = [where or null, projection].
ValueList collectPatternMatches(const BoundExpression& e, Row& row, ExecContext& ctx);

} // namespace steppe::query

#endif // STEPPE_QUERY_EXECUTOR_PATTERN_RUNNER_HPP_
