// Cypher script export: run line by line on an empty Steppe graph, it rebuilds the graph.
#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "steppe/database.hpp"
#include "steppe/export.hpp"
#include "test_paths.hpp"

namespace steppe::testing {
namespace {

std::string scriptOf(const Database& db) {
    std::ostringstream out;
    Status status = writeCypherScript(db, out);
    EXPECT_TRUE(status.ok()) << status.toString();
    return out.str();
}

// Runs each line of the script as one statement.
void runScript(Database& db, const std::string& script) {
    std::istringstream lines(script);
    std::string line;
    while (std::getline(lines, line)) {
        QueryResult ignored;
        Status status = db.query(line, &ignored);
        ASSERT_TRUE(status.ok()) << status.toString() << "\n" << line;
    }
}

// The graph as sorted lines of text, nodes by id and relationships by their ends' ids. With
// `idProperty`, a node's id is taken from that property (and the property left out).
std::vector<std::string> describeGraph(Database& db, const char* idProperty) {
    std::vector<std::string> lines;
    QueryResult nodes;
    EXPECT_TRUE(db.query("MATCH (n) RETURN n", &nodes).ok());
    auto idOf = [&](const NodeDescription& node) {
        if (idProperty == nullptr) {
            return node.id;
        }
        auto id = std::find_if(node.properties.begin(), node.properties.end(),
                               [&](const auto& p) { return p.first == idProperty; });
        EXPECT_NE(id, node.properties.end()) << node.id;
        return id == node.properties.end() ? std::string() : id->second.asString();
    };
    auto withoutId = [&](ValueMap properties) {
        if (idProperty != nullptr) {
            std::erase_if(properties, [&](const auto& p) { return p.first == idProperty; });
        }
        return Value::map(std::move(properties)).toCypherLiteral();
    };
    for (std::size_t i = 0; i < nodes.rowCount(); ++i) {
        const NodeDescription node = nodes.describe(nodes.row(i)[0].asNode());
        std::string labels;
        for (const std::string& label : node.labels) {
            labels += ":" + label;
        }
        lines.push_back("(" + idOf(node) + labels + " " + withoutId(node.properties) + ")");
    }
    QueryResult rels;
    EXPECT_TRUE(db.query("MATCH (a)-[r]->(b) RETURN a, r, b", &rels).ok());
    for (std::size_t i = 0; i < rels.rowCount(); ++i) {
        const RelationshipDescription rel = rels.describe(rels.row(i)[1].asRelationship());
        lines.push_back("(" + idOf(rels.describe(rels.row(i)[0].asNode())) + ")-[:" + rel.type +
                        " " + Value::map(rel.properties).toCypherLiteral() + "]->(" +
                        idOf(rels.describe(rels.row(i)[2].asNode())) + ")");
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

void expectRoundTrip(Database& original) {
    const std::string script = scriptOf(original);
    Database rebuilt;
    runScript(rebuilt, script);
    EXPECT_EQ(describeGraph(rebuilt, kExportIdProperty), describeGraph(original, nullptr));
}

TEST(CypherExport, RebuildsTheGraphStatementByStatement) {
    Database db;
    ASSERT_TRUE(db.loadFiles({sourcePath("datasets/bacac.json")}).ok());
    const std::string script = scriptOf(db);
    // One statement per line: a CREATE per node, then a MATCH ... CREATE per relationship.
    EXPECT_EQ(std::count(script.begin(), script.end(), '\n'), 38 + 54);
    EXPECT_NE(script.find("CREATE (:Country {_id: 'georgia', name: 'Georgia'});\n"),
              std::string::npos);
    EXPECT_NE(script.find("MATCH (a:Country {_id: 'georgia'}), (b:Association {_id: 'bacac'}) "
                          "CREATE (a)-[:MEMBER_OF {founding: true, since: 2009}]->(b);\n"),
              std::string::npos);
    expectRoundTrip(db);
}

TEST(CypherExport, QuotesNamesAndValuesOfAnyKind) {
    Database db;
    Status status = db.loadJson(R"({"nodes": [
        {"id": "it's", "labels": ["Two Words", "back`tick", "A"],
         "properties": {"s": "quote ' double \" back \\ new\nline tab\t", "u": "Türkiye — “x”",
                        "big": 9223372036854775807, "small": -9223372036854775808,
                        "f": 1e300, "tiny": -2.5e-300, "half": 0.5, "yes": true,
                        "list": ["a", "b"], "nums": [1, 2.5], "empty": [],
                        "odd key": 1, "`k`": 2}},
        {"id": "plain"},
        {"id": "x", "labels": ["A"]}
      ],
      "edges": [
        {"from": "it's", "to": "plain", "type": "HAS SPACE", "properties": {"w": 1}},
        {"from": "plain", "to": "plain", "type": "SELF"},
        {"from": "x", "to": "it's", "type": "T"},
        {"from": "x", "to": "it's", "type": "T"}
      ]})");
    ASSERT_TRUE(status.ok()) << status.toString();
    expectRoundTrip(db);
}

TEST(CypherExport, ExportsWhatAResultHolds) {
    Database db;
    ASSERT_TRUE(db.loadFiles({sourcePath("datasets/bacac.json")}).ok());
    QueryResult result;
    ASSERT_TRUE(
        db.query("MATCH (d:Donor)-[r:SUPPORTED]->(a:Association {acronym: 'BACAC'}) RETURN r",
                 &result)
            .ok());
    std::ostringstream out;
    ASSERT_TRUE(writeCypherScript(result, out).ok());
    Database rebuilt;
    runScript(rebuilt, out.str());
    QueryResult counts;
    ASSERT_TRUE(rebuilt
                    .query("MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() "
                           "RETURN nodes, count(r) AS rels",
                           &counts)
                    .ok());
    ASSERT_EQ(counts.rowCount(), 1u);
    EXPECT_EQ(counts.row(0)[0].asInteger(), static_cast<std::int64_t>(result.rowCount()) + 1);
    EXPECT_EQ(counts.row(0)[1].asInteger(), static_cast<std::int64_t>(result.rowCount()));
}

TEST(CypherExport, RefusesWhatCypherCannotSay) {
    Database clash;
    ASSERT_TRUE(clash.loadJson(R"({"nodes": [{"id": "a", "properties": {"_id": "b"}}]})").ok());
    std::ostringstream out;
    Status status = writeCypherScript(clash, out);
    EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
    EXPECT_EQ(status.message(),
              "node \"a\" has a property \"_id\", the name the Cypher script gives node ids");

    Database nan;
    QueryResult ignored;
    ASSERT_TRUE(nan.query("CREATE (:A {x: 0.0 / 0.0})", &ignored).ok());
    status = writeCypherScript(nan, out);
    EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
    EXPECT_NE(status.message().find("property \"x\" holds NaN, which Cypher has no literal for"),
              std::string::npos)
        << status.message();
    EXPECT_EQ(out.str(), "") << "nothing is written on failure";
}

} // namespace
} // namespace steppe::testing
