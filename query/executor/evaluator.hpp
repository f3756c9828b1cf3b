// Expression evaluation over one row.
#ifndef STEPPE_QUERY_EXECUTOR_EVALUATOR_HPP_
#define STEPPE_QUERY_EXECUTOR_EVALUATOR_HPP_

#include "query/binder/bound_expression.hpp"
#include "query/executor/exec_context.hpp"

namespace steppe::query {

// Evaluates `e` on `row`. The row is not const because comprehensions bind their variable in
// a slot of it while they run (and clear it afterwards). Throws QueryError on a type error.
Value evaluate(const BoundExpression& e, Row& row, ExecContext& ctx);

// WHERE semantics: true passes; false and null do not; anything else is a type error.
bool passes(const BoundExpression& predicate, Row& row, ExecContext& ctx);

// Reads a property of a node, relationship or map value (null when absent).
Value propertyOf(const Value& target, engine::KeyId key, const std::string& name,
                 const ExecContext& ctx, ast::SourceSpan span);

} // namespace steppe::query

#endif // STEPPE_QUERY_EXECUTOR_EVALUATOR_HPP_
