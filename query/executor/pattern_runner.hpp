// Patterns used as expressions: `WHERE (a)-[:T]->(b)`, `EXISTS { MATCH ... }` and pattern
// comprehensions. The planner compiles each into a small pipeline ending in a PatternSink;
// these functions run it for one row.
#ifndef STEPPE_QUERY_EXECUTOR_PATTERN_RUNNER_HPP_
#define STEPPE_QUERY_EXECUTOR_PATTERN_RUNNER_HPP_

#include <functional>

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

struct CompiledPattern {
    PhysicalPlan plan;
    PatternSink* sink = nullptr;
};

// True when the pattern has at least one match given the row's bound variables. Stops at the
// first match (a semi-join).
bool patternMatches(const BoundPatternPredicate& pattern, Row& row, ExecContext& ctx);

// The values of a pattern comprehension: e.children = [where or null, projection].
ValueList collectPatternMatches(const BoundExpression& e, Row& row, ExecContext& ctx);

} // namespace steppe::query

#endif // STEPPE_QUERY_EXECUTOR_PATTERN_RUNNER_HPP_
