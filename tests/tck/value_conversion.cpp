#include "tests/tck/value_conversion.hpp"

#include <algorithm>
#include <variant>

namespace steppe::tck {

namespace {

TckMap fromProperties(const ValueMap& properties, const QueryResult& result) {
    TckMap map;
    map.reserve(properties.size());
    for (const auto& [key, value] : properties) {
        map.emplace_back(key, fromEngineValue(value, result));
    }
    return makeMap(std::move(map));
}

TckNode describeNode(NodeRef ref, const QueryResult& result) {
    NodeDescription d = result.describe(ref);
    TckNode node;
    node.labels = std::move(d.labels);
    std::sort(node.labels.begin(), node.labels.end());
    node.labels.erase(std::unique(node.labels.begin(), node.labels.end()), node.labels.end());
    node.properties = fromProperties(d.properties, result);
    return node;
}

TckRelationship describeRelationship(const RelationshipDescription& d, const QueryResult& result) {
    return TckRelationship{d.type, fromProperties(d.properties, result)};
}

TckPath describePath(const PathValue& p, const QueryResult& result) {
    TckPath path;
    path.start = describeNode(p.nodes.front(), result);
    for (std::size_t i = 0; i < p.relationships.size(); ++i) {
        const RelationshipDescription rel = result.describe(p.relationships[i]);
        TckPathStep step;
        step.forward = rel.startId == result.describe(p.nodes[i]).id;
        step.relationship = describeRelationship(rel, result);
        step.node = describeNode(p.nodes[i + 1], result);
        path.steps.push_back(std::move(step));
    }
    return path;
}

} // namespace

TckValue fromEngineValue(const Value& value, const QueryResult& result) {
    switch (value.kind()) {
    case ValueKind::kNull:
        return TckValue();
    case ValueKind::kBoolean:
        return TckValue(value.asBoolean());
    case ValueKind::kInteger:
        return TckValue(value.asInteger());
    case ValueKind::kFloat:
        return TckValue(value.asFloat());
    case ValueKind::kString:
        return TckValue(value.asString());
    case ValueKind::kList: {
        TckList list;
        list.reserve(value.asList().size());
        for (const Value& item : value.asList()) {
            list.push_back(fromEngineValue(item, result));
        }
        return TckValue(std::move(list));
    }
    case ValueKind::kMap:
        return TckValue(fromProperties(value.asMap(), result));
    case ValueKind::kNode:
        return TckValue(describeNode(value.asNode(), result));
    case ValueKind::kRelationship:
        return TckValue(describeRelationship(result.describe(value.asRelationship()), result));
    case ValueKind::kPath:
        return TckValue(describePath(value.asPath(), result));
    }
    return TckValue();
}

std::optional<Value> toEngineValue(const TckValue& value, std::string* error) {
    const TckValue::Rep& rep = value.rep();
    if (const bool* b = std::get_if<bool>(&rep)) {
        return Value::boolean(*b);
    }
    if (const std::int64_t* i = std::get_if<std::int64_t>(&rep)) {
        return Value::integer(*i);
    }
    if (const double* d = std::get_if<double>(&rep)) {
        return Value::floating(*d);
    }
    if (const std::string* s = std::get_if<std::string>(&rep)) {
        return Value::string(*s);
    }
    if (const TckList* list = std::get_if<TckList>(&rep)) {
        ValueList items;
        for (const TckValue& item : *list) {
            std::optional<Value> converted = toEngineValue(item, error);
            if (!converted) {
                return std::nullopt;
            }
            items.push_back(std::move(*converted));
        }
        return Value::list(std::move(items));
    }
    if (const TckMap* map = std::get_if<TckMap>(&rep)) {
        ValueMap entries;
        for (const auto& [key, item] : *map) {
            std::optional<Value> converted = toEngineValue(item, error);
            if (!converted) {
                return std::nullopt;
            }
            entries.emplace_back(key, std::move(*converted));
        }
        return Value::map(std::move(entries));
    }
    if (std::holds_alternative<TckNull>(rep)) {
        return Value::null();
    }
    *error = "a parameter cannot be a node, relationship or path: " + render(value);
    return std::nullopt;
}

std::optional<Parameters> parseParameterTable(const DataTable& table, std::string* error) {
    Parameters parameters;
    for (const std::vector<std::string>& row : table) {
        if (row.size() != 2) {
            *error = "a parameters row needs 2 cells, not " + std::to_string(row.size());
            return std::nullopt;
        }
        std::optional<TckValue> value = parseTckValue(row[1], error);
        if (!value) {
            *error = "cannot read parameter $" + row[0] + ": " + *error;
            return std::nullopt;
        }
        std::optional<Value> engineValue = toEngineValue(*value, error);
        if (!engineValue) {
            return std::nullopt;
        }
        parameters[row[0]] = std::move(*engineValue);
    }
    return parameters;
}

} // namespace steppe::tck
