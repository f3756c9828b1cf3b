// BoundExpression: an expression after binding. Variables are row slots, property keys,
// labels and types are store ids, functions are resolved to their implementation, and
// aggregates are numbered, so evaluation does no name lookup at all.
#ifndef STEPPE_QUERY_BINDER_BOUND_EXPRESSION_HPP_
#define STEPPE_QUERY_BINDER_BOUND_EXPRESSION_HPP_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "engine/ids.hpp"
#include "query/ast.hpp"
#include "steppe/value.hpp"

namespace steppe::query {

namespace functions {
struct ScalarFunction;
}
struct BoundPatternPredicate;
struct BoundSubquery;

// A position in the row the executor passes between operators.
using Slot = std::uint32_t;

enum class BoundKind : std::uint8_t {
    kConstant,  // value
    kParameter, // name, resolved per run
    kSlot,      // slot
    kProperty,  // children[0].key; key == kNoId when the key occurs nowhere in the graph
    kList,
    kMap,    // keys[i] -> children[i]
    kIndex,  // children[0][children[1]]
    kSlice,  // children[0][children[1]..children[2]], absent bounds are null
    kUnary,  // op
    kBinary, // op (not AND/OR/XOR)
    kAnd,    // short-circuit three-valued logic
    kOr,
    kXor,
    kNot,
    kScalarCall,           // function(children)
    kGraphCall,            // a function that needs the graph (id, labels, type, ...): graphFunction
    kAggregate,            // an aggregate's value; the Aggregate operator writes it to `slot`
    kCase,                 // hasCaseSubject, (when, then) pairs, else
    kListComprehension,    // slot = the variable; children: list, where (or null), map (or null)
    kQuantifier,           // quantifier, slot, children: list, where
    kPatternPredicate,     // pattern
    kPatternComprehension, // pattern, children: where (or null), projection
    kHasLabels,            // children[0] has all `labels`
};

// Functions that read the graph, resolved at bind time.
enum class GraphFunction : std::uint8_t {
    kId,
    kLabels,
    kType,
    kProperties,
    kKeys,
    kLength,
    kNodes,
    kRelationships,
    kStartNode,
    kEndNode,
    kSources,
    kExists, // exists(n.prop)
};

// An aggregate function, computed by the Aggregate operator.
enum class AggregateFunction : std::uint8_t {
    kCountStar,
    kCount,
    kSum,
    kAvg,
    kMin,
    kMax,
    kCollect,
    kStDev,
    kStDevP,
    kPercentileDisc,
    kPercentileCont,
};

struct BoundExpression;
using BoundExpressionPtr = std::unique_ptr<BoundExpression>;

struct BoundExpression {
    BoundKind kind = BoundKind::kConstant;
    ast::SourceSpan span;
    Value value;      // kConstant
    std::string name; // kParameter, kGraphCall; kProperty: the key as written (for messages)
    Slot slot = 0;    // kSlot, comprehension/quantifier variable
    engine::KeyId key = engine::kNoId; // kProperty
    ast::Operator op = ast::Operator::kNot;
    const functions::ScalarFunction* function = nullptr; // kScalarCall
    GraphFunction graphFunction = GraphFunction::kId;
    ast::Quantifier quantifier = ast::Quantifier::kAll;
    bool hasCaseSubject = false;
    std::vector<engine::LabelId> labels; // kHasLabels (kNoId: a label not in the graph)
    std::vector<std::string> keys;       // kMap
    std::vector<BoundExpressionPtr> children;
    std::shared_ptr<BoundPatternPredicate> pattern; // kPatternPredicate, kPatternComprehension
};

// One aggregate call of a projection, e.g. count(DISTINCT n.name).
struct BoundAggregate {
    AggregateFunction function = AggregateFunction::kCount;
    bool distinct = false;
    BoundExpressionPtr argument;  // null for count(*)
    BoundExpressionPtr parameter; // percentile's second argument
    ast::SourceSpan span;
    std::string name; // as the query wrote it, for messages
};

} // namespace steppe::query

#endif // STEPPE_QUERY_BINDER_BOUND_EXPRESSION_HPP_
