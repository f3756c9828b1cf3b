// Factorised counting: when a query only counts, the expansions at the end of a pattern whose
// variables nothing reads need not produce rows. CountExpand replaces such a chain of
// expansions by the number of ways to walk it from the row's anchor node, and multiplies the
// row's weight (ExecContext::rowWeight) by that number; the Aggregate operator adds weights
// instead of ones. The count of each node at each step is remembered, so a chain costs one
// visit per relationship however many rows reach it (LSQB q1 counts 8.8M paths that way).
//
// A one-step chain may also exclude nodes: `WHERE t <> x` with t the node it reaches and x
// bound subtracts the relationships to x from the count. Two one-step chains whose nodes must
// differ (`WHERE t1 <> t2`) are counted together by CountDistinctPair: the product of the two
// counts minus the pairs that meet at one node, found by merging the sorted neighbour lists.
#ifndef STEPPE_QUERY_EXECUTOR_COUNT_OPERATORS_HPP_
#define STEPPE_QUERY_EXECUTOR_COUNT_OPERATORS_HPP_

#include <cstdint>
#include <optional>
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
    Slot end = 0;    // the node variable the chain reaches, never bound
    std::vector<CountStep> steps;
    // One-step chains only: bound nodes the step must not reach (`WHERE end <> x`). A row
    // where one of them is null counts nothing, as the comparison would be null.
    std::vector<Slot> excluded;
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
    // The number of relationships the one step takes from `node` to the excluded nodes of the
    // row, or nullopt when one of them is null.
    std::optional<std::uint64_t> excludedWalks(engine::NodeIndex node, const Row& row,
                                               ExecContext& ctx);

    CountChainSpec spec_;
    std::vector<std::vector<std::uint64_t>> memo_; // [level][node], kUnknown until computed
    std::vector<engine::NodeIndex> excludedNodes_; // of the current row, distinct
};

// Counts the pairs of a one-step walk from first.anchor and one from second.anchor that reach
// different nodes (`WHERE first.end <> second.end`), both steps' relationships being unique by
// that very inequality.
class CountDistinctPair final : public Operator {
public:
    CountDistinctPair(CountChainSpec first, CountChainSpec second);
    void push(Row& row, ExecContext& ctx) override;
    std::string describe() const override;

private:
    // The nodes the step reaches from `node`, once per relationship, ascending.
    void reached(const CountStep& step, engine::NodeIndex node, ExecContext& ctx,
                 std::vector<engine::NodeIndex>& out) const;

    CountChainSpec first_;
    CountChainSpec second_;
    std::vector<engine::NodeIndex> firstReached_; // scratch, reused for every row
    std::vector<engine::NodeIndex> secondReached_;
};

} // namespace steppe::query

#endif // STEPPE_QUERY_EXECUTOR_COUNT_OPERATORS_HPP_
