// Factorised counting: when a query only counts, the expansions at the end of a pattern whose
// variables nothing reads need not produce rows. CountExpand replaces such a chain of
// expansions by the number of ways to walk it from the row's anchor node, and multiplies the
// row's weight (ExecContext::rowWeight) by that number; the Aggregate operator adds weights
// instead of ones. The count of each node at each step is remembered, so a chain costs one
// visit per relationship however many rows reach it (LSQB q1 counts 8.8M paths that way).
#ifndef STEPPE_QUERY_EXECUTOR_COUNT_OPERATORS_HPP_
#define STEPPE_QUERY_EXECUTOR_COUNT_OPERATORS_HPP_

#include <cstdint>
#include <string>
#include <vector>

#include "query/binder/bound_expression.hpp"
#include "query/executor/operator.hpp"

namespace steppe::query {

// One step of a counted chain: the relationships it may walk and the labels of the node it
// reaches. The planner only counts steps whose relationship types no other relationship of
// the clause can have, so relationship uniqueness holds without checking it.
struct CountStep {
    std::vector<engine::TypeId> types; // not empty
    ast::RelDirection direction = ast::RelDirection::kRight;
    std::vector<engine::LabelId> labels;
};

struct CountChainSpec {
    Slot anchor = 0; // the bound node the chain starts at
    std::vector<CountStep> steps;
    bool optional = false; // OPTIONAL MATCH: a node without a match still counts once
    std::string text;      // for EXPLAIN
    ast::SourceSpan span;  // the pattern, for an overflow error
};

class CountExpand final : public Operator {
public:
    explicit CountExpand(CountChainSpec spec);
    void open(ExecContext& ctx) override;
    void push(Row& row, ExecContext& ctx) override;
    std::string describe() const override;

private:
    // The number of walks of steps[level..] from `node`.
    std::uint64_t walks(engine::NodeIndex node, std::size_t level, ExecContext& ctx);

    CountChainSpec spec_;
    std::vector<std::vector<std::uint64_t>> memo_; // [level][node], kUnknown until computed
};

} // namespace steppe::query

#endif // STEPPE_QUERY_EXECUTOR_COUNT_OPERATORS_HPP_
