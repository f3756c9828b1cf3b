// Binding of expressions: variables to slots, property keys to ids, operators to their bound
// forms, comprehensions with their own scope.
#include <cmath>
#include <limits>
#include <utility>

#include "engine/spelling.hpp"
#include "query/binder/binder.hpp"
#include "query/functions/operators.hpp"
#include "query/query_error.hpp"

namespace steppe::query {

namespace {

BoundExpressionPtr make(BoundKind kind, ast::SourceSpan span) {
    auto e = std::make_unique<BoundExpression>();
    e->kind = kind;
    e->span = span;
    return e;
}

// Restores the scope when a nested scope (comprehension, pattern) ends, also on errors.
class ScopeGuard {
public:
    explicit ScopeGuard(Scope& scope) : scope_(scope), saved_(scope) {}
    ~ScopeGuard() { scope_ = std::move(saved_); }
    ScopeGuard(const ScopeGuard&) = delete;
    ScopeGuard& operator=(const ScopeGuard&) = delete;

private:
    Scope& scope_;
    Scope saved_;
};

// Computes an operator whose operands are all constants. A type error there is certain, so
// it is reported now, as openCypher asks, rather than when a row reaches it; logical operators
// are folded without short-circuit for the same reason (`false AND 123` is an error). Other
// errors (division by zero) stay for run time, where the expression may never be evaluated.
BoundExpressionPtr foldConstants(BoundExpressionPtr e) {
    for (const BoundExpressionPtr& child : e->children) {
        if (!child || child->kind != BoundKind::kConstant) {
            return e;
        }
    }
    const auto& c = e->children;
    Value folded;
    try {
        switch (e->kind) {
        case BoundKind::kList: {
            ValueList items;
            for (const BoundExpressionPtr& child : c) {
                items.push_back(child->value);
            }
            folded = Value::list(std::move(items));
            break;
        }
        case BoundKind::kMap: {
            ValueMap entries;
            for (std::size_t i = 0; i < c.size(); ++i) {
                entries.emplace_back(e->keys[i], c[i]->value);
            }
            folded = Value::map(std::move(entries));
            break;
        }
        case BoundKind::kNot:
            folded = functions::logicalNot(c[0]->value, e->span);
            break;
        case BoundKind::kAnd:
            folded = functions::logicalAnd(c[0]->value, c[1]->value, e->span);
            break;
        case BoundKind::kOr:
            folded = functions::logicalOr(c[0]->value, c[1]->value, e->span);
            break;
        case BoundKind::kXor:
            folded = functions::logicalXor(c[0]->value, c[1]->value, e->span);
            break;
        case BoundKind::kUnary:
            folded = functions::applyUnary(e->op, c[0]->value, e->span);
            break;
        case BoundKind::kBinary:
            folded = functions::applyBinary(e->op, c[0]->value, c[1]->value, e->span);
            break;
        default:
            return e;
        }
    } catch (const QueryError& error) {
        if (error.status().code() == StatusCode::kTypeError) {
            throwSemanticError(error.status().message(), error.status().detail().c_str(), e->span);
        }
        return e;
    }
    auto constant = make(BoundKind::kConstant, e->span);
    constant->value = std::move(folded);
    return constant;
}

} // namespace

void Binder::warnIfAbsent(const char* what, const char* prefix, const std::string& name,
                          const engine::Dictionary& names, bool present) {
    if (present) {
        return;
    }
    std::string warning = std::string(what) + " " + prefix + name + " does not occur in the graph";
    engine::NearestName nearest(name);
    for (const std::string& known : names.names()) {
        nearest.consider(known);
    }
    if (!nearest.best().empty()) {
        warning += std::string(" (did you mean ") + prefix + nearest.best() + "?)";
    }
    for (const std::string& w : warnings_) {
        if (w == warning) {
            return;
        }
    }
    warnings_.push_back(std::move(warning));
}

engine::LabelId Binder::labelId(const std::string& name, ast::SourceSpan) {
    engine::LabelId id = graph_.labelNames().find(name);
    warnIfAbsent("label", ":", name, graph_.labelNames(),
                 id != engine::kNoId && !graph_.nodesWithLabel(id).empty());
    return id;
}

engine::TypeId Binder::typeId(const std::string& name, ast::SourceSpan) {
    engine::TypeId id = graph_.typeNames().find(name);
    warnIfAbsent("relationship type", ":", name, graph_.typeNames(),
                 id != engine::kNoId && graph_.relCountByType()[id] > 0);
    return id;
}

engine::KeyId Binder::keyId(const std::string& name, ast::SourceSpan) {
    engine::KeyId id = graph_.keyNames().find(name);
    warnIfAbsent("property key", "", name, graph_.keyNames(), id != engine::kNoId);
    return id;
}

BoundExpressionPtr Binder::bindChild(const ast::Expression* e) {
    return e == nullptr ? nullptr : bindExpression(*e);
}

BoundExpressionPtr Binder::bindVariable(const ast::Expression& e) {
    auto found = scope_.find(e.name);
    if (found == scope_.end()) {
        throwSemanticError("Variable `" + e.name + "` not defined", "UndefinedVariable", e.span);
    }
    auto bound = make(BoundKind::kSlot, e.span);
    bound->slot = found->second.slot;
    return bound;
}

BoundExpressionPtr Binder::bindComprehension(const ast::Expression& e) {
    // The list is read in the outer scope; the variable exists only inside.
    BoundKind kind = e.kind == ast::ExpressionKind::kQuantifier ? BoundKind::kQuantifier
                                                                : BoundKind::kListComprehension;
    auto bound = make(kind, e.span);
    bound->quantifier = e.quantifier;
    bound->children.push_back(bindExpression(*e.children[0]));
    ScopeGuard guard(scope_);
    bound->slot = declare(e.name, VariableKind::kValue, e.span).slot;
    // An aggregate cannot run per list element: inside, aggregation is invalid.
    auto* aggregates = std::exchange(aggregates_, nullptr);
    try {
        for (std::size_t i = 1; i < e.children.size(); ++i) {
            bound->children.push_back(bindChild(e.children[i].get()));
        }
    } catch (...) {
        aggregates_ = aggregates;
        throw;
    }
    aggregates_ = aggregates;
    while (bound->children.size() < 3) {
        bound->children.push_back(nullptr);
    }
    return bound;
}

BoundExpressionPtr Binder::bindExpression(const ast::Expression& e) {
    using K = ast::ExpressionKind;
    // Inside an aggregate's argument the name means the row's value, not the projected one.
    if (substitutions_ != nullptr && !insideAggregate_ && e.kind != K::kLiteral &&
        e.kind != K::kParameter) {
        const std::string written = textOf(e.span);
        for (const auto& [text, slot] : *substitutions_) {
            if (text == written) {
                auto bound = make(BoundKind::kSlot, e.span);
                bound->slot = slot;
                return bound;
            }
        }
    }
    switch (e.kind) {
    case K::kLiteral: {
        auto bound = make(BoundKind::kConstant, e.span);
        bound->value = e.literal;
        return bound;
    }
    case K::kParameter: {
        auto bound = make(BoundKind::kParameter, e.span);
        bound->name = e.name;
        return bound;
    }
    case K::kVariable:
        return bindVariable(e);
    case K::kProperty: {
        auto bound = make(BoundKind::kProperty, e.span);
        bound->name = e.name;
        bound->children.push_back(bindExpression(*e.children[0]));
        bound->key = keyId(e.name, e.span);
        return bound;
    }
    case K::kList:
    case K::kMap:
    case K::kIndex:
    case K::kSlice: {
        BoundKind kind = e.kind == K::kList    ? BoundKind::kList
                         : e.kind == K::kMap   ? BoundKind::kMap
                         : e.kind == K::kIndex ? BoundKind::kIndex
                                               : BoundKind::kSlice;
        auto bound = make(kind, e.span);
        bound->keys = e.keys;
        for (const ast::ExpressionPtr& child : e.children) {
            bound->children.push_back(bindChild(child.get()));
        }
        return foldConstants(std::move(bound));
    }
    case K::kUnary: {
        BoundExpressionPtr operand = bindExpression(*e.children[0]);
        if (e.op == ast::Operator::kNot) {
            auto bound = make(BoundKind::kNot, e.span);
            bound->children.push_back(std::move(operand));
            return foldConstants(std::move(bound));
        }
        // Fold a negated number literal, so that SKIP -1 and the like are seen as constants.
        if (e.op == ast::Operator::kNegate && operand->kind == BoundKind::kConstant) {
            const Value& v = operand->value;
            if (v.kind() == ValueKind::kFloat) {
                operand->value = Value::floating(-v.asFloat());
                operand->span = e.span;
                return operand;
            }
            if (v.kind() == ValueKind::kInteger &&
                v.asInteger() != std::numeric_limits<std::int64_t>::min()) {
                operand->value = Value::integer(-v.asInteger());
                operand->span = e.span;
                return operand;
            }
        }
        auto bound = make(BoundKind::kUnary, e.span);
        bound->op = e.op;
        bound->children.push_back(std::move(operand));
        return foldConstants(std::move(bound));
    }
    case K::kBinary: {
        BoundKind kind = BoundKind::kBinary;
        if (e.op == ast::Operator::kAnd) {
            kind = BoundKind::kAnd;
        } else if (e.op == ast::Operator::kOr) {
            kind = BoundKind::kOr;
        } else if (e.op == ast::Operator::kXor) {
            kind = BoundKind::kXor;
        }
        auto bound = make(kind, e.span);
        bound->op = e.op;
        bound->children.push_back(bindExpression(*e.children[0]));
        bound->children.push_back(bindExpression(*e.children[1]));
        return foldConstants(std::move(bound));
    }
    case K::kFunctionCall:
        return bindFunctionCall(e);
    case K::kCountStar:
        return bindAggregate(e);
    case K::kCase: {
        auto bound = make(BoundKind::kCase, e.span);
        bound->hasCaseSubject = e.hasCaseSubject;
        for (const ast::ExpressionPtr& child : e.children) {
            bound->children.push_back(bindChild(child.get()));
        }
        return bound;
    }
    case K::kListComprehension:
    case K::kQuantifier:
        return bindComprehension(e);
    case K::kPatternPredicate: {
        auto bound = make(BoundKind::kPatternPredicate, e.span);
        ScopeGuard guard(scope_);
        bound->pattern = bindPatternPredicate(*e.pattern, false);
        return bound;
    }
    case K::kPatternComprehension: {
        auto bound = make(BoundKind::kPatternComprehension, e.span);
        ScopeGuard guard(scope_);
        bound->pattern = bindPatternPredicate(*e.pattern, true);
        bound->children.push_back(bindChild(e.children.size() > 0 ? e.children[0].get() : nullptr));
        bound->children.push_back(bindChild(e.children.size() > 1 ? e.children[1].get() : nullptr));
        return bound;
    }
    case K::kLabelPredicate: {
        auto bound = make(BoundKind::kHasLabels, e.span);
        bound->children.push_back(bindExpression(*e.children[0]));
        for (const std::string& label : e.keys) {
            bound->labels.push_back(labelId(label, e.span));
        }
        return bound;
    }
    case K::kExistsSubquery: {
        // EXISTS { MATCH pattern [WHERE predicate] [RETURN ...] }: a pattern predicate that
        // may introduce variables of its own. A RETURN does not change whether a match exists
        // unless it limits the rows; any other clause would need a real subquery.
        const ast::Query& q = *e.subquery;
        const auto supported = [](const ast::SingleQuery& single) {
            const auto& clauses = single.clauses;
            if (clauses.empty() || clauses.size() > 2 ||
                clauses[0].kind != ast::ClauseKind::kMatch || clauses[0].match->optional) {
                return false;
            }
            if (clauses.size() == 1) {
                return true;
            }
            return clauses[1].kind == ast::ClauseKind::kReturn &&
                   !clauses[1].ret->projection.skip && !clauses[1].ret->projection.limit;
        };
        if (q.parts.size() != 1 || !supported(q.parts[0])) {
            throwSemanticError("EXISTS supports a single MATCH with an optional WHERE and RETURN",
                               "UnexpectedSyntax", e.span);
        }
        const ast::MatchClause& match = *q.parts[0].clauses[0].match;
        auto bound = make(BoundKind::kPatternPredicate, e.span);
        ScopeGuard guard(scope_);
        auto predicate = std::make_shared<BoundPatternPredicate>();
        Scope outer = std::exchange(patternOuterScope_, scope_);
        for (const ast::PatternPart& part : match.pattern) {
            predicate->parts.push_back(bindPatternPart(part, false, nullptr));
        }
        patternOuterScope_ = std::move(outer);
        predicate->where = bindChild(match.where.get());
        bound->pattern = predicate;
        return bound;
    }
    }
    throwInternalError("the binder met an expression kind it does not know");
}

} // namespace steppe::query
