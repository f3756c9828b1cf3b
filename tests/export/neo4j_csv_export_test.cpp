// Neo4j CSV export: headers, types and RFC 4180 quoting, read back by a strict reader.
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "steppe/database.hpp"
#include "steppe/export.hpp"
#include "test_paths.hpp"

namespace steppe::testing {
namespace {

struct CsvPair {
    std::string nodes;
    std::string relationships;
};

CsvPair csvOf(const Database& db) {
    std::ostringstream nodes;
    std::ostringstream relationships;
    Status status = writeNeo4jCsv(db, nodes, relationships);
    EXPECT_TRUE(status.ok()) << status.toString();
    return {nodes.str(), relationships.str()};
}

// One field as read: its text, and whether it was quoted (Neo4j reads an unquoted empty field
// as "no value" and "" as the empty string).
struct Field {
    std::string text;
    bool quoted = false;
    bool operator==(const Field&) const = default;
};
using Record = std::vector<Field>;

// A strict RFC 4180 reader: quoted fields may hold commas, quotes (doubled) and line breaks.
std::vector<Record> readCsv(const std::string& csv) {
    std::vector<Record> records;
    Record record;
    Field field;
    std::size_t i = 0;
    while (i < csv.size()) {
        if (csv[i] == '"' && field.text.empty() && !field.quoted) {
            field.quoted = true;
            for (++i; i < csv.size(); ++i) {
                if (csv[i] == '"') {
                    if (i + 1 < csv.size() && csv[i + 1] == '"') {
                        field.text += '"';
                        ++i;
                    } else {
                        ++i;
                        break;
                    }
                } else {
                    field.text += csv[i];
                }
            }
            EXPECT_TRUE(i >= csv.size() || csv[i] == ',' || csv[i] == '\n')
                << "text after a closing quote at " << i;
            continue;
        }
        if (csv[i] == ',' || csv[i] == '\n') {
            record.push_back(field);
            field = {};
            if (csv[i] == '\n') {
                records.push_back(record);
                record.clear();
            }
            ++i;
            continue;
        }
        EXPECT_NE(csv[i], '"') << "a quote inside an unquoted field at " << i;
        field.text += csv[i++];
    }
    EXPECT_TRUE(record.empty() && field.text.empty()) << "the last record has no line end";
    return records;
}

Field bare(std::string text) {
    return {std::move(text), false};
}
Field quoted(std::string text) {
    return {std::move(text), true};
}

TEST(Neo4jCsvExport, WritesTypedHeadersAndQuotesWhatNeedsIt) {
    Database db;
    Status status = db.loadJson(R"({"nodes": [
        {"id": "a,1", "labels": ["T", "U"], "properties": {"s": "say \"hi\", then\r\nleave",
            "n": 7, "x": 1.5, "b": true, "tags": ["x", "y z"], "nums": [1, 2], "mixed": 3,
            "empty": ""}},
        {"id": "b", "properties": {"x": 2, "mixed": "three", "nums": [], "b": false}},
        {"id": "c\"d", "labels": ["U"]}
      ],
      "edges": [
        {"from": "a,1", "to": "b", "type": "R", "properties": {"w": 0.5, "why": "a, b"}},
        {"from": "c\"d", "to": "a,1", "type": "R"}
      ]})");
    ASSERT_TRUE(status.ok()) << status.toString();
    const CsvPair csv = csvOf(db);

    const std::vector<Record> nodes = readCsv(csv.nodes);
    ASSERT_EQ(nodes.size(), 4u);
    EXPECT_EQ(nodes[0],
              (Record{bare("_id:ID"), bare(":LABEL"), bare("b:boolean"), bare("empty:string"),
                      bare("mixed:string"), bare("n:long"), bare("nums:long[]"), bare("s:string"),
                      bare("tags:string[]"), bare("x:double")}));
    // A value of another kind in a string column is written as JSON; the empty string is a
    // quoted empty field.
    EXPECT_EQ(nodes[1], (Record{quoted("a,1"), bare("T;U"), bare("true"), quoted(""), bare("3"),
                                bare("7"), bare("1;2"), quoted("say \"hi\", then\r\nleave"),
                                bare("x;y z"), bare("1.5")}));
    // Missing properties are empty fields; an empty list is a quoted one, as the empty string.
    EXPECT_EQ(nodes[2], (Record{bare("b"), bare(""), bare("false"), bare(""), bare("three"),
                                bare(""), quoted(""), bare(""), bare(""), bare("2.0")}));
    EXPECT_EQ(nodes[3], (Record{quoted("c\"d"), bare("U"), bare(""), bare(""), bare(""), bare(""),
                                bare(""), bare(""), bare(""), bare("")}));

    const std::vector<Record> rels = readCsv(csv.relationships);
    ASSERT_EQ(rels.size(), 3u);
    EXPECT_EQ(rels[0], (Record{bare(":START_ID"), bare(":END_ID"), bare(":TYPE"), bare("w:double"),
                               bare("why:string")}));
    EXPECT_EQ(rels[1], (Record{quoted("a,1"), bare("b"), bare("R"), bare("0.5"), quoted("a, b")}));
    EXPECT_EQ(rels[2], (Record{quoted("c\"d"), quoted("a,1"), bare("R"), bare(""), bare("")}));
}

TEST(Neo4jCsvExport, WritesTheDatasetExactly) {
    Database db;
    ASSERT_TRUE(db.loadFiles({sourcePath("datasets/bacac.json")}).ok());
    const CsvPair csv = csvOf(db);
    const std::vector<Record> nodes = readCsv(csv.nodes);
    const std::vector<Record> rels = readCsv(csv.relationships);
    EXPECT_EQ(nodes.size(), 39u);
    EXPECT_EQ(rels.size(), 55u);
    EXPECT_EQ(csv.relationships.substr(
                  0, csv.relationships.find('\n', csv.relationships.find('\n') + 1) + 1),
              ":START_ID,:END_ID,:TYPE,founding:boolean,role:string,since:long\n"
              "kazakhstan,bacac,MEMBER_OF,true,,2009\n");
}

TEST(Neo4jCsvExport, RefusesWhatTheFormatCannotHold) {
    std::ostringstream nodes;
    std::ostringstream rels;
    Database delimiter;
    ASSERT_TRUE(
        delimiter.loadJson(R"({"nodes": [{"id": "a", "properties": {"l": ["x;y"]}}]})").ok());
    Status status = writeNeo4jCsv(delimiter, nodes, rels);
    EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
    EXPECT_EQ(status.message(), "node \"a\": a string in the list \"l\" holds \";\", the array "
                                "delimiter of the Neo4j CSV format, which it cannot escape; "
                                "export as cypher or json instead");

    Database label;
    ASSERT_TRUE(label.loadJson(R"({"nodes": [{"id": "a", "labels": ["A;B"]}]})").ok());
    EXPECT_EQ(writeNeo4jCsv(label, nodes, rels).code(), StatusCode::kInvalidArgument);

    Database clash;
    ASSERT_TRUE(clash.loadJson(R"({"nodes": [{"id": "a", "properties": {"_id": 1}}]})").ok());
    EXPECT_EQ(writeNeo4jCsv(clash, nodes, rels).code(), StatusCode::kInvalidArgument);
    EXPECT_EQ(nodes.str() + rels.str(), "") << "nothing is written on failure";
}

} // namespace
} // namespace steppe::testing
