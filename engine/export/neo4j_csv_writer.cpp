#include "engine/export/neo4j_csv_writer.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "engine/export/csv_field.hpp"
#include "engine/export/property_columns.hpp"
#include "engine/json_writer.hpp"
#include "engine/spelling.hpp"
#include "steppe/export.hpp"

namespace steppe::engine {

namespace {

constexpr char kArrayDelimiter = ';';

const char* typeName(ColumnKind kind) {
    switch (kind) {
    case ColumnKind::kBoolean:
        return "boolean";
    case ColumnKind::kInteger:
        return "long";
    case ColumnKind::kFloat:
        return "double";
    case ColumnKind::kBooleanList:
        return "boolean[]";
    case ColumnKind::kIntegerList:
        return "long[]";
    case ColumnKind::kFloatList:
        return "double[]";
    case ColumnKind::kStringList:
        return "string[]";
    default:
        return "string"; // strings, and mixed values written as JSON
    }
}

// A scalar as the import reads it for a column of that kind; floats in Java's notation.
std::string scalarText(const Value& v, ColumnKind kind) {
    switch (v.kind()) {
    case ValueKind::kBoolean:
        return v.asBoolean() ? "true" : "false";
    case ValueKind::kInteger:
        return kind == ColumnKind::kFloat || kind == ColumnKind::kFloatList
                   ? Value::floating(static_cast<double>(v.asInteger())).toCypherLiteral()
                   : std::to_string(v.asInteger());
    case ValueKind::kFloat:
        return v.toCypherLiteral(); // 1.5, 1.0E300, NaN, Infinity: all Double.parseDouble's
    case ValueKind::kString:
        return v.asString();
    default:
        return jsonText(v);
    }
}

std::string fieldText(const Value& v, ColumnKind kind) {
    if (kind == ColumnKind::kMixed) {
        return csvField(v.kind() == ValueKind::kString ? v.asString() : jsonText(v), true);
    }
    if (!isListKind(kind)) {
        return csvField(scalarText(v, kind), true);
    }
    const ValueList& list = v.asList();
    std::string items;
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (i > 0) {
            items += kArrayDelimiter;
        }
        items += scalarText(list[i], kind);
    }
    // An empty list is a quoted empty field: a bare one would mean "no value".
    return csvField(items, true);
}

Status checkNoDelimiter(std::string_view text, const std::string& what) {
    if (text.find(kArrayDelimiter) == std::string_view::npos) {
        return Status::OK();
    }
    return Status::invalidArgument(what + " holds \";\", the array delimiter of the Neo4j CSV "
                                          "format, which it cannot escape; export as cypher or "
                                          "json instead");
}

Status checkEntities(const ExportSelection& selection,
                     const std::vector<PropertyColumn>& nodeColumns,
                     const std::vector<PropertyColumn>& relColumns) {
    const GraphStore& g = *selection.graph;
    for (const PropertyColumn& column : nodeColumns) {
        if (column.name == kExportIdProperty) {
            return Status::invalidArgument(std::string("a node property is named ") +
                                           inQuotes(column.name) +
                                           ", the column that holds node ids in the CSV export");
        }
    }
    for (NodeIndex node : selection.nodes) {
        for (LabelId label : g.labels(node)) {
            if (Status s = checkNoDelimiter(g.labelNames().name(label),
                                            "the label " + inQuotes(g.labelNames().name(label)));
                !s.ok()) {
                return s;
            }
        }
    }
    auto checkLists = [&](const PropertyTable& table, std::uint32_t entity,
                          const std::string& what) {
        for (const PropertyEntry& p : table.of(entity)) {
            if (p.value.kind() != ValueKind::kList) {
                continue;
            }
            for (const Value& item : p.value.asList()) {
                if (item.kind() == ValueKind::kString) {
                    if (Status s = checkNoDelimiter(item.asString(),
                                                    what + ": a string in the list " +
                                                        inQuotes(g.keyNames().name(p.key)));
                        !s.ok()) {
                        return s;
                    }
                }
            }
        }
        return Status::OK();
    };
    auto isListColumn = [](const std::vector<PropertyColumn>& columns) {
        return std::any_of(columns.begin(), columns.end(),
                           [](const PropertyColumn& c) { return isListKind(c.kind); });
    };
    if (isListColumn(nodeColumns)) {
        for (NodeIndex node : selection.nodes) {
            if (Status s = checkLists(g.nodeProperties(), node, "node " + inQuotes(g.nodeId(node)));
                !s.ok()) {
                return s;
            }
        }
    }
    if (isListColumn(relColumns)) {
        for (RelIndex rel : selection.rels) {
            if (Status s =
                    checkLists(g.relProperties(), rel,
                               "a relationship from " + inQuotes(g.nodeId(g.relSource(rel))));
                !s.ok()) {
                return s;
            }
        }
    }
    return Status::OK();
}

void writeHeader(std::ostream& out, const char* fixed, const std::vector<PropertyColumn>& columns) {
    out << fixed;
    for (const PropertyColumn& column : columns) {
        out << ',' << csvField(column.name + ":" + typeName(column.kind));
    }
    out << '\n';
}

void writeProperties(std::ostream& out, const PropertyTable& table, std::uint32_t entity,
                     const std::vector<PropertyColumn>& columns) {
    for (const PropertyColumn& column : columns) {
        out << ',';
        if (const Value* v = table.find(entity, column.key); v != nullptr) {
            out << fieldText(*v, column.kind);
        }
    }
    out << '\n';
}

std::string labelField(const GraphStore& g, NodeIndex node) {
    std::string text;
    for (std::string_view name : g.sortedLabelNames(node)) {
        text += (text.empty() ? "" : ";") + std::string(name);
    }
    return csvField(text);
}

} // namespace

Status exportNeo4jCsv(const ExportSelection& selection, std::ostream& nodes,
                      std::ostream& relationships) {
    const GraphStore& g = *selection.graph;
    const std::vector<PropertyColumn> nodeColumns = nodePropertyColumns(selection);
    const std::vector<PropertyColumn> relColumns = relPropertyColumns(selection);
    if (Status s = checkEntities(selection, nodeColumns, relColumns); !s.ok()) {
        return s;
    }
    writeHeader(nodes, (std::string(kExportIdProperty) + ":ID,:LABEL").c_str(), nodeColumns);
    for (NodeIndex node : selection.nodes) {
        nodes << csvField(g.nodeId(node), true) << ',' << labelField(g, node);
        writeProperties(nodes, g.nodeProperties(), node, nodeColumns);
    }
    writeHeader(relationships, ":START_ID,:END_ID,:TYPE", relColumns);
    for (RelIndex rel : selection.rels) {
        relationships << csvField(g.nodeId(g.relSource(rel)), true) << ','
                      << csvField(g.nodeId(g.relTarget(rel)), true) << ','
                      << csvField(g.typeNames().name(g.relType(rel)));
        writeProperties(relationships, g.relProperties(), rel, relColumns);
    }
    return Status::OK();
}

} // namespace steppe::engine
