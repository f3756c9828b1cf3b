// `steppe import` as a user runs it: the graph file it writes (to standard output or -o), the
// round trip through `steppe check` and `steppe query`, exit codes, and that an error leaves
// no output file behind.
#include <algorithm>
#include <filesystem>
#include <vector>

#include <gtest/gtest.h>

#include "cli/command_runner.hpp"
#include "engine/graph_text.hpp"
#include "steppe/database.hpp"
#include "test_paths.hpp"

namespace steppe::testing {
namespace {

namespace fs = std::filesystem;

const std::string kNodes = sourcePath("tests/data/import/countries_nodes.csv");
const std::string kRelationships = sourcePath("tests/data/import/countries_relationships.csv");
const std::string kNetworkX = sourcePath("tests/data/import/countries_networkx.graphml");

// What tests/data/import/countries_*.csv hold, as graphText() writes it.
const std::string kCsvGraph =
    "(bacac:Association {founded: 2009, id: 'bacac', name: 'Biosafety Association for Central "
    "Asia and the Caucasus', note: 'Founded in Almaty.\\nMembers meet once a year.'})\n"
    "(georgia)-[:MEMBER_OF {founding: false, since: 2012}]->(bacac)\n"
    "(georgia:Country {area_km2: 69700.0, founded: 1991, id: 'georgia', landlocked: false, "
    "languages: ['Georgian'], name: 'Georgia', note: 'Says \"gamarjoba\", twice'})\n"
    "(iran)-[:PARTICIPATED_IN]->(training-2016)\n"
    "(iran:Country {area_km2: 1648195.0, id: 'iran', landlocked: false, languages: ['Persian'], "
    "name: 'Iran'})\n"
    "(kazakhstan)-[:MEMBER_OF {founding: true, since: 2009}]->(bacac)\n"
    "(kazakhstan)-[:PARTICIPATED_IN]->(training-2016)\n"
    "(kazakhstan:Country {area_km2: 2724900.0, founded: 1991, id: 'kazakhstan', landlocked: "
    "true, languages: ['Kazakh', 'Russian'], name: 'Kazakhstan'})\n"
    "(kyrgyzstan)-[:MEMBER_OF {founding: true, since: 2009}]->(bacac)\n"
    "(kyrgyzstan:Country {area_km2: 199951.5, founded: 1991, id: 'kyrgyzstan', landlocked: true, "
    "languages: ['Kyrgyz', 'Russian'], name: 'Kyrgyzstan', note: ''})\n"
    "(training-2016:Event:Training {founded: 2016, id: 'training-2016', name: 'Biosafety "
    "training, Almaty'})\n";

// The files in `folder`, by name.
std::vector<std::string> filesIn(const std::string& folder) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) {
        names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
}

TEST(ImportCommand, WritesTheGraphFileToStandardOutput) {
    CommandResult r = runSteppe("import --from neo4j-csv " + kNodes + " " + kRelationships);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err, "");
    Database db;
    Status status = db.loadJson(r.out, "stdout");
    ASSERT_TRUE(status.ok()) << status.toString() << "\n" << r.out;
    EXPECT_EQ(graphText(db), kCsvGraph);
}

TEST(ImportCommand, CsvRoundTripThroughCheckAndQuery) {
    TemporaryFolder folder;
    const std::string out = folder.path() + "/graph.json";
    CommandResult r =
        runSteppe("import --from neo4j-csv " + kNodes + " " + kRelationships + " -o " + out);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, "imported 6 nodes and 5 relationships into " + out + "\n");
    EXPECT_EQ(r.err, "");
    EXPECT_EQ(filesIn(folder.path()), std::vector<std::string>{"graph.json"});

    CommandResult check = runSteppe("check -g " + out);
    EXPECT_EQ(check.exitCode, 0) << check.err;
    EXPECT_NE(check.out.find("nodes:         6\n  relationships: 5\n"), std::string::npos)
        << check.out;

    CommandResult founders =
        runSteppe("query --format csv -g " + out +
                  " \"MATCH (c:Country)-[m:MEMBER_OF]->(:Association) WHERE m.founding "
                  "RETURN c.name AS country, c.languages AS languages ORDER BY country\"");
    EXPECT_EQ(founders.exitCode, 0) << founders.err;
    EXPECT_EQ(founders.out, "country,languages\r\nKazakhstan,\"['Kazakh', 'Russian']\"\r\n"
                            "Kyrgyzstan,\"['Kyrgyz', 'Russian']\"\r\n");
    CommandResult note = runSteppe("query --format jsonl -g " + out +
                                   " \"MATCH (a:Association) RETURN a.note AS note, "
                                   "a.founded + 1 AS next\"");
    EXPECT_EQ(note.exitCode, 0) << note.err;
    EXPECT_EQ(note.out, "{\"note\":\"Founded in Almaty.\\nMembers meet once a year.\","
                        "\"next\":2010}\n");
}

TEST(ImportCommand, GraphmlRoundTripThroughCheckAndQuery) {
    TemporaryFolder folder;
    const std::string out = folder.path() + "/graph.json";
    CommandResult r = runSteppe("import --from graphml " + kNetworkX + " --output " + out);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, "imported 6 nodes and 5 relationships into " + out + "\n");
    CommandResult check = runSteppe("check -g " + out);
    EXPECT_EQ(check.exitCode, 0) << check.err;
    CommandResult outsiders =
        runSteppe("query --format csv -g " + out +
                  " \"MATCH (c:Country)-[:PARTICIPATED_IN]->(t:Training) "
                  "WHERE NOT (c)-[:MEMBER_OF]->(:Association) RETURN c.name, t.name\"");
    EXPECT_EQ(outsiders.exitCode, 0) << outsiders.err;
    EXPECT_EQ(outsiders.out,
              "c.name,t.name\r\nIran,\"Biosafety training, Almaty & <Bishkek>\"\r\n");
}

// What the queries say of a graph file: counts of nodes, relationships and each label.
std::string countsOf(const std::string& graphFile) {
    CommandResult r = runSteppe(
        "query --format csv -g " + graphFile +
        " \"MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() WITH nodes, count(r) AS rels "
        "MATCH (m) UNWIND labels(m) AS label RETURN nodes, rels, label, count(*) ORDER BY label\"");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return r.out;
}

TEST(ImportCommand, ReadsBackWhatExportWrote) {
    const std::string dataset = sourcePath("datasets/bacac.json");
    TemporaryFolder folder;
    CommandResult r =
        runSteppe("export -g " + dataset + " --format neo4j-csv -o " + folder.path() + "/csv");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    r = runSteppe("import --from neo4j-csv " + folder.path() + "/csv/nodes.csv " + folder.path() +
                  "/csv/relationships.csv -o " + folder.path() + "/from-csv.json");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out,
              "imported 38 nodes and 54 relationships into " + folder.path() + "/from-csv.json\n");
    r = runSteppe("export -g " + dataset + " --format graphml -o " + folder.path() + "/g.graphml");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    r = runSteppe("import --from graphml " + folder.path() + "/g.graphml -o " + folder.path() +
                  "/from-graphml.json");
    ASSERT_EQ(r.exitCode, 0) << r.err;

    const std::string counts = countsOf(dataset);
    EXPECT_TRUE(counts.starts_with("nodes,rels,label,count(*)\r\n38,54,Association,6\r\n"))
        << counts;
    EXPECT_EQ(countsOf(folder.path() + "/from-csv.json"), counts);
    EXPECT_EQ(countsOf(folder.path() + "/from-graphml.json"), counts);
    // The same graph, values and ids included.
    Database original;
    Database fromCsv;
    Database fromGraphml;
    ASSERT_TRUE(original.loadFiles({dataset}).ok());
    ASSERT_TRUE(fromCsv.loadFiles({folder.path() + "/from-csv.json"}).ok());
    ASSERT_TRUE(fromGraphml.loadFiles({folder.path() + "/from-graphml.json"}).ok());
    EXPECT_EQ(graphText(fromCsv), graphText(original));
    EXPECT_EQ(graphText(fromGraphml), graphText(original));
}

TEST(ImportCommand, AnErrorExitsWith3AndLeavesNoFile) {
    TemporaryFolder folder;
    const std::string rels =
        folder.write("rels.csv", ":START_ID,:END_ID,:TYPE\nkazakhstan,bacac,MEMBER_OF\n"
                                 "georgia,bacak,MEMBER_OF\n");
    const std::string out = folder.path() + "/graph.json";
    CommandResult r = runSteppe("import --from neo4j-csv " + kNodes + " " + rels + " -o " + out);
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err, "error: " + rels +
                         ":3:9: column \":END_ID\": unknown node id \"bacak\" (did you mean "
                         "\"bacac\"?)\n");
    EXPECT_EQ(filesIn(folder.path()), std::vector<std::string>{"rels.csv"});

    // A file already at the output path is left as it was.
    const std::string existing = folder.write("graph.json", "keep me");
    r = runSteppe("import --from neo4j-csv " + kNodes + " " + rels + " -o " + existing);
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(readFile(existing), "keep me");
    EXPECT_EQ(filesIn(folder.path()), (std::vector<std::string>{"graph.json", "rels.csv"}));
}

TEST(ImportCommand, GraphmlErrorExitsWith3) {
    TemporaryFolder folder;
    const std::string file =
        folder.write("g.graphml", "<graphml>\n<graph>\n<node id=\"a\"/>\n<node id=\"a\"/>\n"
                                  "</graph>\n</graphml>\n");
    CommandResult r = runSteppe("import --from graphml " + file);
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err, "error: " + file + ":4:1: attribute \"id\": duplicate node id \"a\"\n");
}

TEST(ImportCommand, InputOrOutputThatCannotBeUsedExitsWith3) {
    CommandResult r = runSteppe("import --from graphml /nonexistent/g.graphml");
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err, "error: cannot open \"/nonexistent/g.graphml\": No such file or directory\n");
    r = runSteppe("import --from graphml " + kNetworkX + " -o /nonexistent/graph.json");
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err, "error: cannot write \"/nonexistent/graph.json.tmp\"\n");
}

TEST(ImportCommand, UsageErrorsExitWith2) {
    CommandResult r = runSteppe("import --from neo4j-csv " + kNodes);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err, "error: --from neo4j-csv takes two files, NODES.csv and "
                     "RELATIONSHIPS.csv, not 1\n");
    r = runSteppe("import --from graphml " + kNetworkX + " " + kNetworkX);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err, "error: --from graphml takes one file, not 2\n");
    r = runSteppe("import --from gexf " + kNetworkX);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("--from"), std::string::npos) << r.err;
    r = runSteppe("import " + kNetworkX);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("--from is required"), std::string::npos) << r.err;
    EXPECT_EQ(r.out, "");
}

TEST(ImportCommand, HelpShowsFormatsAndExamples) {
    CommandResult r = runSteppe("import --help");
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_NE(r.out.find("steppe import --from neo4j-csv nodes.csv relationships.csv -o "
                         "graph.json"),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("steppe import --from graphml network.graphml > graph.json"),
              std::string::npos);
    CommandResult top = runSteppe("--help");
    EXPECT_NE(top.out.find("import"), std::string::npos) << top.out;
}

} // namespace
} // namespace steppe::testing
