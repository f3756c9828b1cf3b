#include "engine/export/cypher_writer.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "engine/spelling.hpp"
#include "steppe/export.hpp"

namespace steppe::engine {

namespace {

bool isPlainName(std::string_view name) {
    auto letter = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    };
    if (name.empty() || !letter(name.front())) {
        return false;
    }
    return std::all_of(name.begin(), name.end(),
                       [&](char c) { return letter(c) || (c >= '0' && c <= '9'); });
}

// A label or type as Cypher writes it: bare when it is a plain ASCII name, else in back-quotes
// with back-quotes doubled.
std::string cypherName(std::string_view name) {
    if (isPlainName(name)) {
        return std::string(name);
    }
    std::string out = "`";
    for (char c : name) {
        out += c;
        if (c == '`') {
            out += '`';
        }
    }
    return out + "`";
}

bool hasLiteral(const Value& v) {
    if (v.kind() == ValueKind::kFloat) {
        return std::isfinite(v.asFloat());
    }
    if (v.kind() == ValueKind::kList) {
        return std::all_of(v.asList().begin(), v.asList().end(), hasLiteral);
    }
    return true;
}

Status checkProperties(const GraphStore& g, std::span<const PropertyEntry> properties, bool isNode,
                       const std::string& what) {
    for (const PropertyEntry& p : properties) {
        const std::string& key = g.keyNames().name(p.key);
        if (isNode && key == kExportIdProperty) {
            return Status::invalidArgument(what + " has a property " + inQuotes(key) +
                                           ", the name the Cypher script gives node ids");
        }
        if (!hasLiteral(p.value)) {
            return Status::invalidArgument(what + ": property " + inQuotes(key) + " holds " +
                                           p.value.toCypherLiteral() +
                                           ", which Cypher has no literal for");
        }
    }
    return Status::OK();
}

// ` {_id: 'georgia', name: 'Georgia'}`: the properties as a Cypher map, with the id when
// given; "" when there is nothing to write.
std::string propertyMap(const GraphStore& g, std::span<const PropertyEntry> properties,
                        const std::string_view* id) {
    ValueMap entries;
    if (id != nullptr) {
        entries.emplace_back(kExportIdProperty, Value::string(std::string(*id)));
    }
    for (const PropertyEntry& p : properties) {
        entries.emplace_back(g.keyNames().name(p.key), p.value);
    }
    return entries.empty() ? "" : " " + Value::map(std::move(entries)).toCypherLiteral();
}

std::string labelsOf(const GraphStore& g, NodeIndex node) {
    std::string text;
    for (std::string_view name : g.sortedLabelNames(node)) {
        text += ":" + cypherName(name);
    }
    return text;
}

// `(a:Country {_id: 'georgia'})`: a node found by its first label and its id, the label
// letting Neo4j use an index on (label, _id).
std::string matchNode(const GraphStore& g, NodeIndex node, const char* variable) {
    std::string label;
    for (LabelId l : g.labels(node)) {
        if (label.empty() || g.labelNames().name(l) < label) {
            label = g.labelNames().name(l);
        }
    }
    return std::string("(") + variable + (label.empty() ? "" : ":" + cypherName(label)) + " {" +
           kExportIdProperty + ": " + Value::string(std::string(g.nodeId(node))).toCypherLiteral() +
           "})";
}

} // namespace

Status exportCypherScript(const ExportSelection& selection, std::ostream& out) {
    const GraphStore& g = *selection.graph;
    // Everything is checked before the first line is written, so a failure writes nothing.
    for (NodeIndex node : selection.nodes) {
        if (Status s = checkProperties(g, g.nodeProperties().of(node), true,
                                       "node " + inQuotes(g.nodeId(node)));
            !s.ok()) {
            return s;
        }
    }
    for (RelIndex rel : selection.rels) {
        if (Status s =
                checkProperties(g, g.relProperties().of(rel), false,
                                "the " + inQuotes(g.typeNames().name(g.relType(rel))) +
                                    " relationship from " + inQuotes(g.nodeId(g.relSource(rel))));
            !s.ok()) {
            return s;
        }
    }
    for (NodeIndex node : selection.nodes) {
        const std::string_view id = g.nodeId(node);
        out << "CREATE (" << labelsOf(g, node) << propertyMap(g, g.nodeProperties().of(node), &id)
            << ");\n";
    }
    for (RelIndex rel : selection.rels) {
        out << "MATCH " << matchNode(g, g.relSource(rel), "a") << ", "
            << matchNode(g, g.relTarget(rel), "b")
            << " CREATE (a)-[:" << cypherName(g.typeNames().name(g.relType(rel)))
            << propertyMap(g, g.relProperties().of(rel), nullptr) << "]->(b);\n";
    }
    return Status::OK();
}

} // namespace steppe::engine
