// CartesianProduct: joins rows with the matches of a pattern part that shares no variable
// with them. The part is matched once, on first use, and its rows are kept; each incoming row
// is then extended with each kept row, instead of matching the part again per row as nested
// loops would.
//
// With join keys (a WHERE conjunct `left = right`, each side reading one side of the join) it
// is a hash join: the kept rows are indexed by the right key, and an incoming row meets only
// the rows whose key equals its left key, in time proportional to the matches instead of to
// every pair.
#ifndef STEPPE_QUERY_EXECUTOR_JOIN_OPERATORS_HPP_
#define STEPPE_QUERY_EXECUTOR_JOIN_OPERATORS_HPP_

#include <cstdint>
#include <vector>

#include <absl/container/flat_hash_map.h>

#include "query/binder/bound_expression.hpp"
#include "query/executor/operator.hpp"

namespace steppe::query {

struct CartesianSpec {
    PhysicalPlan right;                   // matches the part from an empty row
    std::vector<Slot> rightSlots;         // what it binds, copied into each joined row
    std::vector<Slot> leftRelationships;  // relationships of the same MATCH bound on the left
    std::vector<Slot> rightRelationships; // and on the right: one relationship is used once
    // A hash join on leftKey = rightKey when both are set. leftKey reads the incoming rows'
    // slots only, rightKey the part's only.
    const BoundExpression* leftKey = nullptr;
    const BoundExpression* rightKey = nullptr;
};

class CartesianProduct final : public Operator {
public:
    explicit CartesianProduct(CartesianSpec spec);
    void push(Row& row, ExecContext& ctx) override;
    std::string describe() const override {
        return spec_.rightKey != nullptr ? "HashJoin" : "CartesianProduct";
    }
    const Operator* nested() const override { return spec_.right.head(); }

private:
    class Collect;
    void build(ExecContext& ctx);
    bool sharesRelationship(const Row& row, const std::vector<Value>& right) const;

    // Extends `row` with the kept row `right` unless they share a relationship.
    void join(Row& row, const std::vector<Value>& right, ExecContext& ctx);

    CartesianSpec spec_;
    std::vector<std::size_t> rightRelationshipAt_; // index in rightSlots of each right relationship
    bool built_ = false;
    std::vector<std::vector<Value>> rows_; // rightSlots' values of each match
    // Hash join: the right key of each kept row, and the kept rows by the hash of their key.
    std::vector<Value> keys_;
    absl::flat_hash_map<std::size_t, std::vector<std::uint32_t>> rowsByKeyHash_;
};

} // namespace steppe::query

#endif // STEPPE_QUERY_EXECUTOR_JOIN_OPERATORS_HPP_
