// Operators of WITH, RETURN and UNWIND: projection, aggregation, DISTINCT, ORDER BY, SKIP,
// LIMIT, and the sink that collects the result rows.
#ifndef STEPPE_QUERY_EXECUTOR_PROJECTION_OPERATORS_HPP_
#define STEPPE_QUERY_EXECUTOR_PROJECTION_OPERATORS_HPP_

#include <memory>
#include <unordered_map>
#include <vector>

#include "query/binder/bound_query.hpp"
#include "query/executor/operator.hpp"

namespace steppe::query {

class Unwind final : public Operator {
public:
    Unwind(const BoundExpression* list, Slot slot);
    void push(Row& row, ExecContext& ctx) override;
    std::string describe() const override { return "Unwind"; }

private:
    const BoundExpression* list_;
    Slot slot_;
};

// Evaluates expressions into slots (a projection without aggregates).
class Project final : public Operator {
public:
    explicit Project(const std::vector<BoundProjectionItem>* items);
    void push(Row& row, ExecContext& ctx) override;
    std::string describe() const override;

private:
    const std::vector<BoundProjectionItem>* items_;
    std::vector<Value> scratch_;
};

// Groups rows by the projection's grouping keys and computes its aggregates; on finish emits
// one row per group with the keys, the aggregates, and the items that combine them.
class Aggregate final : public Operator {
public:
    explicit Aggregate(const BoundProjection* projection);
    ~Aggregate() override;
    void push(Row& row, ExecContext& ctx) override;
    void finish(ExecContext& ctx) override;
    std::string describe() const override;

private:
    struct Group;
    struct KeyHash {
        std::size_t operator()(const std::vector<Value>& key) const;
    };
    struct KeyEqual {
        bool operator()(const std::vector<Value>& a, const std::vector<Value>& b) const;
    };

    const BoundProjection* projection_;
    std::unordered_map<std::vector<Value>, std::size_t, KeyHash, KeyEqual> index_;
    std::vector<std::unique_ptr<Group>> groups_;
};

// Passes a row only the first time its values in `slots` are seen.
class Distinct final : public Operator {
public:
    explicit Distinct(std::vector<Slot> slots);
    void push(Row& row, ExecContext& ctx) override;
    std::string describe() const override { return "Distinct"; }

private:
    struct KeyHash {
        std::size_t operator()(const std::vector<Value>& key) const;
    };
    struct KeyEqual {
        bool operator()(const std::vector<Value>& a, const std::vector<Value>& b) const;
    };
    std::vector<Slot> slots_;
    std::unordered_map<std::vector<Value>, bool, KeyHash, KeyEqual> seen_;
};

// ORDER BY: gathers rows, sorts them stably by the keys (Cypher's total order), emits them.
class Sort final : public Operator {
public:
    explicit Sort(const std::vector<BoundSortKey>* keys);
    void push(Row& row, ExecContext& ctx) override;
    void finish(ExecContext& ctx) override;
    std::string describe() const override { return "Sort"; }

private:
    const std::vector<BoundSortKey>* keys_;
    std::vector<std::pair<std::vector<Value>, Row>> rows_;
};

// SKIP and LIMIT. Once the limit is reached it stops the scans upstream.
class SkipLimit final : public Operator {
public:
    SkipLimit(const BoundExpression* skip, const BoundExpression* limit);
    void open(ExecContext& ctx) override;
    void push(Row& row, ExecContext& ctx) override;
    std::string describe() const override;

private:
    const BoundExpression* skipExpression_;
    const BoundExpression* limitExpression_;
    std::int64_t skip_ = 0;
    std::int64_t limit_ = -1; // -1: none
    std::int64_t seen_ = 0;
};

// The end of a query: copies the returned columns of each row into the result.
class Produce final : public Operator {
public:
    Produce(std::vector<Slot> columns, std::vector<std::vector<Value>>* rows);
    void push(Row& row, ExecContext& ctx) override;
    void finish(ExecContext&) override {}
    void open(ExecContext&) override {}
    std::string describe() const override { return "Produce"; }

private:
    std::vector<Slot> columns_;
    std::vector<std::vector<Value>>* rows_;
};

} // namespace steppe::query

#endif // STEPPE_QUERY_EXECUTOR_PROJECTION_OPERATORS_HPP_
