// Functions that read the graph: id, labels, type, properties, keys, length, nodes,
// relationships, startNode, endNode, sources, exists.
#ifndef STEPPE_QUERY_EXECUTOR_GRAPH_FUNCTIONS_HPP_
#define STEPPE_QUERY_EXECUTOR_GRAPH_FUNCTIONS_HPP_

#include <vector>

#include "query/binder/bound_expression.hpp"
#include "query/executor/exec_context.hpp"

namespace steppe::query {

// Applies e.graphFunction to its evaluated argument.
Value callGraphFunction(const BoundExpression& e, const Value& argument, const ExecContext& ctx);

// The labels of a node (created ones included), as names in label-id order.
std::vector<std::string> labelNamesOf(NodeRef node, const ExecContext& ctx);

// True when the node has every label; kNoId (a label absent from the graph) never matches a
// stored node. REQUIRES: target is a node.
bool hasAllLabels(const Value& target, const std::vector<engine::LabelId>& labels,
                  const ExecContext& ctx, ast::SourceSpan span);

} // namespace steppe::query

#endif // STEPPE_QUERY_EXECUTOR_GRAPH_FUNCTIONS_HPP_
