// GraphML export: read back with Boost's read_graphml and compared with the graph.
#include <map>
#include <sstream>
#include <string>

#include <boost/any.hpp>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include "cli/command_runner.hpp"
#include "steppe/database.hpp"
#include "steppe/export.hpp"
#include "test_paths.hpp"

namespace steppe::testing {
namespace {

// Each node and edge keeps whatever data the file gives it, typed as the file declares.
struct Data {
    std::map<std::string, boost::any> values;
};
using ReadGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, Data, Data>;
using ReadVertex = boost::graph_traits<ReadGraph>::vertex_descriptor;
using ReadEdge = boost::graph_traits<ReadGraph>::edge_descriptor;

// Receives the values read_graphml puts for one key.
template <typename Key>
class Recorder final : public boost::dynamic_property_map {
public:
    Recorder(ReadGraph& graph, std::string name, const std::type_info& value)
        : graph_(graph), name_(std::move(name)), value_(value) {}
    boost::any get(const boost::any&) override { return {}; }
    std::string get_string(const boost::any&) override { return {}; }
    void put(const boost::any& key, const boost::any& value) override {
        graph_[boost::any_cast<Key>(key)].values[name_] = value;
    }
    const std::type_info& key() const override { return typeid(Key); }
    const std::type_info& value() const override { return value_; }

private:
    ReadGraph& graph_;
    std::string name_;
    const std::type_info& value_;
};

ReadGraph readBack(const std::string& graphml) {
    ReadGraph graph;
    boost::dynamic_properties dp(
        [&graph](const std::string& name, const boost::any& key,
                 const boost::any& value) -> boost::shared_ptr<boost::dynamic_property_map> {
            if (key.type() == typeid(ReadVertex)) {
                return boost::shared_ptr<boost::dynamic_property_map>(
                    new Recorder<ReadVertex>(graph, name, value.type()));
            }
            return boost::shared_ptr<boost::dynamic_property_map>(
                new Recorder<ReadEdge>(graph, name, value.type()));
        });
    std::istringstream in(graphml);
    boost::read_graphml(in, graph, dp);
    return graph;
}

std::string graphmlOf(const Database& db) {
    std::ostringstream out;
    Status status = writeGraphml(db, out);
    EXPECT_TRUE(status.ok()) << status.toString();
    return out.str();
}

// Boost's reader condenses runs of white space in text and trims it (rapidxml's
// normalisation), so strings are compared that way; the text the writer wrote is checked in the
// XML itself.
std::string condensed(const std::string& s) {
    std::string out;
    for (char c : s) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (!space) {
            out += c;
        } else if (!out.empty() && out.back() != ' ') {
            out += ' ';
        }
    }
    if (!out.empty() && out.back() == ' ') {
        out.pop_back();
    }
    return out;
}

bool sameJson(const rapidjson::Value& json, const Value& expected) {
    switch (expected.kind()) {
    case ValueKind::kBoolean:
        return json.IsBool() && json.GetBool() == expected.asBoolean();
    case ValueKind::kInteger:
        return json.IsInt64() && json.GetInt64() == expected.asInteger();
    case ValueKind::kFloat:
        return json.IsNumber() && json.GetDouble() == expected.asFloat();
    case ValueKind::kString:
        return json.IsString() && json.GetString() == expected.asString();
    case ValueKind::kList:
        if (!json.IsArray() || json.Size() != expected.asList().size()) {
            return false;
        }
        for (rapidjson::SizeType i = 0; i < json.Size(); ++i) {
            if (!sameJson(json[i], expected.asList()[i])) {
                return false;
            }
        }
        return true;
    default:
        return false;
    }
}

// Whether a value read back is the property value `expected`: typed keys by type (integers in
// a double key as numbers), anything else in a string key as JSON.
::testing::AssertionResult sameValue(const Value& expected, const boost::any& actual) {
    bool same = false;
    if (actual.type() == typeid(bool)) {
        same = expected.kind() == ValueKind::kBoolean &&
               boost::any_cast<bool>(actual) == expected.asBoolean();
    } else if (actual.type() == typeid(long)) {
        same = expected.kind() == ValueKind::kInteger &&
               boost::any_cast<long>(actual) == expected.asInteger();
    } else if (actual.type() == typeid(double)) {
        same = expected.isNumber() && boost::any_cast<double>(actual) == expected.asNumber();
    } else if (actual.type() == typeid(std::string)) {
        const std::string& text = boost::any_cast<const std::string&>(actual);
        if (expected.kind() == ValueKind::kString) {
            same = text == condensed(expected.asString());
        } else {
            rapidjson::Document json;
            json.Parse(text.c_str());
            same = !json.HasParseError() && sameJson(json, expected);
        }
    }
    if (same) {
        return ::testing::AssertionSuccess();
    }
    return ::testing::AssertionFailure()
           << "expected " << expected.toCypherLiteral() << " (a " << valueKindName(expected.kind())
           << "), read a " << actual.type().name();
}

std::string labelText(const std::vector<std::string>& labels) {
    std::string text;
    for (const std::string& label : labels) {
        text += ":" + label;
    }
    return text;
}

// Compares every node and relationship of `db` with the graph read back.
void expectSameGraph(Database& db, const ReadGraph& read) {
    QueryResult nodes;
    ASSERT_TRUE(db.query("MATCH (n) RETURN n", &nodes).ok());
    ASSERT_EQ(boost::num_vertices(read), nodes.rowCount());
    std::map<std::string, ReadVertex> byId;
    for (ReadVertex v = 0; v < boost::num_vertices(read); ++v) {
        const auto id = read[v].values.find("_id");
        ASSERT_NE(id, read[v].values.end());
        byId[boost::any_cast<std::string>(id->second)] = v;
    }
    for (std::size_t i = 0; i < nodes.rowCount(); ++i) {
        const NodeDescription node = nodes.describe(nodes.row(i)[0].asNode());
        ASSERT_EQ(byId.count(node.id), 1u) << node.id;
        const auto& values = read[byId[node.id]].values;
        EXPECT_EQ(boost::any_cast<std::string>(values.at("labels")), labelText(node.labels));
        EXPECT_EQ(values.size(), node.properties.size() + 2) << node.id;
        for (const auto& [key, value] : node.properties) {
            ASSERT_EQ(values.count(key), 1u) << node.id << "." << key;
            EXPECT_TRUE(sameValue(value, values.at(key))) << node.id << "." << key;
        }
    }

    QueryResult rels;
    ASSERT_TRUE(db.query("MATCH ()-[r]->() RETURN r", &rels).ok());
    ASSERT_EQ(boost::num_edges(read), rels.rowCount());
    // Relationships by (start, end, type), each with the properties of those in the graph.
    std::multimap<std::string, const Data*> readEdges;
    for (auto [e, end] = boost::edges(read); e != end; ++e) {
        const std::string from =
            boost::any_cast<std::string>(read[boost::source(*e, read)].values.at("_id"));
        const std::string to =
            boost::any_cast<std::string>(read[boost::target(*e, read)].values.at("_id"));
        readEdges.emplace(from + " " + to + " " +
                              boost::any_cast<std::string>(read[*e].values.at("label")),
                          &read[*e]);
    }
    for (std::size_t i = 0; i < rels.rowCount(); ++i) {
        const RelationshipDescription rel = rels.describe(rels.row(i)[0].asRelationship());
        const std::string key = rel.startId + " " + rel.endId + " " + rel.type;
        auto match = readEdges.find(key);
        ASSERT_NE(match, readEdges.end()) << key;
        EXPECT_EQ(match->second->values.size(), rel.properties.size() + 1) << key;
        for (const auto& [name, value] : rel.properties) {
            ASSERT_EQ(match->second->values.count(name), 1u) << key << "." << name;
            EXPECT_TRUE(sameValue(value, match->second->values.at(name))) << key << "." << name;
        }
        readEdges.erase(match);
    }
}

TEST(GraphmlExport, ReadsBackAsTheSameGraph) {
    Database db;
    ASSERT_TRUE(db.loadFiles({sourcePath("datasets/bacac.json")}).ok());
    expectSameGraph(db, readBack(graphmlOf(db)));
}

TEST(GraphmlExport, WhatTheExportCommandWritesReadsBackAsTheSameGraph) {
    Database db;
    ASSERT_TRUE(db.loadFiles({sourcePath("datasets/bacac.json")}).ok());
    TemporaryFolder folder;
    const std::string file = folder.path() + "/bacac.graphml";
    CommandResult r = runSteppe("export -g " + sourcePath("datasets/bacac.json") +
                                " --format graphml -o " + file);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    expectSameGraph(db, readBack(readFile(file)));
}

TEST(GraphmlExport, KeepsTypesMissingValuesAndAwkwardText) {
    Database db;
    Status status = db.loadJson(R"({"nodes": [
        {"id": "a&b", "labels": ["T", "U"], "properties": {"n": 1, "x": 1.5, "flag": true,
            "text": "<tag attr=\"v\"> & 'q'", "list": ["a", "b;c"], "mixed": 1,
            "weird <key> & \"more\"": "ok", "spaces": " a  b "}},
        {"id": "b", "labels": [], "properties": {"x": 2, "flag": false, "mixed": "one",
            "list": [1, 2], "text": "Türkiye\nline"}},
        {"id": "c", "labels": ["T"]}
      ],
      "edges": [
        {"from": "a&b", "to": "b", "type": "R <&>", "properties": {"w": 0.25}},
        {"from": "b", "to": "b", "type": "SELF"},
        {"from": "b", "to": "a&b", "type": "R <&>", "properties": {"w": -3}}
      ]})");
    ASSERT_TRUE(status.ok()) << status.toString();
    const std::string graphml = graphmlOf(db);
    // One type per key: integers and floats together are doubles, anything mixed is text.
    EXPECT_NE(graphml.find("attr.name=\"x\" attr.type=\"double\""), std::string::npos);
    EXPECT_NE(graphml.find("attr.name=\"n\" attr.type=\"long\""), std::string::npos);
    EXPECT_NE(graphml.find("attr.name=\"flag\" attr.type=\"boolean\""), std::string::npos);
    EXPECT_NE(graphml.find("attr.name=\"mixed\" attr.type=\"string\""), std::string::npos);
    EXPECT_NE(graphml.find("attr.name=\"list\" attr.type=\"string\""), std::string::npos);

    const ReadGraph read = readBack(graphml);
    ASSERT_EQ(boost::num_vertices(read), 3u);
    std::map<std::string, const Data*> byId;
    for (ReadVertex v = 0; v < 3; ++v) {
        byId[boost::any_cast<std::string>(read[v].values.at("_id"))] = &read[v];
    }
    const auto& a = byId.at("a&b")->values;
    EXPECT_EQ(boost::any_cast<double>(a.at("x")), 1.5);
    EXPECT_EQ(boost::any_cast<std::string>(a.at("text")), "<tag attr=\"v\"> & 'q'");
    EXPECT_EQ(boost::any_cast<std::string>(a.at("weird <key> & \"more\"")), "ok");
    // The text is written exactly; Boost's reader condenses white space when it reads it.
    EXPECT_NE(graphml.find("> a  b </data>"), std::string::npos);
    EXPECT_NE(graphml.find(">Türkiye\nline</data>"), std::string::npos);
    EXPECT_EQ(boost::any_cast<std::string>(a.at("spaces")), "a b");
    EXPECT_EQ(boost::any_cast<std::string>(a.at("list")), R"(["a","b;c"])");
    EXPECT_EQ(boost::any_cast<std::string>(a.at("mixed")), "1");
    EXPECT_EQ(boost::any_cast<std::string>(a.at("labels")), ":T:U");
    const auto& b = byId.at("b")->values;
    EXPECT_EQ(boost::any_cast<double>(b.at("x")), 2.0);
    EXPECT_EQ(boost::any_cast<bool>(b.at("flag")), false);
    EXPECT_EQ(boost::any_cast<std::string>(b.at("list")), "[1,2]");
    EXPECT_EQ(boost::any_cast<std::string>(b.at("text")), "Türkiye line");
    EXPECT_EQ(boost::any_cast<std::string>(b.at("labels")), "");
    // A property a node does not have is left out, not written empty.
    const auto& c = byId.at("c")->values;
    EXPECT_EQ(c.size(), 2u);
    EXPECT_EQ(c.count("x"), 0u);

    expectSameGraph(db, read);
}

TEST(GraphmlExport, ExportsWhatAResultHolds) {
    Database db;
    ASSERT_TRUE(db.loadFiles({sourcePath("datasets/bacac.json")}).ok());
    QueryResult result;
    ASSERT_TRUE(
        db.query("MATCH p = (:City {name: 'Almaty'})<-[:HELD_IN]-(e) RETURN p", &result).ok());
    std::ostringstream out;
    ASSERT_TRUE(writeGraphml(result, out).ok());
    const ReadGraph read = readBack(out.str());
    EXPECT_EQ(boost::num_vertices(read), result.rowCount() + 1);
    EXPECT_EQ(boost::num_edges(read), result.rowCount());
}

TEST(GraphmlExport, RefusesWhatItCannotWrite) {
    Database reserved;
    ASSERT_TRUE(
        reserved.loadJson(R"({"nodes": [{"id": "a", "properties": {"labels": "x"}}]})").ok());
    std::ostringstream out;
    Status status = writeGraphml(reserved, out);
    EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
    EXPECT_EQ(
        status.message(),
        "GraphML export keeps the node key \"labels\" for itself, and a property has that name");
    Database reservedType;
    ASSERT_TRUE(reservedType
                    .loadJson(R"({"nodes": [{"id": "a"}], "edges": [{"from": "a", "to": "a",
                        "type": "T", "properties": {"label": "x"}}]})")
                    .ok());
    status = writeGraphml(reservedType, out);
    EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
    EXPECT_EQ(status.message(), "GraphML export keeps the relationship key \"label\" for itself, "
                                "and a property has that name");

    Database control;
    ASSERT_TRUE(
        control.loadJson(R"({"nodes": [{"id": "a", "properties": {"bell": "ding\u0007"}}]})").ok());
    status = writeGraphml(control, out);
    EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
    EXPECT_EQ(status.message(), "node \"a\": property \"bell\" holds the control character "
                                "U+0007, which XML 1.0 (GraphML) cannot carry");
    EXPECT_EQ(out.str(), "") << "nothing is written on failure";
}

} // namespace
} // namespace steppe::testing
