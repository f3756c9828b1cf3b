#include "engine/export/graphml_writer.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <sstream>
#include <string>
#include <vector>

#include <boost/graph/graphml.hpp>

#include "engine/export/property_columns.hpp"
#include "engine/export/selection_graph.hpp"
#include "engine/json_writer.hpp"
#include "engine/spelling.hpp"
#include "steppe/export.hpp"

namespace steppe::engine {

namespace {

// What a column yields for an entity without the property. XML cannot hold the character, so
// no real text equals it; the <data> elements holding it are removed afterwards.
constexpr std::string_view kMissing = "\x01";

std::string doubleText(double d) {
    if (std::isnan(d)) {
        return "NaN";
    }
    if (std::isinf(d)) {
        return d > 0 ? "INF" : "-INF"; // the xsd:double spellings
    }
    char buffer[32];
    auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, d);
    return std::string(buffer, end);
}

std::string valueText(const Value& v, ColumnKind kind) {
    switch (kind) {
    case ColumnKind::kBoolean:
        // Both spellings are xsd:boolean; Boost's read_graphml reads only these.
        return v.asBoolean() ? "1" : "0";
    case ColumnKind::kInteger:
        return std::to_string(v.asInteger());
    case ColumnKind::kFloat:
        return doubleText(v.asNumber());
    default:
        return v.kind() == ValueKind::kString ? v.asString() : jsonText(v);
    }
}

// Boost writes attribute names as they are; names are ours to escape.
std::string xmlEscaped(std::string_view text) {
    std::string out;
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

// XML 1.0 has no way to write control characters other than tab and line breaks.
Status checkXmlText(std::string_view text, const std::string& where) {
    auto bad = std::find_if(text.begin(), text.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte < 0x20 && c != '\t' && c != '\n' && c != '\r';
    });
    if (bad == text.end()) {
        return Status::OK();
    }
    return Status::invalidArgument(where + " holds the control character U+00" +
                                   "0123456789ABCDEF"[static_cast<unsigned char>(*bad) >> 4] +
                                   "0123456789ABCDEF"[static_cast<unsigned char>(*bad) & 15] +
                                   ", which XML 1.0 (GraphML) cannot carry");
}

Status checkValue(const Value& v, const std::string& where) {
    if (v.kind() == ValueKind::kString) {
        return checkXmlText(v.asString(), where);
    }
    if (v.kind() == ValueKind::kList) {
        for (const Value& item : v.asList()) {
            if (Status s = checkValue(item, where); !s.ok()) {
                return s;
            }
        }
    }
    return Status::OK();
}

Status checkEntityTexts(const ExportSelection& selection) {
    const GraphStore& g = *selection.graph;
    for (NodeIndex node : selection.nodes) {
        const std::string what = "node " + inQuotes(g.nodeId(node));
        Status s = checkXmlText(g.nodeId(node), what);
        for (LabelId label : g.labels(node)) {
            s = s.ok() ? checkXmlText(g.labelNames().name(label), what + ": a label") : s;
        }
        for (const PropertyEntry& p : g.nodeProperties().of(node)) {
            const std::string key = g.keyNames().name(p.key);
            s = s.ok() ? checkXmlText(key, what + ": a property key") : s;
            s = s.ok() ? checkValue(p.value, what + ": property " + inQuotes(key)) : s;
        }
        if (!s.ok()) {
            return s;
        }
    }
    for (RelIndex rel : selection.rels) {
        const std::string what = "a relationship of type " +
                                 inQuotes(g.typeNames().name(g.relType(rel))) + " from " +
                                 inQuotes(g.nodeId(g.relSource(rel)));
        Status s = checkXmlText(g.typeNames().name(g.relType(rel)), what);
        for (const PropertyEntry& p : g.relProperties().of(rel)) {
            const std::string key = g.keyNames().name(p.key);
            s = s.ok() ? checkXmlText(key, what + ": a property key") : s;
            s = s.ok() ? checkValue(p.value, what + ": property " + inQuotes(key)) : s;
        }
        if (!s.ok()) {
            return s;
        }
    }
    return Status::OK();
}

Status checkReserved(const std::vector<PropertyColumn>& columns,
                     std::initializer_list<std::string_view> reserved, const char* entities) {
    for (const PropertyColumn& column : columns) {
        if (std::find(reserved.begin(), reserved.end(), column.name) != reserved.end()) {
            return Status::invalidArgument(std::string("GraphML export keeps the ") + entities +
                                           " key " + inQuotes(column.name) +
                                           " for itself, and a property has that name");
        }
    }
    return Status::OK();
}

template <typename Key>
void addPropertyColumn(boost::dynamic_properties& dp, const PropertyColumn& column,
                       std::function<const Value*(const Key&)> find) {
    auto text = [column, find](const Key& key) {
        const Value* v = find(key);
        return v == nullptr ? std::string(kMissing) : valueText(*v, column.kind);
    };
    const std::string name = xmlEscaped(column.name);
    switch (column.kind) {
    case ColumnKind::kBoolean:
        addColumn<Key, bool>(dp, name, text);
        break;
    case ColumnKind::kInteger:
        addColumn<Key, long>(dp, name, text);
        break;
    case ColumnKind::kFloat:
        addColumn<Key, double>(dp, name, text);
        break;
    default:
        addColumn<Key, std::string>(dp, name, text);
    }
}

// Boost writes a <data> element for every key on every node and edge; GraphML says "no such
// property" by leaving the element out, so those holding kMissing go.
std::string withoutMissingData(const std::string& text) {
    const std::string marker = ">" + std::string(kMissing) + "</data>\n";
    std::string result;
    result.reserve(text.size());
    std::size_t from = 0;
    for (std::size_t hit = text.find(marker); hit != std::string::npos;
         hit = text.find(marker, from)) {
        const std::size_t lineStart = text.rfind('\n', hit) + 1;
        result.append(text, from, lineStart - from);
        from = hit + marker.size();
    }
    result.append(text, from);
    return result;
}

// GraphML has no list type. As Neo4j's APOC does, a key whose values are all lists is a
// string key with `attr.list` naming the items' type, and each value is a JSON array.
const char* listItemType(ColumnKind kind) {
    switch (kind) {
    case ColumnKind::kBooleanList:
        return "boolean";
    case ColumnKind::kIntegerList:
        return "long";
    case ColumnKind::kFloatList:
        return "double";
    case ColumnKind::kStringList:
        return "string";
    default:
        return nullptr;
    }
}

// Adds `attr.list` to the <key> declarations Boost wrote for the list columns.
std::string withListKeys(std::string text, const std::vector<PropertyColumn>& columns,
                         const char* domain) {
    for (const PropertyColumn& column : columns) {
        const char* itemType = listItemType(column.kind);
        if (itemType == nullptr) {
            continue;
        }
        const std::string declared = std::string(" for=\"") + domain + "\" attr.name=\"" +
                                     xmlEscaped(column.name) + "\" attr.type=\"string\"";
        const std::size_t at = text.find(declared);
        if (at != std::string::npos) {
            text.insert(at + declared.size(), std::string(" attr.list=\"") + itemType + "\"");
        }
    }
    return text;
}

} // namespace

Status exportGraphml(const ExportSelection& selection, std::ostream& out) {
    const GraphStore& g = *selection.graph;
    const std::vector<PropertyColumn> nodeColumns = nodePropertyColumns(selection);
    const std::vector<PropertyColumn> relColumns = relPropertyColumns(selection);
    Status s = checkReserved(nodeColumns, {kExportIdProperty, "labels"}, "node");
    s = s.ok() ? checkReserved(relColumns, {"label"}, "relationship") : s;
    s = s.ok() ? checkEntityTexts(selection) : s;
    if (!s.ok()) {
        return s;
    }

    const SelectionGraph graph = buildSelectionGraph(selection);
    boost::dynamic_properties dp;
    addColumn<SelectionVertex>(dp, kExportIdProperty, [&](const SelectionVertex& v) {
        return std::string(g.nodeId(selection.nodes[v]));
    });
    addColumn<SelectionVertex>(dp, "labels", [&](const SelectionVertex& v) {
        std::string text;
        for (std::string_view name : g.sortedLabelNames(selection.nodes[v])) {
            text += ":" + std::string(name);
        }
        return text;
    });
    addColumn<SelectionEdge>(dp, "label", [&](const SelectionEdge& e) {
        return g.typeNames().name(g.relType(graph[e]));
    });
    for (const PropertyColumn& column : nodeColumns) {
        addPropertyColumn<SelectionVertex>(dp, column, [&g, &selection, column](auto v) {
            return g.nodeProperties().find(selection.nodes[v], column.key);
        });
    }
    for (const PropertyColumn& column : relColumns) {
        addPropertyColumn<SelectionEdge>(dp, column, [&g, &graph, column](auto e) {
            return g.relProperties().find(graph[e], column.key);
        });
    }
    std::ostringstream text;
    boost::write_graphml(text, graph, dp, true);
    out << withoutMissingData(
        withListKeys(withListKeys(text.str(), nodeColumns, "node"), relColumns, "edge"));
    return Status::OK();
}

} // namespace steppe::engine
