#include "query/executor/graph_functions.hpp"

#include <algorithm>

#include "query/functions/argument_errors.hpp"
#include "query/query_error.hpp"

namespace steppe::query {

namespace {

[[noreturn]] void wrongArgument(const BoundExpression& e, const Value& argument,
                                const char* expected) {
    functions::throwBadArgument(e.name.c_str(), expected, argument, e.span);
}

ValueMap propertiesOf(const Value& v, const ExecContext& ctx) {
    const engine::GraphStore& g = ctx.graph;
    std::span<const engine::PropertyEntry> entries;
    if (v.kind() == ValueKind::kNode) {
        if (ctx.isPendingNode(v.asNode())) {
            return ctx.pendingNode(v.asNode()).properties;
        }
        entries = g.nodeProperties().of(v.asNode().index);
    } else {
        if (ctx.isPendingRel(v.asRelationship())) {
            return ctx.pendingRel(v.asRelationship()).properties;
        }
        entries = g.relProperties().of(v.asRelationship().index);
    }
    ValueMap map;
    for (const engine::PropertyEntry& p : entries) {
        map.emplace_back(g.keyNames().name(p.key), p.value);
    }
    std::sort(map.begin(), map.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    return map;
}

Value citationsOf(const Value& v, const ExecContext& ctx) {
    const engine::GraphStore& g = ctx.graph;
    std::span<const engine::Citation> citations;
    if (v.kind() == ValueKind::kNode && !ctx.isPendingNode(v.asNode())) {
        citations = g.nodeCitations(v.asNode().index);
    } else if (v.kind() == ValueKind::kRelationship && !ctx.isPendingRel(v.asRelationship())) {
        citations = g.relCitations(v.asRelationship().index);
    }
    ValueList list;
    for (const engine::Citation& c : citations) {
        const engine::SourceDocument& doc = g.sources()[c.source];
        list.push_back(
            Value::map({{"doc", Value::string(doc.id)},
                        {"title", doc.title.empty() ? Value() : Value::string(doc.title)},
                        {"quote", Value::string(c.quote)}}));
    }
    return Value::list(std::move(list));
}

} // namespace

std::vector<std::string> labelNamesOf(NodeRef node, const ExecContext& ctx) {
    if (ctx.isPendingNode(node)) {
        return ctx.pendingNode(node).labels;
    }
    std::vector<std::string> names;
    for (engine::LabelId label : ctx.graph.labels(node.index)) {
        names.push_back(ctx.graph.labelNames().name(label));
    }
    return names;
}

bool hasAllLabels(const Value& target, const std::vector<engine::LabelId>& labels,
                  const ExecContext& ctx, ast::SourceSpan span) {
    if (target.kind() != ValueKind::kNode) {
        throwTypeError("A label predicate needs a node, got " + functions::describeValue(target),
                       "InvalidArgumentType", span);
    }
    NodeRef node = target.asNode();
    if (ctx.isPendingNode(node)) {
        const auto& names = ctx.pendingNode(node).labels;
        return std::all_of(labels.begin(), labels.end(), [&](engine::LabelId l) {
            return l != engine::kNoId && std::find(names.begin(), names.end(),
                                                   ctx.graph.labelNames().name(l)) != names.end();
        });
    }
    return std::all_of(labels.begin(), labels.end(), [&](engine::LabelId l) {
        return l != engine::kNoId && ctx.graph.hasLabel(node.index, l);
    });
}

Value callGraphFunction(const BoundExpression& e, const Value& argument, const ExecContext& ctx) {
    const engine::GraphStore& g = ctx.graph;
    if (e.graphFunction == GraphFunction::kExists) {
        return Value::boolean(!argument.isNull());
    }
    if (argument.isNull()) {
        return Value();
    }
    const ValueKind kind = argument.kind();
    switch (e.graphFunction) {
    case GraphFunction::kId:
        if (kind == ValueKind::kNode) {
            NodeRef n = argument.asNode();
            return Value::string(ctx.isPendingNode(n) ? ctx.pendingNode(n).id
                                                      : std::string(g.nodeId(n.index)));
        }
        if (kind == ValueKind::kRelationship) {
            return Value::integer(argument.asRelationship().index);
        }
        wrongArgument(e, argument, "a node or a relationship");
    case GraphFunction::kLabels: {
        if (kind != ValueKind::kNode) {
            wrongArgument(e, argument, "a node");
        }
        ValueList labels;
        for (const std::string& name : labelNamesOf(argument.asNode(), ctx)) {
            labels.push_back(Value::string(name));
        }
        return Value::list(std::move(labels));
    }
    case GraphFunction::kType: {
        if (kind != ValueKind::kRelationship) {
            wrongArgument(e, argument, "a relationship");
        }
        RelRef r = argument.asRelationship();
        return Value::string(ctx.isPendingRel(r) ? ctx.pendingRel(r).type
                                                 : g.typeNames().name(g.relType(r.index)));
    }
    case GraphFunction::kProperties:
        if (kind == ValueKind::kMap) {
            return argument;
        }
        if (kind != ValueKind::kNode && kind != ValueKind::kRelationship) {
            wrongArgument(e, argument, "a node, a relationship or a map");
        }
        return Value::map(propertiesOf(argument, ctx));
    case GraphFunction::kKeys: {
        if (kind != ValueKind::kNode && kind != ValueKind::kRelationship &&
            kind != ValueKind::kMap) {
            wrongArgument(e, argument, "a node, a relationship or a map");
        }
        ValueList keys;
        for (const auto& [key, value] :
             kind == ValueKind::kMap ? argument.asMap() : propertiesOf(argument, ctx)) {
            keys.push_back(Value::string(key));
        }
        return Value::list(std::move(keys));
    }
    case GraphFunction::kLength:
        if (kind == ValueKind::kPath) {
            return Value::integer(
                static_cast<std::int64_t>(argument.asPath().relationships.size()));
        }
        wrongArgument(e, argument, "a path");
    case GraphFunction::kNodes:
    case GraphFunction::kRelationships: {
        if (kind != ValueKind::kPath) {
            wrongArgument(e, argument, "a path");
        }
        ValueList items;
        const PathValue& path = argument.asPath();
        if (e.graphFunction == GraphFunction::kNodes) {
            for (NodeRef n : path.nodes) {
                items.push_back(Value::node(n));
            }
        } else {
            for (RelRef r : path.relationships) {
                items.push_back(Value::relationship(r));
            }
        }
        return Value::list(std::move(items));
    }
    case GraphFunction::kStartNode:
    case GraphFunction::kEndNode: {
        if (kind != ValueKind::kRelationship) {
            wrongArgument(e, argument, "a relationship");
        }
        RelRef r = argument.asRelationship();
        const bool start = e.graphFunction == GraphFunction::kStartNode;
        if (ctx.isPendingRel(r)) {
            return Value::node(start ? ctx.pendingRel(r).from : ctx.pendingRel(r).to);
        }
        return Value::node(NodeRef{start ? g.relSource(r.index) : g.relTarget(r.index)});
    }
    case GraphFunction::kSources:
        if (kind != ValueKind::kNode && kind != ValueKind::kRelationship) {
            wrongArgument(e, argument, "a node or a relationship");
        }
        return citationsOf(argument, ctx);
    case GraphFunction::kExists:
        break;
    }
    return Value();
}

} // namespace steppe::query
