#include "query/executor/create_operator.hpp"

#include <algorithm>

#include "query/executor/evaluator.hpp"
#include "query/query_error.hpp"

namespace steppe::query {

namespace {

// A property value must be a scalar or a list of scalars; null means "not set".
void checkStorable(const Value& v, ast::SourceSpan span) {
    auto scalar = [](const Value& x) {
        return x.kind() == ValueKind::kBoolean || x.isNumber() || x.kind() == ValueKind::kString;
    };
    if (v.isNull() || scalar(v)) {
        return;
    }
    if (v.kind() == ValueKind::kList && std::all_of(v.asList().begin(), v.asList().end(), scalar)) {
        return;
    }
    throwTypeError(std::string("A property value cannot be a ") + valueKindName(v.kind()),
                   "InvalidPropertyType", span);
}

} // namespace

Create::Create(const BoundCreate* create) : create_(create) {}

ValueMap Create::evaluateProperties(const std::vector<BoundPropertyConstraint>& properties,
                                    const BoundExpression* propertyMap, Row& row,
                                    ExecContext& ctx) {
    ValueMap map;
    for (const BoundPropertyConstraint& p : properties) {
        Value v = evaluate(*p.value, row, ctx);
        checkStorable(v, p.value->span);
        if (!v.isNull()) {
            map.emplace_back(p.name, std::move(v));
        }
    }
    if (propertyMap != nullptr) {
        Value given = evaluate(*propertyMap, row, ctx);
        if (given.kind() == ValueKind::kMap) {
            for (const auto& [key, v] : given.asMap()) {
                checkStorable(v, propertyMap->span);
                if (!v.isNull()) {
                    map.emplace_back(key, v);
                }
            }
        } else if (!given.isNull()) {
            throwTypeError("Properties must be given as a map", "InvalidArgumentType",
                           propertyMap->span);
        }
    }
    // Sorted by key with the last of equal keys winning, as a map literal reads.
    std::stable_sort(map.begin(), map.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    ValueMap unique;
    for (auto& entry : map) {
        if (!unique.empty() && unique.back().first == entry.first) {
            unique.back().second = std::move(entry.second);
        } else {
            unique.push_back(std::move(entry));
        }
    }
    return unique;
}

NodeRef Create::createNode(const BoundNode& node, Row& row, ExecContext& ctx) {
    PendingWrites& w = *ctx.writes;
    PendingWrites::Node created;
    // Generated ids start with an underscore and never collide with loaded ones.
    do {
        created.id = "_" + std::to_string(w.nextGeneratedId++);
    } while (ctx.graph.findNode(created.id) != engine::kNoId);
    created.labels = node.labelNames;
    std::sort(created.labels.begin(), created.labels.end());
    created.labels.erase(std::unique(created.labels.begin(), created.labels.end()),
                         created.labels.end());
    created.properties = evaluateProperties(node.properties, node.propertyMap.get(), row, ctx);
    w.nodes.push_back(std::move(created));
    return NodeRef{static_cast<std::uint32_t>(ctx.graph.nodeCount() + w.nodes.size() - 1)};
}

void Create::push(Row& row, ExecContext& ctx) {
    for (const BoundPatternPart& part : create_->parts) {
        std::vector<NodeRef> nodes;
        for (const BoundNode& node : part.nodes) {
            if (node.bound || node.repeated) {
                const Value& v = row[node.slot];
                if (v.kind() != ValueKind::kNode) {
                    throwSemanticError("Failed to create relationship, because a node is null",
                                       "NullNode", node.span);
                }
                nodes.push_back(v.asNode());
                continue;
            }
            NodeRef created = createNode(node, row, ctx);
            row[node.slot] = Value::node(created);
            nodes.push_back(created);
        }
        PathValue path;
        path.nodes.push_back(nodes[0]);
        for (std::size_t i = 0; i < part.rels.size(); ++i) {
            const BoundRel& rel = part.rels[i];
            PendingWrites::Relationship created;
            const bool forward = rel.direction == ast::RelDirection::kRight;
            created.from = forward ? nodes[i] : nodes[i + 1];
            created.to = forward ? nodes[i + 1] : nodes[i];
            created.type = rel.typeNames[0];
            created.properties =
                evaluateProperties(rel.properties, rel.propertyMap.get(), row, ctx);
            ctx.writes->relationships.push_back(std::move(created));
            RelRef ref{static_cast<std::uint32_t>(ctx.graph.relCount() +
                                                  ctx.writes->relationships.size() - 1)};
            row[rel.slot] = Value::relationship(ref);
            path.relationships.push_back(ref);
            path.nodes.push_back(nodes[i + 1]);
        }
        if (part.pathSlot) {
            row[*part.pathSlot] = Value::path(std::move(path));
        }
    }
    next_->push(row, ctx);
    // Updates are eager: a LIMIT after CREATE limits the rows returned, not the nodes made.
    ctx.stop = false;
}

} // namespace steppe::query
