// Binding of function calls: aggregates (collected for the projection that computes them),
// functions that read the graph, and scalar functions from the function library.
#include <algorithm>
#include <cctype>

#include "query/binder/binder.hpp"
#include "query/functions/scalar_functions.hpp"
#include "query/query_error.hpp"

namespace steppe::query {

namespace {

std::string lowerCase(std::string_view s) {
    std::string lower(s);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return lower;
}

struct NamedAggregate {
    const char* name;
    AggregateFunction function;
    std::size_t arguments;
};

constexpr NamedAggregate kAggregates[] = {
    {"count", AggregateFunction::kCount, 1},
    {"sum", AggregateFunction::kSum, 1},
    {"avg", AggregateFunction::kAvg, 1},
    {"min", AggregateFunction::kMin, 1},
    {"max", AggregateFunction::kMax, 1},
    {"collect", AggregateFunction::kCollect, 1},
    {"stdev", AggregateFunction::kStDev, 1},
    {"stdevp", AggregateFunction::kStDevP, 1},
    {"percentiledisc", AggregateFunction::kPercentileDisc, 2},
    {"percentilecont", AggregateFunction::kPercentileCont, 2},
};

struct NamedGraphFunction {
    const char* name;
    GraphFunction function;
};

constexpr NamedGraphFunction kGraphFunctions[] = {
    {"id", GraphFunction::kId},
    {"labels", GraphFunction::kLabels},
    {"type", GraphFunction::kType},
    {"properties", GraphFunction::kProperties},
    {"keys", GraphFunction::kKeys},
    {"length", GraphFunction::kLength},
    {"nodes", GraphFunction::kNodes},
    {"relationships", GraphFunction::kRelationships},
    {"startnode", GraphFunction::kStartNode},
    {"endnode", GraphFunction::kEndNode},
    {"sources", GraphFunction::kSources},
    {"exists", GraphFunction::kExists},
};

// "1 argument", "2 arguments", "1 to 3 arguments", "at least 1 argument".
std::string arity(int min, int max) {
    auto count = [](int n) { return std::to_string(n) + (n == 1 ? " argument" : " arguments"); };
    if (max == functions::kVariadic) {
        return "at least " + count(min);
    }
    return min == max ? count(min) : std::to_string(min) + " to " + count(max);
}

[[noreturn]] void wrongArgumentCount(const ast::Expression& e, int min, int max) {
    throwSemanticError("Function " + e.name + "() takes " + arity(min, max) + ", not " +
                           std::to_string(e.children.size()),
                       "InvalidNumberOfArguments", e.span);
}

} // namespace

BoundExpressionPtr Binder::bindAggregate(const ast::Expression& e) {
    if (aggregates_ == nullptr) {
        throwSemanticError("Invalid use of aggregating function " + e.name +
                               "(...) in this context",
                           "InvalidAggregation", e.span);
    }
    if (insideAggregate_) {
        throwSemanticError("Can't use aggregate functions inside of aggregate functions",
                           "NestedAggregation", e.span);
    }
    BoundAggregate aggregate;
    aggregate.span = e.span;
    aggregate.name = e.name;
    aggregate.distinct = e.distinct;
    if (e.kind == ast::ExpressionKind::kCountStar) {
        aggregate.function = AggregateFunction::kCountStar;
    } else {
        const std::string name = lowerCase(e.name);
        for (const NamedAggregate& a : kAggregates) {
            if (name == a.name) {
                aggregate.function = a.function;
                if (e.children.size() != a.arguments) {
                    wrongArgumentCount(e, static_cast<int>(a.arguments),
                                       static_cast<int>(a.arguments));
                }
            }
        }
        insideAggregate_ = true;
        try {
            aggregate.argument = bindExpression(*e.children[0]);
            if (e.children.size() > 1) {
                aggregate.parameter = bindExpression(*e.children[1]);
            }
        } catch (...) {
            insideAggregate_ = false;
            throw;
        }
        insideAggregate_ = false;
    }
    auto bound = std::make_unique<BoundExpression>();
    bound->kind = BoundKind::kAggregate;
    bound->span = e.span;
    bound->slot = newSlot();
    aggregates_->push_back(std::move(aggregate));
    aggregateSlots_->push_back(bound->slot);
    return bound;
}

void Binder::checkGraphArgument(const ast::Expression& call, const BoundExpression& bound) {
    // What the argument can be: a variable's kind, or a constant's value kind.
    const ast::Expression& argument = *call.children[0];
    bool node = true, relationship = true, path = true, map = true;
    if (argument.kind == ast::ExpressionKind::kVariable) {
        switch (scope_.at(argument.name).kind) {
        case VariableKind::kNode:
            relationship = path = map = false;
            break;
        case VariableKind::kRelationship:
            node = path = map = false;
            break;
        case VariableKind::kPath:
            node = relationship = map = false;
            break;
        case VariableKind::kRelationshipList:
        case VariableKind::kConstant:
            node = relationship = path = false;
            break;
        case VariableKind::kValue:
            return;
        }
    } else if (bound.children[0]->kind == BoundKind::kConstant) {
        const ValueKind kind = bound.children[0]->value.kind();
        if (kind == ValueKind::kNull) {
            return;
        }
        node = relationship = path = false;
        map = kind == ValueKind::kMap;
    } else {
        return;
    }
    bool fits = true;
    switch (bound.graphFunction) {
    case GraphFunction::kLabels:
        fits = node;
        break;
    case GraphFunction::kType:
    case GraphFunction::kStartNode:
    case GraphFunction::kEndNode:
        fits = relationship;
        break;
    case GraphFunction::kProperties:
    case GraphFunction::kKeys:
        fits = node || relationship || map;
        break;
    case GraphFunction::kLength:
    case GraphFunction::kNodes:
    case GraphFunction::kRelationships:
        fits = path;
        break;
    default:
        return;
    }
    if (!fits) {
        throwSemanticError("Type mismatch: " + call.name + "() cannot take this argument",
                           "InvalidArgumentType", argument.span);
    }
}

BoundExpressionPtr Binder::bindFunctionCall(const ast::Expression& e) {
    const std::string name = lowerCase(e.name);
    for (const NamedAggregate& a : kAggregates) {
        if (name == a.name) {
            return bindAggregate(e);
        }
    }
    auto bound = std::make_unique<BoundExpression>();
    bound->span = e.span;
    for (const ast::ExpressionPtr& argument : e.children) {
        bound->children.push_back(bindExpression(*argument));
    }
    for (const NamedGraphFunction& g : kGraphFunctions) {
        if (name == g.name) {
            if (e.children.size() != 1) {
                wrongArgumentCount(e, 1, 1);
            }
            bound->kind = BoundKind::kGraphCall;
            bound->graphFunction = g.function;
            bound->name = e.name;
            checkGraphArgument(e, *bound);
            return bound;
        }
    }
    const functions::ScalarFunction* function = functions::findScalarFunction(name);
    if (function == nullptr) {
        throwSemanticError("Unknown function '" + e.name + "'", "UnknownFunction", e.span);
    }
    const auto count = static_cast<int>(e.children.size());
    if (count < function->minArgs ||
        (function->maxArgs != functions::kVariadic && count > function->maxArgs)) {
        wrongArgumentCount(e, function->minArgs, function->maxArgs);
    }
    // size() of a path or of a pattern is a mistake for length() or a pattern comprehension.
    if (name == "size" && !e.children.empty()) {
        const ast::Expression& argument = *e.children[0];
        if (argument.kind == ast::ExpressionKind::kPatternPredicate) {
            throwSemanticError("size() of a pattern is not allowed; count matches with a pattern "
                               "comprehension, e.g. size([(a)-->(b) | b])",
                               "UnexpectedSyntax", argument.span);
        }
        if (argument.kind == ast::ExpressionKind::kVariable &&
            scope_.at(argument.name).kind == VariableKind::kPath) {
            throwSemanticError("size() takes a string or a list, not a path (use length())",
                               "InvalidArgumentType", argument.span);
        }
    }
    bound->kind = BoundKind::kScalarCall;
    bound->function = function;
    return bound;
}

} // namespace steppe::query
