#include "query/planner/plan_support.hpp"

#include <algorithm>
#include <iterator>

namespace steppe::query::planning {

ast::RelDirection reversed(ast::RelDirection d) {
    switch (d) {
    case ast::RelDirection::kRight:
        return ast::RelDirection::kLeft;
    case ast::RelDirection::kLeft:
        return ast::RelDirection::kRight;
    case ast::RelDirection::kBoth:
        break;
    }
    return ast::RelDirection::kBoth;
}

std::vector<engine::Direction> directionsOf(ast::RelDirection d) {
    switch (d) {
    case ast::RelDirection::kRight:
        return {engine::Direction::kOutgoing};
    case ast::RelDirection::kLeft:
        return {engine::Direction::kIncoming};
    case ast::RelDirection::kBoth:
        break;
    }
    return {engine::Direction::kOutgoing, engine::Direction::kIncoming};
}

bool labelsImplied(const engine::GraphStatistics& stats,
                   const std::vector<engine::LabelId>& fromLabels,
                   const std::vector<engine::TypeId>& types, ast::RelDirection direction,
                   const std::vector<engine::LabelId>& toLabels) {
    const std::vector<engine::Direction> directions = directionsOf(direction);
    return stats.averageDegree(fromLabels, types, directions, toLabels) ==
           stats.averageDegree(fromLabels, types, directions, {});
}

std::string nodeText(const BoundNode& node) {
    std::string text = node.variable.empty() ? "#" + std::to_string(node.slot) : node.variable;
    for (const std::string& label : node.labelNames) {
        text += ":" + label;
    }
    return text;
}

std::string relText(const BoundRel& rel, ast::RelDirection direction) {
    std::string types;
    for (const std::string& t : rel.typeNames) {
        types += (types.empty() ? ":" : "|") + t;
    }
    const std::string name = rel.variable.empty() ? "#" + std::to_string(rel.slot) : rel.variable;
    std::string body = "[" + name + types + (rel.variableLength ? "*" : "") + "]";
    switch (direction) {
    case ast::RelDirection::kRight:
        return "-" + body + "->";
    case ast::RelDirection::kLeft:
        return "<-" + body + "-";
    case ast::RelDirection::kBoth:
        break;
    }
    return "-" + body + "-";
}

bool hasConstraints(const BoundNode& node) {
    return !node.labels.empty() || !node.properties.empty() || node.propertyMap;
}

ExpandSpec expandSpec(const BoundPatternPart& part, std::size_t from, std::size_t to,
                      std::size_t rel, bool toBound) {
    const BoundRel& r = part.rels[rel];
    const bool againstPattern = to < from;
    ExpandSpec spec;
    spec.from = part.nodes[from].slot;
    spec.to = part.nodes[to].slot;
    spec.rel = r.slot;
    spec.toBound = toBound;
    spec.relBound = r.bound;
    spec.types = r.types;
    spec.direction = againstPattern ? reversed(r.direction) : r.direction;
    spec.relProperties = PropertyCheck{&r.properties, r.propertyMap.get()};
    spec.minHops = r.minHops;
    spec.maxHops = r.maxHops;
    spec.reverseList = againstPattern;
    spec.text = "(" + nodeText(part.nodes[from]) + ")" + relText(r, spec.direction) + "(" +
                nodeText(part.nodes[to]) + ")";
    return spec;
}

void collectConjuncts(const BoundExpression* e, std::vector<const BoundExpression*>& out) {
    if (e == nullptr) {
        return;
    }
    if (e->kind == BoundKind::kAnd) {
        collectConjuncts(e->children[0].get(), out);
        collectConjuncts(e->children[1].get(), out);
        return;
    }
    out.push_back(e);
}

void slotsRead(const BoundExpression* e, std::set<Slot>& out) {
    if (e == nullptr) {
        return;
    }
    if (e->kind == BoundKind::kSlot) {
        out.insert(e->slot);
    }
    for (const BoundExpressionPtr& child : e->children) {
        slotsRead(child.get(), out);
    }
    if (e->pattern) {
        for (const BoundPatternPart& part : e->pattern->parts) {
            slotsOfPattern(part, out);
        }
        slotsRead(e->pattern->where.get(), out);
    }
}

void slotsOfPattern(const BoundPatternPart& part, std::set<Slot>& out) {
    for (const BoundNode& n : part.nodes) {
        out.insert(n.slot);
        slotsReadByConstraints(n, out);
    }
    for (const BoundRel& r : part.rels) {
        out.insert(r.slot);
        slotsReadByConstraints(r, out);
    }
    if (part.pathSlot) {
        out.insert(*part.pathSlot);
    }
}

void addPendingFilters(const BoundExpression* where, const std::set<Slot>& patternSlots,
                       std::vector<PendingFilter>& out) {
    std::vector<const BoundExpression*> conjuncts;
    collectConjuncts(where, conjuncts);
    for (const BoundExpression* conjunct : conjuncts) {
        std::set<Slot> read;
        slotsRead(conjunct, read);
        PendingFilter filter{conjunct, {}, read};
        std::set_intersection(read.begin(), read.end(), patternSlots.begin(), patternSlots.end(),
                              std::inserter(filter.needs, filter.needs.end()));
        out.push_back(std::move(filter));
    }
}

} // namespace steppe::query::planning
