// CartesianProduct: joins rows with the matches of a pattern part that shares no variable
// with them. The part is matched once, on first use, and its rows are kept; each incoming row
// is then extended with each kept row, instead of matching the part again per row as nested
// loops would.
#ifndef STEPPE_QUERY_EXECUTOR_JOIN_OPERATORS_HPP_
#define STEPPE_QUERY_EXECUTOR_JOIN_OPERATORS_HPP_

#include <vector>

#include "query/binder/bound_expression.hpp"
#include "query/executor/operator.hpp"

namespace steppe::query {

struct CartesianSpec {
    PhysicalPlan right;                   // matches the part from an empty row
    std::vector<Slot> rightSlots;         // what it binds, copied into each joined row
    std::vector<Slot> leftRelationships;  // relationships of the same MATCH bound on the left
    std::vector<Slot> rightRelationships; // and on the right: one relationship is used once
};

class CartesianProduct final : public Operator {
public:
    explicit CartesianProduct(CartesianSpec spec);
    void push(Row& row, ExecContext& ctx) override;
    std::string describe() const override { return "CartesianProduct"; }
    const Operator* nested() const override { return spec_.right.head(); }

private:
    class Collect;
    void build(ExecContext& ctx);
    bool sharesRelationship(const Row& row, const std::vector<Value>& right) const;

    CartesianSpec spec_;
    std::vector<std::size_t> rightRelationshipAt_; // index in rightSlots of each right relationship
    bool built_ = false;
    std::vector<std::vector<Value>> rows_; // rightSlots' values of each match
};

} // namespace steppe::query

#endif // STEPPE_QUERY_EXECUTOR_JOIN_OPERATORS_HPP_
