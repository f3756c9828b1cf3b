// Operator: one step of a push-based pipeline. A source pushes each row to the operator after
// it; blocking operators (aggregation, sorting) gather rows and push when finish() tells them
// no more will come. Push pipelines make a pattern's expansions plain nested loops over
// adjacency arrays, with the row written in place.
#ifndef STEPPE_QUERY_EXECUTOR_OPERATOR_HPP_
#define STEPPE_QUERY_EXECUTOR_OPERATOR_HPP_

#include <memory>
#include <string>
#include <vector>

#include "query/executor/exec_context.hpp"

namespace steppe::query {

class Operator {
public:
    virtual ~Operator() = default;

    // Called once before any row.
    virtual void open(ExecContext& ctx) {
        if (next_ != nullptr) {
            next_->open(ctx);
        }
    }
    // Receives one row. The row may be changed and passed on; it belongs to the caller.
    virtual void push(Row& row, ExecContext& ctx) = 0;
    // No more rows will come.
    virtual void finish(ExecContext& ctx) {
        if (next_ != nullptr) {
            next_->finish(ctx);
        }
    }
    // One line for EXPLAIN, e.g. "Expand (a)-[:KNOWS]->(b)".
    virtual std::string describe() const = 0;
    // Operators that run a nested pipeline (OPTIONAL MATCH) show it under themselves.
    virtual const Operator* nested() const { return nullptr; }

    void setNext(Operator* next) { next_ = next; }
    Operator* next() const { return next_; }

protected:
    Operator* next_ = nullptr;
};

// A pipeline: operators in push order, owned here.
struct PhysicalPlan {
    std::vector<std::unique_ptr<Operator>> operators;
    Operator* head() const { return operators.empty() ? nullptr : operators.front().get(); }

    // Appends an operator after the last one and returns it.
    template <typename T>
    T* append(std::unique_ptr<T> op) {
        T* raw = op.get();
        if (!operators.empty()) {
            operators.back()->setNext(raw);
        }
        operators.push_back(std::move(op));
        return raw;
    }
};

// Renders a plan as an indented tree, one operator a line (EXPLAIN).
std::string explainPlan(const PhysicalPlan& plan);

} // namespace steppe::query

#endif // STEPPE_QUERY_EXECUTOR_OPERATOR_HPP_
