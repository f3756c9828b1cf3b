// Binding of patterns: node and relationship variables, labels, types and property maps, for
// MATCH, CREATE and patterns used as expressions.
#include <algorithm>
#include <utility>

#include "query/binder/binder.hpp"
#include "query/query_error.hpp"

namespace steppe::query {

namespace {

const char* kindName(VariableKind kind) {
    switch (kind) {
    case VariableKind::kNode:
        return "Node";
    case VariableKind::kRelationship:
        return "Relationship";
    case VariableKind::kRelationshipList:
        return "List<Relationship>";
    case VariableKind::kPath:
        return "Path";
    case VariableKind::kValue:
        return "Any";
    case VariableKind::kConstant:
        return "a value";
    }
    return "Any";
}

} // namespace

Variable Binder::declare(const std::string& name, VariableKind kind, ast::SourceSpan) {
    Variable variable{newSlot(), kind};
    if (!name.empty()) {
        scope_[name] = variable;
    }
    return variable;
}

std::vector<BoundPropertyConstraint> Binder::bindPropertyMap(const ast::Expression* map,
                                                             BoundExpressionPtr* asParameter) {
    std::vector<BoundPropertyConstraint> constraints;
    if (map == nullptr) {
        return constraints;
    }
    if (map->kind != ast::ExpressionKind::kMap) {
        if (!creating_) {
            throwSemanticError("Parameter maps cannot be used in MATCH patterns (use a literal "
                               "map, e.g. {name: $name})",
                               "InvalidParameterUse", map->span);
        }
        *asParameter = bindExpression(*map); // a parameter holding a map, for CREATE
        return constraints;
    }
    for (std::size_t i = 0; i < map->keys.size(); ++i) {
        BoundPropertyConstraint c;
        c.name = map->keys[i];
        c.key = keyId(c.name, map->span);
        c.value = bindExpression(*map->children[i]);
        constraints.push_back(std::move(c));
    }
    return constraints;
}

BoundNode Binder::bindNode(const ast::NodePattern& node, bool forCreate,
                           std::vector<Slot>* introduced) {
    BoundNode bound;
    bound.span = node.span;
    bound.variable = node.variable;
    for (const std::string& label : node.labels) {
        bound.labelNames.push_back(label);
        bound.labels.push_back(forCreate ? engine::kNoId : labelId(label, node.span));
    }
    // Property values are bound before the variable is declared: `(n {x: n.y})` cannot read n.
    bound.properties = bindPropertyMap(node.properties.get(), &bound.propertyMap);
    auto found = scope_.find(node.variable);
    if (!node.variable.empty() && found != scope_.end()) {
        if (found->second.kind != VariableKind::kNode &&
            found->second.kind != VariableKind::kValue) {
            throwSemanticError("Type mismatch: `" + node.variable +
                                   "` defined with conflicting "
                                   "type " +
                                   kindName(found->second.kind) + " (expected Node)",
                               "VariableTypeConflict", node.span);
        }
        if (forCreate && (!node.labels.empty() || node.properties)) {
            throwSemanticError("Can't create node `" + node.variable +
                                   "` with labels or properties here. The variable is already "
                                   "declared in this context",
                               "VariableAlreadyBound", node.span);
        }
        bound.slot = found->second.slot;
        bound.bound = patternOuterScope_.contains(node.variable);
        bound.repeated = !bound.bound;
        return bound;
    }
    bound.slot = declare(node.variable, VariableKind::kNode, node.span).slot;
    if (introduced != nullptr) {
        introduced->push_back(bound.slot);
    }
    return bound;
}

BoundRel Binder::bindRel(const ast::RelPattern& rel, bool forCreate,
                         std::vector<Slot>* introduced) {
    BoundRel bound;
    bound.span = rel.span;
    bound.variable = rel.variable;
    bound.direction = rel.direction;
    for (const std::string& type : rel.types) {
        if (std::find(bound.typeNames.begin(), bound.typeNames.end(), type) !=
            bound.typeNames.end()) {
            continue; // [:T|T] is [:T]
        }
        bound.typeNames.push_back(type);
        bound.types.push_back(forCreate ? engine::kNoId : typeId(type, rel.span));
    }
    bound.variableLength = rel.variableLength;
    if (rel.variableLength) {
        bound.minHops = rel.minHops.value_or(1);
        bound.maxHops = rel.maxHops.value_or(-1);
    }
    if (forCreate && !rel.variable.empty() && scope_.contains(rel.variable)) {
        throwSemanticError("Can't create relationship `" + rel.variable +
                               "`: the variable is already declared in this context",
                           "VariableAlreadyBound", rel.span);
    }
    if (forCreate) {
        if (rel.types.size() != 1) {
            throwSemanticError("A single relationship type must be specified for CREATE",
                               "NoSingleRelationshipType", rel.span);
        }
        if (rel.direction == ast::RelDirection::kBoth) {
            throwSemanticError("Only directed relationships are supported in CREATE",
                               "RequiresDirectedRelationship", rel.span);
        }
        if (rel.variableLength) {
            throwSemanticError("Variable length relationships cannot be used in CREATE",
                               "CreatingVarLength", rel.span);
        }
    }
    bound.properties = bindPropertyMap(rel.properties.get(), &bound.propertyMap);
    const VariableKind kind =
        rel.variableLength ? VariableKind::kRelationshipList : VariableKind::kRelationship;
    auto found = scope_.find(rel.variable);
    if (!rel.variable.empty() && found != scope_.end()) {
        // (CREATE of a declared relationship variable was rejected above.)
        if (found->second.kind != kind && found->second.kind != VariableKind::kValue) {
            throwSemanticError("Type mismatch: `" + rel.variable +
                                   "` defined with conflicting "
                                   "type " +
                                   kindName(found->second.kind) + " (expected " + kindName(kind) +
                                   ")",
                               "VariableTypeConflict", rel.span);
        }
        bound.slot = found->second.slot;
        bound.bound = patternOuterScope_.contains(rel.variable);
        return bound;
    }
    bound.slot = declare(rel.variable, kind, rel.span).slot;
    if (introduced != nullptr) {
        introduced->push_back(bound.slot);
    }
    return bound;
}

BoundPatternPart Binder::bindPatternPart(const ast::PatternPart& part, bool forCreate,
                                         std::vector<Slot>* introduced) {
    BoundPatternPart bound;
    bound.span = part.span;
    bound.function = part.function;
    creating_ = forCreate;
    bound.nodes.push_back(bindNode(part.start, forCreate, introduced));
    for (const ast::PatternStep& step : part.steps) {
        bound.rels.push_back(bindRel(step.relationship, forCreate, introduced));
        bound.nodes.push_back(bindNode(step.node, forCreate, introduced));
    }
    if (!part.pathVariable.empty()) {
        if (scope_.contains(part.pathVariable)) {
            throwSemanticError("Variable `" + part.pathVariable + "` already declared",
                               "VariableAlreadyBound", part.span);
        }
        bound.pathSlot = declare(part.pathVariable, VariableKind::kPath, part.span).slot;
        if (introduced != nullptr) {
            introduced->push_back(*bound.pathSlot);
        }
    }
    return bound;
}

std::shared_ptr<BoundPatternPredicate> Binder::bindPatternPredicate(const ast::PatternPart& part,
                                                                    bool mayIntroduce) {
    if (!mayIntroduce) {
        auto check = [&](const std::string& name, ast::SourceSpan span) {
            if (!name.empty() && !scope_.contains(name)) {
                throwSemanticError("PatternExpressions are not allowed to introduce new "
                                   "variables: '" +
                                       name + "'",
                                   "UndefinedVariable", span);
            }
        };
        check(part.start.variable, part.start.span);
        for (const ast::PatternStep& step : part.steps) {
            check(step.relationship.variable, step.relationship.span);
            check(step.node.variable, step.node.span);
        }
    }
    auto predicate = std::make_shared<BoundPatternPredicate>();
    Scope outer = std::exchange(patternOuterScope_, scope_);
    predicate->parts.push_back(bindPatternPart(part, false, nullptr));
    patternOuterScope_ = std::move(outer);
    return predicate;
}

} // namespace steppe::query
