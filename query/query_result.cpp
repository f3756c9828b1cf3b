#include <algorithm>

#include "query/query_result_impl.hpp"

namespace steppe {

namespace {

ValueMap propertiesOf(const engine::GraphStore& g, std::span<const engine::PropertyEntry> props) {
    ValueMap map;
    map.reserve(props.size());
    for (const engine::PropertyEntry& p : props) {
        map.emplace_back(g.keyNames().name(p.key), p.value);
    }
    std::sort(map.begin(), map.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    return map;
}

// `{name: 'Georgia', since: 2009}`, or "" for no properties; keys are sorted.
std::string propertyLiteral(const ValueMap& properties) {
    if (properties.empty()) {
        return {};
    }
    return " " + Value::map(properties).toCypherLiteral();
}

} // namespace

QueryResult::QueryResult() : impl_(std::make_unique<Impl>()) {}
QueryResult::~QueryResult() = default;
QueryResult::QueryResult(QueryResult&&) noexcept = default;
QueryResult& QueryResult::operator=(QueryResult&&) noexcept = default;

const std::vector<std::string>& QueryResult::columns() const {
    return impl_->columns;
}
std::size_t QueryResult::rowCount() const {
    return impl_->rows.size();
}
const std::vector<Value>& QueryResult::row(std::size_t i) const {
    return impl_->rows[i];
}
const QueryStatistics& QueryResult::statistics() const {
    return impl_->statistics;
}
const std::string& QueryResult::plan() const {
    return impl_->plan;
}
const std::vector<std::string>& QueryResult::warnings() const {
    return impl_->warnings;
}

NodeDescription QueryResult::describe(NodeRef node) const {
    const engine::GraphStore& g = *impl_->graph;
    NodeDescription d;
    d.id = g.nodeId(node.index);
    for (engine::LabelId label : g.labels(node.index)) {
        d.labels.push_back(g.labelNames().name(label));
    }
    std::sort(d.labels.begin(), d.labels.end());
    d.properties = propertiesOf(g, g.nodeProperties().of(node.index));
    return d;
}

RelationshipDescription QueryResult::describe(RelRef rel) const {
    const engine::GraphStore& g = *impl_->graph;
    RelationshipDescription d;
    d.type = g.typeNames().name(g.relType(rel.index));
    d.startId = g.nodeId(g.relSource(rel.index));
    d.endId = g.nodeId(g.relTarget(rel.index));
    d.properties = propertiesOf(g, g.relProperties().of(rel.index));
    return d;
}

std::string QueryResult::toCypherLiteral(const Value& value) const {
    switch (value.kind()) {
    case ValueKind::kNode: {
        NodeDescription d = describe(value.asNode());
        std::string text = "(";
        for (const std::string& label : d.labels) {
            text += ":" + label;
        }
        std::string props = propertyLiteral(d.properties);
        if (d.labels.empty() && !props.empty()) {
            props.erase(0, 1); // no space after "(" when there is no label
        }
        return text + props + ")";
    }
    case ValueKind::kRelationship: {
        RelationshipDescription d = describe(value.asRelationship());
        return "[:" + d.type + propertyLiteral(d.properties) + "]";
    }
    case ValueKind::kPath: {
        // Each step shows the relationship's own direction relative to the walk.
        const PathValue& path = value.asPath();
        std::string text = "<" + toCypherLiteral(Value::node(path.nodes[0]));
        for (std::size_t i = 0; i < path.relationships.size(); ++i) {
            const bool forward =
                impl_->graph->relSource(path.relationships[i].index) == path.nodes[i].index;
            text += forward ? "-" : "<-";
            text += toCypherLiteral(Value::relationship(path.relationships[i]));
            text += forward ? "->" : "-";
            text += toCypherLiteral(Value::node(path.nodes[i + 1]));
        }
        return text + ">";
    }
    case ValueKind::kList: {
        std::string text = "[";
        for (const Value& item : value.asList()) {
            text += (text.size() > 1 ? ", " : "") + toCypherLiteral(item);
        }
        return text + "]";
    }
    case ValueKind::kMap: {
        std::string text = "{";
        for (const auto& [key, item] : value.asMap()) {
            text += (text.size() > 1 ? ", " : "") +
                    Value::map({{key, Value()}}).toCypherLiteral().substr(1);
            text.resize(text.size() - std::string(": null}").size());
            text += ": " + toCypherLiteral(item);
        }
        return text + "}";
    }
    default:
        return value.toCypherLiteral();
    }
}

} // namespace steppe
