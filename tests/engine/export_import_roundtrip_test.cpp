// Exports read back by the importers: a graph written as the Neo4j CSV pair or as GraphML
// (steppe/export.hpp) and imported again (Database::importNeo4jCsv, importGraphML) is the same
// graph: the same nodes with their ids, labels and typed property values, and the same
// relationships with their types and values.
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "cli/command_runner.hpp"
#include "engine/graph_text.hpp"
#include "steppe/database.hpp"
#include "steppe/export.hpp"
#include "test_paths.hpp"

namespace steppe::testing {
namespace {

// Every kind of value the two formats can carry, the characters CSV and XML must quote or
// escape, a node without labels or properties, a loop and an id with a space.
constexpr std::string_view kVariedGraph = R"({"nodes": [
    {"id": "ann", "labels": ["Person", "Author"],
     "properties": {"name": "Ann, \"the\" first\nand <only> & one", "age": 41, "score": 1.5,
                    "active": true, "tags": ["x", "y, z", "quote \"q\"", "<b>"],
                    "years": [2014, 2016], "ratios": [0.5, 2.25], "flags": [true, false],
                    "note": "", "city": "Алматы — “x”"}},
    {"id": "bo b", "labels": ["Person"],
     "properties": {"name": "Bo", "age": -3, "score": -0.125, "active": false, "tags": [],
                    "years": [], "ratios": [], "flags": []}},
    {"id": "lonely"}],
  "edges": [
    {"from": "ann", "to": "bo b", "type": "KNOWS",
     "properties": {"since": 2009, "weight": 0.75, "close": true, "via": ["work", "school"]}},
    {"from": "bo b", "to": "ann", "type": "KNOWS"},
    {"from": "ann", "to": "ann", "type": "SELF", "properties": {"note": "a loop"}}]})";

// Properties named as the formats name their own columns and keys, where a reader could take
// one for the other: GraphML's `label` (the relationship type, as APOC writes it) and `type`
// (which other tools use for it), `labels` on a relationship, the ids tinkerpop and Neo4j use.
// (Node properties `_id` and `labels`, and relationship properties `label`, cannot be exported
// at all: GraphmlExport.RefusesWhatItCannotWrite.)
constexpr std::string_view kNamesTheFormatsUse = R"({"nodes": [
    {"id": "a", "labels": ["Thing"],
     "properties": {"label": "a node label", "type": "a node type", "id": "not the id",
                    "labelV": "v", "_type": "t"}},
    {"id": "b", "properties": {"label": "", "type": "RELATED_TO"}}],
  "edges": [
    {"from": "a", "to": "b", "type": "LINKS",
     "properties": {"type": "a relationship type", "labels": ":Not:Labels", "id": "e1",
                    "labelE": "x", "_type": "t"}},
    {"from": "b", "to": "a", "type": "OTHER", "properties": {"type": "OTHER_TYPE"}},
    {"from": "a", "to": "a", "type": "PLAIN"}]})";

// What the queries see: counts per label and per type, then every node and relationship with
// its values (graphText).
std::string summary(Database& db) {
    std::string text;
    for (const char* query : {
             "MATCH (n) RETURN count(n)",
             "MATCH ()-[r]->() RETURN count(r)",
             "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) ORDER BY label",
             "MATCH ()-[r]->() RETURN type(r) AS t, count(*) ORDER BY t",
             "MATCH (n) UNWIND keys(n) AS key RETURN key, count(*) ORDER BY key",
         }) {
        QueryResult result;
        Status status = db.query(query, &result);
        EXPECT_TRUE(status.ok()) << status.toString();
        for (std::size_t r = 0; status.ok() && r < result.rowCount(); ++r) {
            for (const Value& v : result.row(r)) {
                text += result.toCypherLiteral(v) + " ";
            }
            text += "\n";
        }
    }
    return text + graphText(db);
}

void writeFile(const std::string& path, const std::string& content) {
    std::ofstream(path, std::ios::binary) << content;
}

// The graph exported as the CSV pair and imported from it.
std::string throughNeo4jCsv(const Database& original) {
    TemporaryFolder folder;
    std::ostringstream nodes;
    std::ostringstream rels;
    Status status = writeNeo4jCsv(original, nodes, rels);
    EXPECT_TRUE(status.ok()) << status.toString();
    writeFile(folder.path() + "/nodes.csv", nodes.str());
    writeFile(folder.path() + "/relationships.csv", rels.str());
    Database imported;
    status =
        imported.importNeo4jCsv(folder.path() + "/nodes.csv", folder.path() + "/relationships.csv");
    EXPECT_TRUE(status.ok()) << status.toString() << "\n" << nodes.str() << rels.str();
    return summary(imported);
}

// The graph exported as GraphML and imported from it.
std::string throughGraphml(const Database& original) {
    TemporaryFolder folder;
    std::ostringstream graphml;
    Status status = writeGraphml(original, graphml);
    EXPECT_TRUE(status.ok()) << status.toString();
    writeFile(folder.path() + "/graph.graphml", graphml.str());
    Database imported;
    status = imported.importGraphML(folder.path() + "/graph.graphml");
    EXPECT_TRUE(status.ok()) << status.toString() << "\n" << graphml.str();
    return summary(imported);
}

class ExportImportRoundTrip : public ::testing::Test {
protected:
    void loadDataset() { ASSERT_TRUE(db_.loadFiles({sourcePath("datasets/bacac.json")}).ok()); }
    void loadVaried() {
        Status status = db_.loadJson(kVariedGraph, "varied.json");
        ASSERT_TRUE(status.ok()) << status.toString();
    }
    void loadNamesTheFormatsUse() {
        Status status = db_.loadJson(kNamesTheFormatsUse, "names.json");
        ASSERT_TRUE(status.ok()) << status.toString();
    }

    Database db_;
};

TEST_F(ExportImportRoundTrip, DatasetThroughNeo4jCsv) {
    loadDataset();
    const std::string expected = summary(db_);
    EXPECT_NE(expected.find("38 \n54 \n"), std::string::npos) << expected;
    EXPECT_EQ(throughNeo4jCsv(db_), expected);
}

TEST_F(ExportImportRoundTrip, DatasetThroughGraphml) {
    loadDataset();
    EXPECT_EQ(throughGraphml(db_), summary(db_));
}

TEST_F(ExportImportRoundTrip, EveryKindOfValueThroughNeo4jCsv) {
    loadVaried();
    EXPECT_EQ(throughNeo4jCsv(db_), summary(db_));
}

TEST_F(ExportImportRoundTrip, EveryKindOfValueThroughGraphml) {
    loadVaried();
    EXPECT_EQ(throughGraphml(db_), summary(db_));
}

TEST_F(ExportImportRoundTrip, PropertiesNamedTypeOrLabelThroughGraphml) {
    // A relationship property `type` was once read back as the relationship's type.
    loadNamesTheFormatsUse();
    const std::string expected = summary(db_);
    EXPECT_NE(expected.find("(a)-[:LINKS {_type: 't', id: 'e1', labelE: 'x', labels: "
                            "':Not:Labels', type: 'a relationship type'}]->(b)"),
              std::string::npos)
        << expected;
    EXPECT_EQ(throughGraphml(db_), expected);
}

TEST_F(ExportImportRoundTrip, PropertiesNamedTypeOrLabelThroughNeo4jCsv) {
    loadNamesTheFormatsUse();
    EXPECT_EQ(throughNeo4jCsv(db_), summary(db_));
}

} // namespace
} // namespace steppe::testing
