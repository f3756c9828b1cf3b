// CREATE: makes the pattern's new nodes and relationships for every row. They are pending
// until the statement succeeds; see PendingWrites.
#ifndef STEPPE_QUERY_EXECUTOR_CREATE_OPERATOR_HPP_
#define STEPPE_QUERY_EXECUTOR_CREATE_OPERATOR_HPP_

#include "query/binder/bound_query.hpp"
#include "query/executor/operator.hpp"

namespace steppe::query {

class Create final : public Operator {
public:
    explicit Create(const BoundCreate* create);
    void push(Row& row, ExecContext& ctx) override;
    std::string describe() const override { return "Create"; }

private:
    ValueMap evaluateProperties(const std::vector<BoundPropertyConstraint>& properties,
                                const BoundExpression* propertyMap, Row& row, ExecContext& ctx);
    NodeRef createNode(const BoundNode& node, Row& row, ExecContext& ctx);

    const BoundCreate* create_;
};

} // namespace steppe::query

#endif // STEPPE_QUERY_EXECUTOR_CREATE_OPERATOR_HPP_
