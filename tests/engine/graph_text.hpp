// A canonical text of a whole graph, read through queries: one line per node
// `(id:A:B {key: value})` and per relationship `(from)-[:TYPE {key: value}]->(to)`, sorted, with
// labels and keys sorted too. Two graphs have the same text exactly when they hold the same
// nodes, relationships, labels and typed values, whatever order they were loaded in.
#ifndef STEPPE_TESTS_ENGINE_GRAPH_TEXT_HPP_
#define STEPPE_TESTS_ENGINE_GRAPH_TEXT_HPP_

#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "steppe/database.hpp"

namespace steppe::testing {

inline std::string propertiesText(const ValueMap& properties) {
    if (properties.empty()) {
        return "";
    }
    std::string text = " {";
    for (std::size_t i = 0; i < properties.size(); ++i) {
        text += (i == 0 ? "" : ", ") + properties[i].first + ": " +
                properties[i].second.toCypherLiteral();
    }
    return text + "}";
}

inline std::string graphText(Database& db) {
    std::vector<std::string> lines;
    QueryResult nodes;
    Status status = db.query("MATCH (n) RETURN n", &nodes);
    EXPECT_TRUE(status.ok()) << status.toString();
    for (std::size_t i = 0; status.ok() && i < nodes.rowCount(); ++i) {
        NodeDescription node = nodes.describe(nodes.row(i)[0].asNode());
        std::string line = "(" + node.id;
        for (const std::string& label : node.labels) {
            line += ":" + label;
        }
        lines.push_back(line + propertiesText(node.properties) + ")");
    }
    QueryResult rels;
    status = db.query("MATCH ()-[r]->() RETURN r", &rels);
    EXPECT_TRUE(status.ok()) << status.toString();
    for (std::size_t i = 0; status.ok() && i < rels.rowCount(); ++i) {
        RelationshipDescription rel = rels.describe(rels.row(i)[0].asRelationship());
        lines.push_back("(" + rel.startId + ")-[:" + rel.type + propertiesText(rel.properties) +
                        "]->(" + rel.endId + ")");
    }
    std::sort(lines.begin(), lines.end());
    std::string text;
    for (const std::string& line : lines) {
        text += line + "\n";
    }
    return text;
}

} // namespace steppe::testing

#endif // STEPPE_TESTS_ENGINE_GRAPH_TEXT_HPP_
