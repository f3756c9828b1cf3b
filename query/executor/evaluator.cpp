#include "query/executor/evaluator.hpp"

#include <algorithm>

#include "query/binder/bound_query.hpp"
#include "query/executor/graph_functions.hpp"
#include "query/executor/operator.hpp"
#include "query/executor/pattern_runner.hpp"
#include "query/functions/argument_errors.hpp"
#include "query/functions/operators.hpp"
#include "query/functions/scalar_functions.hpp"
#include "query/query_error.hpp"

namespace steppe::query {

namespace {

// A list index may be negative (from the end); out of range reads null.
Value listElement(const ValueList& list, std::int64_t index) {
    const auto size = static_cast<std::int64_t>(list.size());
    if (index < 0) {
        index += size;
    }
    return index < 0 || index >= size ? Value() : list[static_cast<std::size_t>(index)];
}

Value evaluateIndex(const BoundExpression& e, const Value& target, const Value& index,
                    const ExecContext& ctx) {
    if (target.isNull() || index.isNull()) {
        return Value();
    }
    switch (target.kind()) {
    case ValueKind::kList:
        if (index.kind() != ValueKind::kInteger) {
            throwTypeError("A list index must be an integer, not " +
                               std::string(valueKindName(index.kind())),
                           "InvalidArgumentType", e.span);
        }
        return listElement(target.asList(), index.asInteger());
    case ValueKind::kMap:
    case ValueKind::kNode:
    case ValueKind::kRelationship:
        if (index.kind() != ValueKind::kString) {
            throwTypeError("A map key must be a string, not " +
                               std::string(valueKindName(index.kind())),
                           "MapElementAccessByNonString", e.span);
        }
        return propertyOf(target, ctx.graph.keyNames().find(index.asString()), index.asString(),
                          ctx, e.span);
    default:
        throwTypeError("Cannot index " + functions::describeValue(target), "InvalidArgumentType",
                       e.span);
    }
}

Value evaluateSlice(const BoundExpression& e, Row& row, ExecContext& ctx) {
    Value list = evaluate(*e.children[0], row, ctx);
    Value from = e.children[1] ? evaluate(*e.children[1], row, ctx) : Value::integer(0);
    Value to = e.children[2] ? evaluate(*e.children[2], row, ctx)
                             : Value::integer(std::numeric_limits<std::int64_t>::max());
    if (list.isNull() || from.isNull() || to.isNull()) {
        return Value();
    }
    if (list.kind() != ValueKind::kList || from.kind() != ValueKind::kInteger ||
        to.kind() != ValueKind::kInteger) {
        throwTypeError("A slice needs a list and integer bounds", "InvalidArgumentType", e.span);
    }
    const ValueList& items = list.asList();
    const auto size = static_cast<std::int64_t>(items.size());
    auto clamp = [&](std::int64_t i) {
        if (i < 0) {
            i = std::max<std::int64_t>(0, i + size);
        }
        return std::min(i, size);
    };
    const std::int64_t begin = clamp(from.asInteger());
    const std::int64_t end = clamp(to.asInteger());
    ValueList slice;
    for (std::int64_t i = begin; i < end; ++i) {
        slice.push_back(items[static_cast<std::size_t>(i)]);
    }
    return Value::list(std::move(slice));
}

Value evaluateCase(const BoundExpression& e, Row& row, ExecContext& ctx) {
    std::size_t i = 0;
    Value subject;
    if (e.hasCaseSubject) {
        subject = evaluate(*e.children[0], row, ctx);
        i = 1;
    }
    // Children after the subject: (when, then) pairs, then the ELSE (possibly null).
    const std::size_t pairsEnd = e.children.size() - 1;
    for (; i + 1 < e.children.size() && i < pairsEnd; i += 2) {
        Value when = evaluate(*e.children[i], row, ctx);
        const bool hit = e.hasCaseSubject ? equals(subject, when).value_or(false)
                                          : when.kind() == ValueKind::kBoolean && when.asBoolean();
        if (hit) {
            return evaluate(*e.children[i + 1], row, ctx);
        }
    }
    const BoundExpressionPtr& otherwise = e.children.back();
    return otherwise ? evaluate(*otherwise, row, ctx) : Value();
}

// Runs a comprehension or quantifier: binds the variable to each element in turn.
Value evaluateOverList(const BoundExpression& e, Row& row, ExecContext& ctx) {
    Value list = evaluate(*e.children[0], row, ctx);
    if (list.isNull()) {
        return Value();
    }
    if (list.kind() != ValueKind::kList) {
        throwTypeError(std::string("Expected a list, got ") + valueKindName(list.kind()),
                       "InvalidArgumentType", e.children[0]->span);
    }
    const BoundExpression* where = e.children[1].get();
    const BoundExpression* projection = e.children.size() > 2 ? e.children[2].get() : nullptr;
    ValueList out;
    std::size_t trues = 0;
    std::size_t nulls = 0;
    std::size_t falses = 0;
    for (const Value& item : list.asList()) {
        row[e.slot] = item;
        if (e.kind == BoundKind::kQuantifier) {
            Value test = where ? evaluate(*where, row, ctx) : Value::boolean(true);
            if (test.isNull()) {
                ++nulls;
            } else if (test.kind() == ValueKind::kBoolean) {
                ++(test.asBoolean() ? trues : falses);
            } else {
                throwTypeError("A quantifier's predicate must be a boolean", "InvalidArgumentType",
                               where->span);
            }
            continue;
        }
        if (where != nullptr && !passes(*where, row, ctx)) {
            continue;
        }
        out.push_back(projection ? evaluate(*projection, row, ctx) : item);
    }
    row[e.slot] = Value();
    if (e.kind == BoundKind::kListComprehension) {
        return Value::list(std::move(out));
    }
    switch (e.quantifier) {
    case ast::Quantifier::kAll:
        return falses > 0 ? Value::boolean(false) : nulls > 0 ? Value() : Value::boolean(true);
    case ast::Quantifier::kAny:
        return trues > 0 ? Value::boolean(true) : nulls > 0 ? Value() : Value::boolean(false);
    case ast::Quantifier::kNone:
        return trues > 0 ? Value::boolean(false) : nulls > 0 ? Value() : Value::boolean(true);
    case ast::Quantifier::kSingle:
        if (trues > 1) {
            return Value::boolean(false);
        }
        return nulls > 0 ? Value() : Value::boolean(trues == 1);
    }
    return Value();
}

} // namespace

Value propertyOf(const Value& target, engine::KeyId key, const std::string& name,
                 const ExecContext& ctx, ast::SourceSpan span) {
    const engine::GraphStore& g = ctx.graph;
    auto fromMap = [&](const ValueMap& map) {
        auto it = std::lower_bound(
            map.begin(), map.end(), name,
            [](const auto& entry, const std::string& k) { return entry.first < k; });
        return it != map.end() && it->first == name ? it->second : Value();
    };
    switch (target.kind()) {
    case ValueKind::kNull:
        return Value();
    case ValueKind::kNode: {
        NodeRef n = target.asNode();
        if (ctx.isPendingNode(n)) {
            return fromMap(ctx.pendingNode(n).properties);
        }
        const Value* v = key == engine::kNoId ? nullptr : g.nodeProperties().find(n.index, key);
        return v != nullptr ? *v : Value();
    }
    case ValueKind::kRelationship: {
        RelRef r = target.asRelationship();
        if (ctx.isPendingRel(r)) {
            return fromMap(ctx.pendingRel(r).properties);
        }
        const Value* v = key == engine::kNoId ? nullptr : g.relProperties().find(r.index, key);
        return v != nullptr ? *v : Value();
    }
    case ValueKind::kMap: {
        const Value* v = target.find(name);
        return v != nullptr ? *v : Value();
    }
    default:
        throwTypeError("Cannot read property `" + name + "` of " + functions::describeValue(target),
                       "InvalidArgumentType", span);
    }
}

bool passes(const BoundExpression& predicate, Row& row, ExecContext& ctx) {
    Value v = evaluate(predicate, row, ctx);
    if (v.kind() == ValueKind::kBoolean) {
        return v.asBoolean();
    }
    if (v.isNull()) {
        return false;
    }
    throwTypeError(std::string("A predicate must be a boolean, not ") + valueKindName(v.kind()),
                   "InvalidArgumentType", predicate.span);
}

Value evaluate(const BoundExpression& e, Row& row, ExecContext& ctx) {
    switch (e.kind) {
    case BoundKind::kConstant:
        return e.value;
    case BoundKind::kParameter: {
        auto it = ctx.parameters.find(e.name);
        if (it == ctx.parameters.end()) {
            throwSemanticError("Expected parameter: $" + e.name, "ParameterMissing", e.span);
        }
        return it->second;
    }
    case BoundKind::kSlot:
    case BoundKind::kAggregate:
        return row[e.slot];
    case BoundKind::kProperty:
        return propertyOf(evaluate(*e.children[0], row, ctx), e.key, e.name, ctx, e.span);
    case BoundKind::kList: {
        ValueList items;
        items.reserve(e.children.size());
        for (const BoundExpressionPtr& child : e.children) {
            items.push_back(evaluate(*child, row, ctx));
        }
        return Value::list(std::move(items));
    }
    case BoundKind::kMap: {
        ValueMap entries;
        entries.reserve(e.children.size());
        for (std::size_t i = 0; i < e.children.size(); ++i) {
            entries.emplace_back(e.keys[i], evaluate(*e.children[i], row, ctx));
        }
        return Value::map(std::move(entries));
    }
    case BoundKind::kIndex:
        return evaluateIndex(e, evaluate(*e.children[0], row, ctx),
                             evaluate(*e.children[1], row, ctx), ctx);
    case BoundKind::kSlice:
        return evaluateSlice(e, row, ctx);
    case BoundKind::kUnary:
        return functions::applyUnary(e.op, evaluate(*e.children[0], row, ctx), e.span);
    case BoundKind::kBinary:
        return functions::applyBinary(e.op, evaluate(*e.children[0], row, ctx),
                                      evaluate(*e.children[1], row, ctx), e.span);
    case BoundKind::kNot:
        return functions::logicalNot(evaluate(*e.children[0], row, ctx), e.span);
    case BoundKind::kAnd: {
        Value left = evaluate(*e.children[0], row, ctx);
        if (left.kind() == ValueKind::kBoolean && !left.asBoolean()) {
            return left; // false AND anything is false
        }
        return functions::logicalAnd(left, evaluate(*e.children[1], row, ctx), e.span);
    }
    case BoundKind::kOr: {
        Value left = evaluate(*e.children[0], row, ctx);
        if (left.kind() == ValueKind::kBoolean && left.asBoolean()) {
            return left; // true OR anything is true
        }
        return functions::logicalOr(left, evaluate(*e.children[1], row, ctx), e.span);
    }
    case BoundKind::kXor:
        return functions::logicalXor(evaluate(*e.children[0], row, ctx),
                                     evaluate(*e.children[1], row, ctx), e.span);
    case BoundKind::kScalarCall: {
        std::vector<Value> arguments;
        arguments.reserve(e.children.size());
        for (const BoundExpressionPtr& child : e.children) {
            arguments.push_back(evaluate(*child, row, ctx));
        }
        return e.function->call(arguments, e.span);
    }
    case BoundKind::kGraphCall:
        return callGraphFunction(e, evaluate(*e.children[0], row, ctx), ctx);
    case BoundKind::kCase:
        return evaluateCase(e, row, ctx);
    case BoundKind::kListComprehension:
    case BoundKind::kQuantifier:
        return evaluateOverList(e, row, ctx);
    case BoundKind::kPatternPredicate:
        return Value::boolean(patternMatches(*e.pattern, row, ctx));
    case BoundKind::kPatternComprehension:
        return Value::list(collectPatternMatches(e, row, ctx));
    case BoundKind::kHasLabels: {
        Value target = evaluate(*e.children[0], row, ctx);
        if (target.isNull()) {
            return Value();
        }
        return Value::boolean(hasAllLabels(target, e.labels, ctx, e.span));
    }
    }
    throwInternalError("the evaluator met an expression kind it does not know");
}

} // namespace steppe::query
