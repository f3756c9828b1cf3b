#include "query/executor/pattern_runner.hpp"

#include <algorithm>

#include "query/executor/directions.hpp"
#include "query/executor/evaluator.hpp"
#include "query/executor/graph_functions.hpp"

namespace steppe::query {

namespace {

// Runs the pattern's pipeline on a copy of the row with a stop flag of its own, so that
// stopping at a first match does not stop the enclosing query.
template <typename OnMatch>
void runPattern(const BoundPatternPredicate& pattern, const Row& row, ExecContext& ctx,
                OnMatch onMatch) {
    CompiledPattern& compiled = *pattern.compiled;
    ExecContext inner = ctx;
    inner.stop = false;
    // A pattern never runs inside itself, so its scratch row is free; assigning reuses its
    // memory instead of allocating a row per evaluation.
    compiled.scratch = row;
    compiled.sink->onMatch = [&](Row& matched, ExecContext& c) { onMatch(matched, c); };
    compiled.plan.head()->push(compiled.scratch, inner);
    compiled.sink->onMatch = nullptr;
}

bool probeMatches(const AdjacencyProbe& probe, const Row& row, const ExecContext& ctx) {
    const Value& from = row[probe.from];
    const Value& to = row[probe.to];
    // Null matches nothing; nodes created by the statement have no relationships in the graph.
    if (from.kind() != ValueKind::kNode || to.kind() != ValueKind::kNode ||
        ctx.isPendingNode(from.asNode()) || ctx.isPendingNode(to.asNode()) ||
        !hasAllLabels(from, probe.fromLabels, ctx, {}) ||
        !hasAllLabels(to, probe.toLabels, ctx, {})) {
        return false;
    }
    const engine::NodeIndex a = from.asNode().index;
    const engine::NodeIndex b = to.asNode().index;
    bool found = false;
    forEachDirection(probe.direction, [&](engine::Direction direction, bool) {
        const engine::Adjacency& adjacency = ctx.graph.adjacency(direction);
        if (probe.types.empty()) {
            const auto neighbours = adjacency.all(a).neighbours; // sorted per type only
            found = found || std::find(neighbours.begin(), neighbours.end(), b) != neighbours.end();
            return;
        }
        for (engine::TypeId type : probe.types) {
            if (type != engine::kNoId && !found) {
                const auto neighbours = adjacency.ofType(a, type).neighbours;
                found = std::binary_search(neighbours.begin(), neighbours.end(), b);
            }
        }
    });
    return found;
}

} // namespace

std::optional<AdjacencyProbe> adjacencyProbeFor(const BoundPatternPredicate& pattern) {
    if (pattern.where || pattern.parts.size() != 1) {
        return std::nullopt;
    }
    const BoundPatternPart& part = pattern.parts[0];
    if (part.nodes.size() != 2 || part.pathSlot || part.function != ast::PathFunction::kNone) {
        return std::nullopt;
    }
    auto plainBound = [](const BoundNode& n) {
        return n.bound && n.properties.empty() && !n.propertyMap;
    };
    const BoundRel& rel = part.rels[0];
    if (!plainBound(part.nodes[0]) || !plainBound(part.nodes[1]) || rel.bound ||
        rel.variableLength || !rel.properties.empty() || rel.propertyMap) {
        return std::nullopt;
    }
    return AdjacencyProbe{part.nodes[0].slot,   part.nodes[1].slot, part.nodes[0].labels,
                          part.nodes[1].labels, rel.types,          rel.direction};
}

bool patternMatches(const BoundPatternPredicate& pattern, Row& row, ExecContext& ctx) {
    if (pattern.compiled->probe) {
        return probeMatches(*pattern.compiled->probe, row, ctx);
    }
    bool found = false;
    runPattern(pattern, row, ctx, [&](Row& matched, ExecContext& c) {
        if (pattern.where && !passes(*pattern.where, matched, c)) {
            return;
        }
        found = true;
        c.stop = true;
    });
    return found;
}

ValueList collectPatternMatches(const BoundExpression& e, Row& row, ExecContext& ctx) {
    ValueList values;
    runPattern(*e.pattern, row, ctx, [&](Row& matched, ExecContext& c) {
        if (e.children[0] && !passes(*e.children[0], matched, c)) {
            return;
        }
        values.push_back(evaluate(*e.children[1], matched, c));
    });
    return values;
}

} // namespace steppe::query
