// Tests of Database::importNeo4jCsv, the CSV pair of `neo4j-admin database import`: headers
// (system columns, typed properties, lists, the variants Neo4j and Neptune write), empty and
// quoted fields, and every class of error with its exact message and position. Each error test
// imports into a database that already holds a graph and checks it is left unchanged.
//
// Positions are worked out by hand from the texts below; columns count code points.

#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "cli/command_runner.hpp"
#include "engine/graph_text.hpp"
#include "steppe/database.hpp"

namespace steppe::testing {
namespace {

// A graph the error tests import into; its ids are far from the ones the tests use, so they
// never turn up in did-you-mean hints.
constexpr std::string_view kBaseGraph =
    R"({"nodes": [{"id": "zz-base-1", "labels": ["ZzBase"]}, {"id": "zz-base-2"}],
        "edges": [{"from": "zz-base-1", "to": "zz-base-2", "type": "ZZ_BASE"}]})";

// The ids of a node file that the relationship error tests refer to.
constexpr std::string_view kNodes = ":ID,name\na,Ann\nb,Bob\nkazakhstan,Kazakhstan\n";

// Imports `nodes` and `relationships` (written to n.csv and r.csv) into a database holding
// kBaseGraph, expects a load error, checks the graph is unchanged, and returns the error as
// toString() renders it, with the temporary folder left out of the file names.
std::string importError(std::string_view nodes,
                        std::string_view relationships = ":START_ID,"
                                                         ":END_ID,:TYPE\n") {
    TemporaryFolder folder;
    const std::string n = folder.write("n.csv", std::string(nodes));
    const std::string r = folder.write("r.csv", std::string(relationships));
    Database db;
    Status status = db.loadJson(kBaseGraph, "base.json");
    EXPECT_TRUE(status.ok()) << status.toString();
    const std::string before = db.toJson();
    LoadReport report;
    report.nodes = 777;
    status = db.importNeo4jCsv(n, r, &report);
    EXPECT_EQ(status.code(), StatusCode::kLoadError) << status.toString();
    EXPECT_EQ(db.toJson(), before) << "a failed import changed the graph";
    EXPECT_EQ(report.nodes, 777u) << "a failed import filled the report";
    std::string message = status.toString();
    for (std::size_t at = message.find(folder.path() + "/"); at != std::string::npos;
         at = message.find(folder.path() + "/")) {
        message.erase(at, folder.path().size() + 1);
    }
    return message;
}

// The error of a nodes file with one property column `header` holding `field`.
std::string valueError(const std::string& header, const std::string& field) {
    return importError(":ID," + header + "\na," + field + "\n");
}

// The graph that `nodes` and `relationships` import into an empty database, as graphText().
std::string imported(std::string_view nodes, std::string_view relationships,
                     LoadReport* report = nullptr) {
    TemporaryFolder folder;
    Database db;
    Status status = db.importNeo4jCsv(folder.write("n.csv", std::string(nodes)),
                                      folder.write("r.csv", std::string(relationships)), report);
    EXPECT_TRUE(status.ok()) << status.toString();
    return graphText(db);
}

// ---------------------------------------------------------------------------------------------
// What imports

TEST(Neo4jCsvImportTest, TypedPropertiesListsAndLabels) {
    const std::string nodes =
        ":ID,:LABEL,name,age:int,score:double,ok:boolean,tags:string[],nums:long[],"
        "big:long,tiny:byte,small:short,ratio:float,initial:char,born:date,flags:boolean[]\n"
        "a,Person;Analyst,Ann,42,1.5,true,x;y,1;-2;+3,9223372036854775807,-128,32767,2.5e3,"
        "Ә,1990-01-02,true;FALSE\n"
        "b,,Bob,,,,,,,,,,,,\n";
    const std::string relationships = ":START_ID,:END_ID,:TYPE,weight:double,since:int\n"
                                      "a,b,KNOWS,0.5,2016\n"
                                      "b,a,KNOWS,,\n";
    EXPECT_EQ(imported(nodes, relationships),
              "(a)-[:KNOWS {since: 2016, weight: 0.5}]->(b)\n"
              "(a:Analyst:Person {age: 42, big: 9223372036854775807, born: '1990-01-02', "
              "flags: [true, false], initial: 'Ә', name: 'Ann', nums: [1, -2, 3], ok: true, "
              "ratio: 2500.0, score: 1.5, small: 32767, tags: ['x', 'y'], tiny: -128})\n"
              "(b {name: 'Bob'})\n"
              "(b)-[:KNOWS]->(a)\n");
}

TEST(Neo4jCsvImportTest, EmptyFieldsMeanNoPropertyUnlessQuoted) {
    // Unquoted empty: no property. Quoted empty: an empty string, or an empty list; for other
    // types there is no empty value, so it is no property either.
    EXPECT_EQ(
        imported(":ID,s,l:string[],n:int\na,,,\nb,\"\",\"\",\"\"\n", ":START_ID,:END_ID,:TYPE\n"),
        "(a)\n(b {l: [], s: ''})\n");
}

TEST(Neo4jCsvImportTest, QuotingInsideValues) {
    EXPECT_EQ(imported(":ID,text,list:string[]\r\n"
                       "\"a,1\",\"say \"\"hi\"\", then\r\nleave\",\"x,y;z\"\r\n",
                       ":START_ID,:END_ID,:TYPE\r\n\"a,1\",\"a,1\",\"SELF, LOOP\"\r\n"),
              "(a,1 {list: ['x,y', 'z'], text: 'say \"hi\", then\\r\\nleave'})\n"
              "(a,1)-[:SELF, LOOP]->(a,1)\n");
}

TEST(Neo4jCsvImportTest, ByteOrderMarkBeforeTheHeader) {
    EXPECT_EQ(imported("\xEF\xBB\xBF:ID,name\na,Ann\n", "\xEF\xBB\xBF:START_ID,:END_ID,:TYPE\n"),
              "(a {name: 'Ann'})\n");
}

TEST(Neo4jCsvImportTest, NamedIdColumnAlsoKeepsTheIdAsProperty) {
    EXPECT_EQ(imported("code:ID,name\nkz,Kazakhstan\n", ":START_ID,:END_ID,:TYPE\n"),
              "(kz {code: 'kz', name: 'Kazakhstan'})\n");
}

TEST(Neo4jCsvImportTest, IdColumnOfSteppesExportIsOnlyTheId) {
    // `steppe export` heads its id column `_id:ID` for Neo4j's sake; the id is not a property.
    EXPECT_EQ(imported("_id:ID,name\nkz,Kazakhstan\n", ":START_ID,:END_ID,:TYPE\n"),
              "(kz {name: 'Kazakhstan'})\n");
}

TEST(Neo4jCsvImportTest, NeptuneVariantsAndIgnoredColumns) {
    // Type names in any case, Neptune's Bool and DateTime, its relationship ids, and :IGNORE
    // columns (named or not).
    EXPECT_EQ(imported(":ID,junk:IGNORE,:IGNORE,name:String,n:Int,b:Bool,d:DateTime,xs:LONG[]\n"
                       "a,zap,zop,Ann,7,True,2024-05-01T10:00:00Z,1;2\n"
                       "b,,,,,,,\n",
                       ":ID,:START_ID,:END_ID,:TYPE,w:Double\nr1,a,b,LINKS,1\n"),
              "(a {b: true, d: '2024-05-01T10:00:00Z', n: 7, name: 'Ann', xs: [1, 2]})\n"
              "(a)-[:LINKS {w: 1.0}]->(b)\n"
              "(b)\n");
}

TEST(Neo4jCsvImportTest, LabelFieldsSkipEmptyParts) {
    EXPECT_EQ(imported(":ID,:LABEL\na,;Country;;Member;\nb,\n", ":START_ID,:END_ID,:TYPE\n"),
              "(a:Country:Member)\n(b)\n");
}

TEST(Neo4jCsvImportTest, RelationshipsMayNameNodesOfTheGraphLoadedBefore) {
    TemporaryFolder folder;
    Database db;
    ASSERT_TRUE(db.loadJson(kBaseGraph, "base.json").ok());
    LoadReport report;
    Status status = db.importNeo4jCsv(
        folder.write("n.csv", ":ID\nnew\n"),
        folder.write("r.csv", ":START_ID,:END_ID,:TYPE\nnew,zz-base-1,POINTS_AT\n"), &report);
    ASSERT_TRUE(status.ok()) << status.toString();
    EXPECT_EQ(graphText(db), "(new)\n"
                             "(new)-[:POINTS_AT]->(zz-base-1)\n"
                             "(zz-base-1)-[:ZZ_BASE]->(zz-base-2)\n"
                             "(zz-base-1:ZzBase)\n"
                             "(zz-base-2)\n");
    EXPECT_EQ(report.nodes, 1u);
    EXPECT_EQ(report.relationships, 1u);
}

TEST(Neo4jCsvImportTest, ReportCountsFilesBytesNodesAndRelationships) {
    const std::string nodes = ":ID\na\nb\nc\n";
    const std::string relationships = ":START_ID,:END_ID,:TYPE\na,b,T\nb,c,T\n";
    LoadReport report;
    imported(nodes, relationships, &report);
    EXPECT_EQ(report.files, 2u);
    EXPECT_EQ(report.bytes, nodes.size() + relationships.size());
    EXPECT_EQ(report.nodes, 3u);
    EXPECT_EQ(report.relationships, 2u);
    EXPECT_EQ(report.citations, 0u);
}

TEST(Neo4jCsvImportTest, FilesThatCannotBeRead) {
    TemporaryFolder folder;
    const std::string r = folder.write("r.csv", ":START_ID,:END_ID,:TYPE\n");
    Database db;
    Status status = db.importNeo4jCsv(folder.path() + "/missing.csv", r);
    EXPECT_EQ(status.code(), StatusCode::kIoError);
    EXPECT_EQ(status.toString(),
              "cannot open \"" + folder.path() + "/missing.csv\": No such file or directory");
    status = db.importNeo4jCsv(folder.write("n.csv", ":ID\n"), folder.path());
    EXPECT_EQ(status.code(), StatusCode::kIoError);
    EXPECT_EQ(status.toString(),
              "cannot load \"" + folder.path() + "\": it is a folder, not a file");
}

// ---------------------------------------------------------------------------------------------
// Header errors

TEST(Neo4jCsvHeaderTest, EmptyFile) {
    EXPECT_EQ(importError(""), "n.csv:1:1: the file is empty; a nodes file starts with a header "
                               "line such as \":ID,:LABEL,name\"");
    EXPECT_EQ(importError(kNodes, "\n\n"),
              "r.csv:1:1: the file is empty; a relationships file starts with a header line "
              "such as \":START_ID,:END_ID,:TYPE\"");
}

TEST(Neo4jCsvHeaderTest, UnknownColumnType) {
    EXPECT_EQ(importError(":ID,age:lnog\n"),
              "n.csv:1:5: unknown column type \"lnog\" in \"age:lnog\" (did you mean \"long\"?)");
    EXPECT_EQ(importError(":ID,name,x:Id\n"),
              "n.csv:1:10: unknown column type \"Id\" in \"x:Id\" (did you mean \"ID\"?)");
    EXPECT_EQ(importError(":ID,n:\n"), "n.csv:1:5: unknown column type \"\" in \"n:\"");
    EXPECT_EQ(importError(":ID,:LABEL[]\n"),
              "n.csv:1:5: unknown column type \"LABEL[]\" in \":LABEL[]\" (did you mean "
              "\"LABEL\"?)");
}

TEST(Neo4jCsvHeaderTest, RequiredColumnsAreMissing) {
    EXPECT_EQ(importError("name,age:int\n"), "n.csv:1:1: a nodes file needs an \":ID\" column");
    EXPECT_EQ(importError(kNodes, ":END_ID,:TYPE\n"),
              "r.csv:1:1: a relationships file needs a \":START_ID\" column");
    EXPECT_EQ(importError(kNodes, ":START_ID,:TYPE\n"),
              "r.csv:1:1: a relationships file needs an \":END_ID\" column");
    EXPECT_EQ(importError(kNodes, ":START_ID,:END_ID,since:int\n"),
              "r.csv:1:1: a relationships file needs a \":TYPE\" column");
}

TEST(Neo4jCsvHeaderTest, SystemColumnInTheWrongFile) {
    EXPECT_EQ(importError(":ID,:START_ID\n"),
              "n.csv:1:5: \":START_ID\" belongs in a relationships file, not in a nodes file");
    EXPECT_EQ(importError(":ID,name,:TYPE\n"),
              "n.csv:1:10: \":TYPE\" belongs in a relationships file, not in a nodes file");
    EXPECT_EQ(importError(kNodes, ":START_ID,:END_ID,:TYPE,:LABEL\n"),
              "r.csv:1:25: \":LABEL\" belongs in a nodes file, not in a relationships file");
}

TEST(Neo4jCsvHeaderTest, ColumnsGivenTwice) {
    EXPECT_EQ(importError(":ID,name,age:int,name:string\n"),
              "n.csv:1:18: two columns hold the property \"name\"");
    EXPECT_EQ(importError("name:ID,name\n"), "n.csv:1:9: two columns hold the property \"name\"");
    EXPECT_EQ(importError("a:ID,b:ID\n"),
              "n.csv:1:6: a second \":ID\" column; the first is \"a:ID\"");
    EXPECT_EQ(importError(kNodes, ":START_ID,:END_ID,:TYPE,:TYPE\n"),
              "r.csv:1:25: a second \":TYPE\" column; the first is \":TYPE\"");
}

TEST(Neo4jCsvHeaderTest, IdSpacesAreRefused) {
    EXPECT_EQ(importError(":ID(Person),name\n"),
              "n.csv:1:1: ID spaces are not supported (\":ID(Person)\"): node ids are global in "
              "Steppe, so write \":ID\" when the ids are unique across all nodes");
    EXPECT_EQ(importError(kNodes, ":START_ID,:END_ID(Person),:TYPE\n"),
              "r.csv:1:11: ID spaces are not supported (\":END_ID(Person)\"): node ids are "
              "global in Steppe, so write \":END_ID\" when the ids are unique across all nodes");
}

TEST(Neo4jCsvHeaderTest, PointsAreRefused) {
    EXPECT_EQ(importError(":ID,loc:point{crs:WGS-84}\n"),
              "n.csv:1:5: point values are not supported (\"loc:point{crs:WGS-84}\")");
    EXPECT_EQ(importError(":ID,locs:Point[]\n"),
              "n.csv:1:5: point values are not supported (\"locs:Point[]\")");
}

TEST(Neo4jCsvHeaderTest, ColumnsWithoutName) {
    EXPECT_EQ(importError(":ID,,name\n"),
              "n.csv:1:5: a column needs a header; name it, or write \":IGNORE\" to skip it");
    EXPECT_EQ(importError(":ID,:int\n"),
              "n.csv:1:5: a property column needs a name before \":int\"");
}

// ---------------------------------------------------------------------------------------------
// Record errors

TEST(Neo4jCsvRecordTest, WrongNumberOfFields) {
    EXPECT_EQ(importError(":ID,name\na,Ann\nb,Bob,extra\n"),
              "n.csv:3:7: this record has 3 fields, the header has 2");
    EXPECT_EQ(importError(":ID,name,age:int\na,Ann\n"),
              "n.csv:2:6: this record has 2 fields, the header has 3");
    EXPECT_EQ(importError(kNodes, ":START_ID,:END_ID,:TYPE\na\n"),
              "r.csv:2:2: this record has 1 field, the header has 3");
}

TEST(Neo4jCsvRecordTest, NodeWithoutId) {
    EXPECT_EQ(importError(":ID,name\n,Ann\n"), "n.csv:2:1: column \":ID\": a node needs an id");
    EXPECT_EQ(importError("name,key:ID\nAnn,\"\"\n"),
              "n.csv:2:5: column \"key:ID\": a node needs an id");
}

TEST(Neo4jCsvRecordTest, DuplicateNodeId) {
    EXPECT_EQ(importError(":ID,name\na,Ann\nb,Bob\na,Again\n"),
              "n.csv:4:1: column \":ID\": duplicate node id \"a\"");
    // Ids are global: the graph loaded before counts.
    EXPECT_EQ(importError("name,:ID\nx,zz-base-2\n"),
              "n.csv:2:3: column \":ID\": duplicate node id \"zz-base-2\"");
}

TEST(Neo4jCsvRecordTest, RelationshipEndsThatNameNoNode) {
    // The first unknown id in the file is reported, with the nearest id that exists.
    EXPECT_EQ(importError(kNodes, ":START_ID,:END_ID,:TYPE\na,b,T\nkazakstan,a,T\na,nobody,T\n"),
              "r.csv:3:1: column \":START_ID\": unknown node id \"kazakstan\" (did you mean "
              "\"kazakhstan\"?)");
    EXPECT_EQ(importError(kNodes, "rel:IGNORE,:START_ID,:END_ID,:TYPE\nx,a,nobody,T\n"),
              "r.csv:2:5: column \":END_ID\": unknown node id \"nobody\"");
}

TEST(Neo4jCsvRecordTest, RelationshipWithoutEndsOrType) {
    const std::string header = ":START_ID,:END_ID,:TYPE\n";
    EXPECT_EQ(importError(kNodes, header + ",b,T\n"),
              "r.csv:2:1: column \":START_ID\": a relationship needs a start node id");
    EXPECT_EQ(importError(kNodes, header + "a,\"\",T\n"),
              "r.csv:2:3: column \":END_ID\": a relationship needs an end node id");
    EXPECT_EQ(importError(kNodes, header + "a,b,\n"),
              "r.csv:2:5: column \":TYPE\": a relationship needs a type");
}

TEST(Neo4jCsvValueTest, Integers) {
    EXPECT_EQ(valueError("n:int", "12x"), "n.csv:2:3: column \"n:int\": \"12x\" is not an integer");
    EXPECT_EQ(valueError("n:int", " 12"), "n.csv:2:3: column \"n:int\": \" 12\" is not an integer");
    EXPECT_EQ(valueError("n:long", "1.5"),
              "n.csv:2:3: column \"n:long\": \"1.5\" is not an integer");
    EXPECT_EQ(valueError("n:int", "3000000000"),
              "n.csv:2:3: column \"n:int\": \"3000000000\" does not fit in 32 bits");
    EXPECT_EQ(valueError("n:byte", "128"),
              "n.csv:2:3: column \"n:byte\": \"128\" does not fit in 8 bits");
    EXPECT_EQ(valueError("n:short", "-32769"),
              "n.csv:2:3: column \"n:short\": \"-32769\" does not fit in 16 bits");
    EXPECT_EQ(valueError("n:long", "9223372036854775808"),
              "n.csv:2:3: column \"n:long\": \"9223372036854775808\" does not fit in 64 bits");
}

TEST(Neo4jCsvValueTest, Floats) {
    EXPECT_EQ(valueError("x:double", "abc"),
              "n.csv:2:3: column \"x:double\": \"abc\" is not a number");
    EXPECT_EQ(valueError("x:float", "NaN"),
              "n.csv:2:3: column \"x:float\": \"NaN\" is not a finite number, which the graph "
              "format cannot hold");
    EXPECT_EQ(valueError("x:double", "-inf"),
              "n.csv:2:3: column \"x:double\": \"-inf\" is not a finite number, which the graph "
              "format cannot hold");
    EXPECT_EQ(valueError("x:double", "1e999"),
              "n.csv:2:3: column \"x:double\": \"1e999\" is out of the range of a 64-bit float");
}

TEST(Neo4jCsvValueTest, BooleansAndCharacters) {
    EXPECT_EQ(valueError("b:boolean", "yes"),
              "n.csv:2:3: column \"b:boolean\": \"yes\" is not a boolean (true or false)");
    // neo4j-admin would read "1" as false; refusing it is safer than guessing.
    EXPECT_EQ(valueError("b:boolean", "1"),
              "n.csv:2:3: column \"b:boolean\": \"1\" is not a boolean (true or false)");
    EXPECT_EQ(valueError("c:char", "ab"),
              "n.csv:2:3: column \"c:char\": \"ab\" is not a single character");
}

TEST(Neo4jCsvValueTest, ListElements) {
    EXPECT_EQ(valueError("xs:long[]", "1;x;3"),
              "n.csv:2:3: column \"xs:long[]\": element 2: \"x\" is not an integer");
    EXPECT_EQ(valueError("xs:int[]", "1;;3"),
              "n.csv:2:3: column \"xs:int[]\": element 2: \"\" is not an integer");
    EXPECT_EQ(valueError("xs:boolean[]", "\"true;maybe\""),
              "n.csv:2:3: column \"xs:boolean[]\": element 2: \"maybe\" is not a boolean (true "
              "or false)");
}

TEST(Neo4jCsvValueTest, ValuesInRelationshipsAndLongValuesShortened) {
    EXPECT_EQ(importError(kNodes, ":START_ID,:END_ID,:TYPE,since:int\na,b,T,20x9\n"),
              "r.csv:2:7: column \"since:int\": \"20x9\" is not an integer");
    EXPECT_EQ(valueError("n:int", std::string(100, '7')), "n.csv:2:3: column \"n:int\": \"" +
                                                              std::string(60, '7') +
                                                              "...\" does not fit in 32 bits");
}

} // namespace
} // namespace steppe::testing
