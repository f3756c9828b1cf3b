// Tests of Database::importGraphML: files as NetworkX and yEd write them (fixtures in
// tests/data/import/), how keys become labels, types and typed properties, and every class of
// error with its exact message and the position of the element at fault. Each error test
// imports into a database that already holds a graph and checks it is left unchanged.
//
// Positions are worked out by hand from the documents below; columns count code points.

#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "cli/command_runner.hpp"
#include "engine/graph_text.hpp"
#include "steppe/database.hpp"
#include "test_paths.hpp"

namespace steppe::testing {
namespace {

constexpr std::string_view kBaseGraph =
    R"({"nodes": [{"id": "zz-base-1", "labels": ["ZzBase"]}, {"id": "zz-base-2"}],
        "edges": [{"from": "zz-base-1", "to": "zz-base-2", "type": "ZZ_BASE"}]})";

// Imports `graphml` (written to g.graphml) into a database holding kBaseGraph, expects a load
// error, checks the graph is unchanged, and returns the error as toString() renders it, with
// the temporary folder left out of the file name.
std::string importError(std::string_view graphml) {
    TemporaryFolder folder;
    const std::string file = folder.write("g.graphml", std::string(graphml));
    Database db;
    Status status = db.loadJson(kBaseGraph, "base.json");
    EXPECT_TRUE(status.ok()) << status.toString();
    const std::string before = db.toJson();
    status = db.importGraphML(file);
    EXPECT_EQ(status.code(), StatusCode::kLoadError) << status.toString();
    EXPECT_EQ(db.toJson(), before) << "a failed import changed the graph";
    std::string message = status.toString();
    const std::size_t at = message.find(folder.path() + "/");
    if (at != std::string::npos) {
        message.erase(at, folder.path().size() + 1);
    }
    return message;
}

std::string imported(std::string_view graphml) {
    TemporaryFolder folder;
    Database db;
    Status status = db.importGraphML(folder.write("g.graphml", std::string(graphml)));
    EXPECT_TRUE(status.ok()) << status.toString();
    return graphText(db);
}

// A document with `keys` declared and `body` inside its graph, three lines of preamble first.
std::string document(const std::string& keys, const std::string& body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n" +
           keys + "<graph edgedefault=\"directed\">\n" + body + "</graph>\n</graphml>\n";
}

// ---------------------------------------------------------------------------------------------
// Files other tools write

TEST(GraphmlImportTest, FileWrittenByNetworkX) {
    Database db;
    LoadReport report;
    const std::string file = sourcePath("tests/data/import/countries_networkx.graphml");
    Status status = db.importGraphML(file, &report);
    ASSERT_TRUE(status.ok()) << status.toString();
    EXPECT_EQ(graphText(db),
              "(bacac:Association {founded: 2009, name: 'Biosafety Association for Central Asia "
              "and the Caucasus'})\n"
              "(georgia)-[:MEMBER_OF {founding: false, since: 2012}]->(bacac)\n"
              "(georgia:Country {area_km2: 69700.0, founded: 1991, landlocked: false, name: "
              "'Georgia'})\n"
              "(iran)-[:PARTICIPATED_IN]->(training-2016)\n"
              "(iran:Country {area_km2: 1648195.0, landlocked: false, name: 'Iran'})\n"
              "(kazakhstan)-[:MEMBER_OF {founding: true, since: 2009}]->(bacac)\n"
              "(kazakhstan)-[:PARTICIPATED_IN]->(training-2016)\n"
              "(kazakhstan:Country {area_km2: 2724900.0, founded: 1991, landlocked: true, name: "
              "'Kazakhstan'})\n"
              "(kyrgyzstan)-[:MEMBER_OF {founding: true, since: 2009}]->(bacac)\n"
              "(kyrgyzstan:Country {area_km2: 199951.5, founded: 1991, landlocked: true, name: "
              "'Kyrgyzstan'})\n"
              "(training-2016:Event:Training {founded: 2016, name: 'Biosafety training, Almaty "
              "& <Bishkek>'})\n");
    EXPECT_EQ(report.files, 1u);
    EXPECT_EQ(report.bytes, readFile(file).size());
    EXPECT_EQ(report.nodes, 6u);
    EXPECT_EQ(report.relationships, 5u);
}

TEST(GraphmlImportTest, FileWrittenByYedKeepsDataAndSkipsDrawings) {
    Database db;
    Status status = db.importGraphML(sourcePath("tests/data/import/countries_yed.graphml"));
    ASSERT_TRUE(status.ok()) << status.toString();
    EXPECT_EQ(graphText(db), "(n0 {description: 'Central Asia & the Caucasus'})\n"
                             "(n1 {url: 'https://example.org/kz'})\n"
                             "(n1)-[:RELATED_TO]->(n0)\n");
}

TEST(GraphmlImportTest, DefaultsKeysForAllAndEdgesBeforeNodes) {
    // No namespace at all, an undirected graph, and an edge that names nodes defined after it.
    EXPECT_EQ(imported("<graphml>\n"
                       "<key id=\"k\" for=\"all\" attr.name=\"weight\" attr.type=\"double\">"
                       "<default>1.5</default></key>\n"
                       "<key id=\"c\" for=\"node\" attr.name=\"color\"><default>red</default>"
                       "</key>\n"
                       "<graph edgedefault=\"undirected\">\n"
                       "<edge source=\"a\" target=\"b\"/>\n"
                       "<node id=\"a\"><data key=\"c\">blue</data></node>\n"
                       "<node id=\"b\"><data key=\"k\">2</data></node>\n"
                       "</graph></graphml>\n"),
              "(a {color: 'blue', weight: 1.5})\n"
              "(a)-[:RELATED_TO {weight: 1.5}]->(b)\n"
              "(b {color: 'red', weight: 2.0})\n");
}

TEST(GraphmlImportTest, LabelsAndTypesAsNeo4jApocWritesThem) {
    EXPECT_EQ(imported(document(
                  "<key id=\"label\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>\n"
                  "<key id=\"labels\" for=\"node\" attr.name=\"labels\" attr.type=\"string\"/>\n"
                  "<key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n",
                  "<node id=\"n0\" labels=\":Person:Actor\"><data key=\"labels\">:Person:Actor"
                  "</data><data key=\"name\">Tom</data></node>\n"
                  "<node id=\"n1\" labels=\":Movie\"/>\n"
                  "<edge id=\"e0\" source=\"n0\" target=\"n1\" label=\"ACTED_IN\">"
                  "<data key=\"label\">ACTED_IN</data></edge>\n"
                  "<edge source=\"n1\" target=\"n0\" label=\"SEEN_BY\"/>\n"
                  "<edge source=\"n1\" target=\"n1\"><data key=\"label\"> LIKES </data></edge>\n")),
              "(n0)-[:ACTED_IN]->(n1)\n"
              "(n0:Actor:Person {name: 'Tom'})\n"
              "(n1)-[:LIKES]->(n1)\n"
              "(n1)-[:SEEN_BY]->(n0)\n"
              "(n1:Movie)\n");
}

TEST(GraphmlImportTest, LabelGivesTheTypeAndATypeKeyBesideItIsAProperty) {
    // APOC and `steppe export` write the type as `label`; a relationship property named `type`
    // is written beside it, and must not be taken for the type.
    EXPECT_EQ(imported(document("<key id=\"t\" for=\"edge\" attr.name=\"type\"/>\n"
                                "<key id=\"l\" for=\"edge\" attr.name=\"label\"/>\n"
                                "<key id=\"ls\" for=\"node\" attr.name=\"labels\"/>\n",
                                "<node id=\"a\"><data key=\"ls\">Country; Member</data></node>\n"
                                "<edge source=\"a\" target=\"a\"><data key=\"t\">a type</data>"
                                "<data key=\"l\">T</data></edge>\n"
                                "<edge source=\"a\" target=\"a\" label=\"FROM_ATTRIBUTE\"/>\n"
                                "<edge source=\"a\" target=\"a\"><data key=\"t\">no label</data>"
                                "</edge>\n")),
              "(a)-[:FROM_ATTRIBUTE]->(a)\n"
              "(a)-[:RELATED_TO {type: 'no label'}]->(a)\n"
              "(a)-[:T {type: 'a type'}]->(a)\n"
              "(a:Country:Member)\n");
}

TEST(GraphmlImportTest, TypeKeyGivesTheTypeWhereNothingIsCalledLabel) {
    // A file without an edge key `label`: a key `type` is the type, except on an edge with
    // APOC's `label` attribute.
    EXPECT_EQ(imported(document("<key id=\"t\" for=\"edge\" attr.name=\"type\"/>\n",
                                "<node id=\"a\"/>\n"
                                "<edge source=\"a\" target=\"a\"><data key=\"t\">T</data></edge>\n"
                                "<edge source=\"a\" target=\"a\" label=\"L\">"
                                "<data key=\"t\">a type</data></edge>\n")),
              "(a)\n"
              "(a)-[:L {type: 'a type'}]->(a)\n"
              "(a)-[:T]->(a)\n");
}

TEST(GraphmlImportTest, IdKeyOfSteppesExportGivesTheNodeIds) {
    // `steppe export` writes canonical element ids and the node id as the key `_id`; edges name
    // elements, also ones further down. A node without `_id` data keeps its element id.
    EXPECT_EQ(imported(document("<key id=\"k0\" for=\"node\" attr.name=\"_id\" "
                                "attr.type=\"string\"/>\n",
                                "<edge source=\"n1\" target=\"n0\"/>\n"
                                "<node id=\"n0\"><data key=\"k0\">georgia</data></node>\n"
                                "<node id=\"n1\"><data key=\"k0\">bo b</data></node>\n"
                                "<node id=\"n2\"/>\n")),
              "(bo b)\n"
              "(bo b)-[:RELATED_TO]->(georgia)\n"
              "(georgia)\n"
              "(n2)\n");
}

TEST(GraphmlImportTest, ListKeysAsNeo4jApocWritesThem) {
    // A key with attr.list holds JSON arrays of that type; integers fit a list of doubles.
    EXPECT_EQ(imported(document("<key id=\"t\" for=\"node\" attr.name=\"tags\" "
                                "attr.type=\"string\" attr.list=\"string\"/>\n"
                                "<key id=\"y\" for=\"node\" attr.name=\"years\" "
                                "attr.type=\"string\" attr.list=\"long\"/>\n"
                                "<key id=\"w\" for=\"edge\" attr.name=\"w\" "
                                "attr.type=\"string\" attr.list=\"double\"/>\n",
                                "<node id=\"a\"><data key=\"t\">[\"x\",\"y, \\\"z\\\"\"]</data>"
                                "<data key=\"y\"> [2014, 2016] </data></node>\n"
                                "<node id=\"b\"><data key=\"t\">[]</data></node>\n"
                                "<edge source=\"a\" target=\"b\"><data key=\"w\">[1, 2.5]</data>"
                                "</edge>\n")),
              "(a {tags: ['x', 'y, \"z\"'], years: [2014, 2016]})\n"
              "(a)-[:RELATED_TO {w: [1.0, 2.5]}]->(b)\n"
              "(b {tags: []})\n");
}

TEST(GraphmlImportTest, ValuesEntitiesAndCdata) {
    // GraphML's int is read as 64 bits (NetworkX writes big Python ints as int), booleans may
    // be 1 and 0, numbers may have white space around them, strings keep theirs.
    EXPECT_EQ(imported(document("<key id=\"n\" for=\"node\" attr.name=\"n\" attr.type=\"int\"/>\n"
                                "<key id=\"b\" for=\"node\" attr.name=\"b\" "
                                "attr.type=\"boolean\"/>\n"
                                "<key id=\"s\" for=\"node\" attr.name=\"s\"/>\n",
                                "<node id=\"x&amp;y\"><data key=\"n\">\n 9000000000 </data>"
                                "<data key=\"b\">1</data>"
                                "<data key=\"s\">  keep &#x49A; spaces  </data></node>\n"
                                "<node id=\"z\"><data key=\"b\">0</data>"
                                "<data key=\"s\"><![CDATA[<raw> & \"text\"]]></data></node>\n")),
              "(x&y {b: true, n: 9000000000, s: '  keep Қ spaces  '})\n"
              "(z {b: false, s: '<raw> & \"text\"'})\n");
}

TEST(GraphmlImportTest, OneNameWithTwoTypesAsNetworkXWritesMixedAttributes) {
    EXPECT_EQ(imported(document("<key id=\"d1\" for=\"node\" attr.name=\"special\" "
                                "attr.type=\"long\"/>\n"
                                "<key id=\"d0\" for=\"node\" attr.name=\"special\" "
                                "attr.type=\"boolean\"/>\n",
                                "<node id=\"n0\"><data key=\"d0\">False</data></node>\n"
                                "<node id=\"n1\"><data key=\"d1\">0</data></node>\n")),
              "(n0 {special: false})\n(n1 {special: 0})\n");
}

TEST(GraphmlImportTest, Utf16FileWithByteOrderMark) {
    const std::string utf8 = "<graphml><graph><node id=\"Қ\"/></graph></graphml>";
    std::string utf16 = "\xFF\xFE"; // little-endian byte-order mark
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(utf8[i]);
        if (c == 0xD2) { // "Қ" is D2 9A in UTF-8, U+049A
            utf16 += "\x9A\x04";
            ++i;
        } else {
            utf16 += static_cast<char>(c);
            utf16 += '\0';
        }
    }
    EXPECT_EQ(imported(utf16), "(Қ)\n");
}

TEST(GraphmlImportTest, FileThatCannotBeOpened) {
    Database db;
    Status status = db.importGraphML("/nonexistent/g.graphml");
    EXPECT_EQ(status.code(), StatusCode::kIoError);
    EXPECT_EQ(status.toString(),
              "cannot open \"/nonexistent/g.graphml\": No such file or directory");
}

// ---------------------------------------------------------------------------------------------
// Errors

TEST(GraphmlErrorTest, InvalidXml) {
    EXPECT_EQ(importError("<graphml>\n  <graph>\n  </grap>\n</graphml>\n"),
              "g.graphml:3:5: invalid XML: mismatched tag");
    EXPECT_EQ(importError(""), "g.graphml:1:1: invalid XML: no element found");
    EXPECT_EQ(importError("<graphml><graph>"), "g.graphml:1:17: invalid XML: no element found");
    EXPECT_EQ(importError("<graphml>\n<node id=\"Қ\" id=\"b\"/>"),
              "g.graphml:2:14: invalid XML: duplicate attribute");
}

TEST(GraphmlErrorTest, NotGraphml) {
    EXPECT_EQ(importError("<?xml version=\"1.0\"?>\n<gexf xmlns=\"http://gexf.net/1.2\"/>\n"),
              "g.graphml:2:1: not a GraphML file: the root element is <gexf>, not <graphml>");
}

TEST(GraphmlErrorTest, NodesAndEdgesWithoutTheirAttributes) {
    EXPECT_EQ(importError(document("", "<node id=\"a\"/>\n  <node/>\n")),
              "g.graphml:5:3: a <node> needs a non-empty \"id\" attribute");
    EXPECT_EQ(importError(document("", "<node id=\"\"/>\n")),
              "g.graphml:4:1: a <node> needs a non-empty \"id\" attribute");
    EXPECT_EQ(importError(document("", "<node id=\"a\"/><edge source=\"a\"/>\n")),
              "g.graphml:4:15: an <edge> needs a non-empty \"target\" attribute");
}

TEST(GraphmlErrorTest, DuplicateNodeId) {
    EXPECT_EQ(importError(document("", "<node id=\"a\"/>\n<node id=\"b\"/>\n  <node id=\"a\"/>\n")),
              "g.graphml:6:3: attribute \"id\": duplicate node id \"a\"");
    // Ids are global: the graph loaded before counts.
    EXPECT_EQ(importError(document("", "<node id=\"zz-base-1\"/>\n")),
              "g.graphml:4:1: attribute \"id\": duplicate node id \"zz-base-1\"");
}

TEST(GraphmlErrorTest, EdgeEndsThatNameNoNode) {
    // The first unknown id in the document is reported, at its edge, whatever comes later.
    EXPECT_EQ(importError(document("", "<node id=\"kazakhstan\"/>\n"
                                       "<edge source=\"x\" target=\"kazakstan\"/>\n"
                                       "<node id=\"x\"/><edge source=\"nobody\" target=\"x\"/>\n")),
              "g.graphml:5:1: attribute \"target\": unknown node id \"kazakstan\" (did you mean "
              "\"kazakhstan\"?)");
    EXPECT_EQ(importError(document("", "<node id=\"a\"/>\n    <edge source=\"nobody\" "
                                       "target=\"a\"/>\n")),
              "g.graphml:5:5: attribute \"source\": unknown node id \"nobody\"");
}

TEST(GraphmlErrorTest, DataForKeysThatDoNotFit) {
    const std::string keys = "<key id=\"weight\" for=\"edge\" attr.type=\"double\"/>\n"
                             "<key id=\"name\" for=\"node\"/>\n";
    EXPECT_EQ(importError(document(keys, "<node id=\"a\"><data key=\"wieght\">1</data></node>\n")),
              "g.graphml:6:14: a <data> names the undeclared key \"wieght\" (did you mean "
              "\"weight\"?)");
    EXPECT_EQ(
        importError(document(keys, "<node id=\"a\">\n  <data key=\"weight\">1</data></node>\n")),
        "g.graphml:7:3: key \"weight\" is declared for edges, not for nodes");
    EXPECT_EQ(importError(document(keys, "<node id=\"a\"/><edge source=\"a\" target=\"a\">"
                                         "<data key=\"name\">x</data></edge>\n")),
              "g.graphml:6:43: key \"name\" is declared for nodes, not for edges");
    EXPECT_EQ(importError(document(keys, "<node id=\"a\"><data>x</data></node>\n")),
              "g.graphml:6:14: a <data> needs a \"key\" attribute");
    EXPECT_EQ(importError(document(keys, "<node id=\"a\"><data key=\"name\">x</data>"
                                         "<data key=\"name\">y</data></node>\n")),
              "g.graphml:6:39: key \"name\" is given twice for this node");
}

TEST(GraphmlErrorTest, ValuesOfTheWrongType) {
    const std::string keys =
        "<key id=\"d3\" for=\"node\" attr.name=\"member\" attr.type=\"boolean\"/>\n"
        "<key id=\"d4\" for=\"node\" attr.name=\"founded\" attr.type=\"long\"/>\n"
        "<key id=\"d5\" for=\"edge\" attr.name=\"weight\" attr.type=\"float\"/>\n";
    EXPECT_EQ(
        importError(document(keys, "<node id=\"a\">\n  <data key=\"d3\">yes</data>\n</node>\n")),
        "g.graphml:8:3: key \"d3\" (\"member\"): \"yes\" is not a boolean (true, false, 1 "
        "or 0)");
    EXPECT_EQ(importError(document(keys, "<node id=\"a\"><data key=\"d4\">1991.5</data></node>\n")),
              "g.graphml:7:14: key \"d4\" (\"founded\"): \"1991.5\" is not an integer");
    EXPECT_EQ(importError(document(keys, "<node id=\"a\"/><edge source=\"a\" target=\"a\">"
                                         "<data key=\"d5\">NaN</data></edge>\n")),
              "g.graphml:7:43: key \"d5\" (\"weight\"): \"NaN\" is not a finite number, which "
              "the graph format cannot hold");
    EXPECT_EQ(importError(document("<key id=\"w\" attr.type=\"double\">\n  <default>heavy"
                                   "</default></key>\n",
                                   "")),
              "g.graphml:4:3: key \"w\": default \"heavy\" is not a number");
}

TEST(GraphmlErrorTest, IdKeyValuesAndEnds) {
    const std::string keys = "<key id=\"k0\" for=\"node\" attr.name=\"_id\"/>\n";
    EXPECT_EQ(importError(document(keys, "<node id=\"n0\"><data key=\"k0\">x</data></node>\n"
                                         "<node id=\"n1\"><data key=\"k0\">x</data></node>\n")),
              "g.graphml:6:1: key \"k0\" (\"_id\"): duplicate node id \"x\"");
    EXPECT_EQ(importError(document(keys, "<node id=\"n0\"><data key=\"k0\">x</data></node>\n"
                                         "<edge source=\"n0\" target=\"n9\"/>\n")),
              "g.graphml:6:1: attribute \"target\": unknown node id \"n9\"");
}

TEST(GraphmlErrorTest, ListsThatAreNotJsonArraysOfTheirType) {
    const std::string keys = "<key id=\"y\" for=\"node\" attr.name=\"years\" "
                             "attr.type=\"string\" attr.list=\"long\"/>\n";
    EXPECT_EQ(importError(document(keys, "<node id=\"a\"><data key=\"y\">2014</data></node>\n")),
              "g.graphml:5:14: key \"y\" (\"years\"): \"2014\" is not a JSON array (the key has "
              "attr.list)");
    EXPECT_EQ(
        importError(document(keys, "<node id=\"a\"><data key=\"y\">[1, \"2\"]</data>"
                                   "</node>\n")),
        "g.graphml:5:14: key \"y\" (\"years\"): \"[1, \\\"2\\\"]\": item 2 is not an integer");
    EXPECT_EQ(importError(document("<key id=\"y\" attr.list=\"lnog\"/>\n", "")),
              "g.graphml:3:1: key \"y\": unknown attr.list \"lnog\"; list items are boolean, int, "
              "long, float, double or string (did you mean \"long\"?)");
}

TEST(GraphmlErrorTest, KeyDeclarations) {
    EXPECT_EQ(importError(document("<key id=\"d0\" for=\"node\" attr.name=\"born\" "
                                   "attr.type=\"doubel\"/>\n",
                                   "")),
              "g.graphml:3:1: key \"d0\" (\"born\"): unknown attr.type \"doubel\"; GraphML's types "
              "are boolean, int, long, float, double and string (did you mean \"double\"?)");
    EXPECT_EQ(importError(document("<key id=\"d0\" for=\"vertex\"/>\n", "")),
              "g.graphml:3:1: key \"d0\": for=\"vertex\" is not one of node, edge, all, graph, "
              "graphml, hyperedge, port and endpoint");
    EXPECT_EQ(importError(document("<key id=\"d0\"/>\n  <key id=\"d0\"/>\n", "")),
              "g.graphml:4:3: duplicate key id \"d0\"");
    EXPECT_EQ(importError(document("<key for=\"node\"/>\n", "")),
              "g.graphml:3:1: a <key> needs a non-empty \"id\" attribute");
    EXPECT_EQ(importError(document("<key id=\"d0\" attr.name=\"\"/>\n", "")),
              "g.graphml:3:1: key \"d0\": the attribute name (attr.name) is empty");
}

TEST(GraphmlErrorTest, WhatSteppeGraphsCannotHold) {
    EXPECT_EQ(importError(document("", "<node id=\"a\">\n  <graph id=\"inner\"/></node>\n")),
              "g.graphml:5:3: nested graphs are not supported (a <graph> inside a <node>)");
    EXPECT_EQ(importError(document("", "<hyperedge><endpoint node=\"a\"/></hyperedge>\n")),
              "g.graphml:4:1: hyperedges are not supported: a relationship joins two nodes");
    EXPECT_EQ(importError(document("", "<node id=\"a\"><locator/>"
                                       "</node>\n")),
              "g.graphml:4:14: <locator> is not supported: the graph must be in the file itself");
}

TEST(GraphmlErrorTest, ElementsWhereTheyDoNotBelong) {
    EXPECT_EQ(
        importError(document("<key id=\"d0\" for=\"node\"/>\n",
                             "<node id=\"a\"><data key=\"d0\"><node id=\"b\"/></data></node>\n")),
        "g.graphml:5:29: a <data> of key \"d0\" must hold text, not the element <node>");
    EXPECT_EQ(importError(document("", "<node id=\"a\"/>\n<nod id=\"b\"/>\n")),
              "g.graphml:5:1: unexpected element <nod> inside <graph>");
    EXPECT_EQ(
        importError(document("", "<node id=\"a\"><edge source=\"a\" target=\"a\"/></node>\n")),
        "g.graphml:4:14: unexpected element <edge> inside <node>");
}

TEST(GraphmlErrorTest, EmptyRelationshipType) {
    EXPECT_EQ(importError(document("<key id=\"t\" for=\"edge\" attr.name=\"type\"/>\n",
                                   "<node id=\"a\"/>\n  <edge source=\"a\" target=\"a\">"
                                   "<data key=\"t\"> </data></edge>\n")),
              "g.graphml:6:3: the type of this edge is empty");
}

} // namespace
} // namespace steppe::testing
