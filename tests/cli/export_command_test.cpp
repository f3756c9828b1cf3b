// `steppe export` as a user runs it: every format, rendering, and errors that write nothing.
#include <algorithm>
#include <filesystem>

#include <gtest/gtest.h>

#include "cli/command_runner.hpp"
#include "export/graphviz_svg.hpp"
#include "steppe/database.hpp"
#include "test_paths.hpp"

namespace steppe::testing {
namespace {

const std::string kGraph = "-g " + sourcePath("datasets/bacac.json");
const std::string kMembers =
    " -q \"MATCH p = (:Country)-[:MEMBER_OF]->(:Association {acronym: 'BACAC'}) RETURN p\"";

bool exists(const std::string& path) {
    return std::filesystem::exists(path);
}

TEST(ExportCommand, WritesADiagramOfWhatAQueryReturns) {
    TemporaryFolder folder;
    const std::string file = folder.path() + "/members.dot";
    CommandResult r = runSteppe("export " + kGraph + " --format dot" + kMembers + " -o " + file);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out + r.err, "");
    const std::string svg = renderSvg(readFile(file));
    const std::vector<SvgElement> nodes = svgElements(svg, "node");
    const auto drawn = std::count_if(nodes.begin(), nodes.end(), [](const SvgElement& node) {
        return !node.title.starts_with("legend_");
    });
    EXPECT_EQ(drawn, 11) << "ten countries and BACAC";
    EXPECT_EQ(svgElements(svg, "edge").size(), 10u);
    EXPECT_EQ(svgElementWithText(svgElements(svg, "node"), "Mongolia").tooltip,
              "Afghanistan and Mongolia");
}

TEST(ExportCommand, RendersWithGraphviz) {
    TemporaryFolder folder;
    const std::string file = folder.path() + "/bacac.svg";
    CommandResult r =
        runSteppe("export " + kGraph +
                  " --format dot --rankdir TB --cluster-by year --render svg -o " + file);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    const std::string svg = readFile(file);
    EXPECT_TRUE(svg.starts_with("<?xml")) << svg.substr(0, 100);
    const std::vector<SvgElement> nodes = svgElements(svg, "node");
    EXPECT_EQ(
        std::count_if(nodes.begin(), nodes.end(),
                      [](const SvgElement& node) { return !node.title.starts_with("legend_"); }),
        38);
    svgElementWithText(nodes, "Georgia");
    EXPECT_EQ(svgElements(svg, "edge").size(), 54u);
    svgElementWithText(svgElements(svg, "cluster"), "year: 2016");
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(folder.path()),
                            std::filesystem::directory_iterator()),
              1)
        << "no temporary file is left";

    const std::string png = folder.path() + "/members.png";
    r = runSteppe("export " + kGraph + " --format dot --render png -o " + png + kMembers);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_TRUE(readFile(png).starts_with("\x89PNG"));
}

TEST(ExportCommand, SaysHowToInstallGraphvizWhenItIsMissing) {
    TemporaryFolder folder;
    const std::string file = folder.path() + "/bacac.svg";
    CommandResult r = runSteppe("export " + kGraph + " --format dot --render svg -o " + file,
                                "PATH=/nonexistent");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err, "error: --render needs Graphviz's `dot` program, which is not on PATH; "
                     "install Graphviz: apt-get install graphviz\n");
    EXPECT_FALSE(exists(file));
}

TEST(ExportCommand, WritesEveryFormat) {
    TemporaryFolder folder;
    CommandResult graphml = runSteppe("export " + kGraph + " --format graphml");
    EXPECT_EQ(graphml.exitCode, 0) << graphml.err;
    EXPECT_TRUE(graphml.out.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml"));

    CommandResult cypher = runSteppe("export " + kGraph + " --format cypher");
    EXPECT_EQ(cypher.exitCode, 0) << cypher.err;
    EXPECT_EQ(std::count(cypher.out.begin(), cypher.out.end(), '\n'), 38 + 54);

    const std::string json = folder.path() + "/members.json";
    CommandResult part = runSteppe("export " + kGraph + " --format json -o " + json + kMembers);
    EXPECT_EQ(part.exitCode, 0) << part.err;
    Database loaded;
    LoadOptions options;
    options.baseDirectory = sourcePath("datasets");
    LoadReport report;
    ASSERT_TRUE(loaded.loadJson(readFile(json), json, options, &report).ok());
    EXPECT_EQ(report.nodes, 11u);
    EXPECT_EQ(report.relationships, 10u);

    const std::string csv = folder.path() + "/import";
    CommandResult pair = runSteppe("export " + kGraph + " --format neo4j-csv -o " + csv);
    EXPECT_EQ(pair.exitCode, 0) << pair.err;
    EXPECT_TRUE(readFile(csv + "/nodes.csv").starts_with("_id:ID,:LABEL,"));
    EXPECT_TRUE(readFile(csv + "/relationships.csv").starts_with(":START_ID,:END_ID,:TYPE,"));
}

TEST(ExportCommand, CypherScriptRunInTheShellRebuildsTheGraph) {
    // The script of the whole graph, run by `steppe shell` on an empty graph, gives the same
    // labels, types and property keys, as many of each, and the same values. (Through the API,
    // CypherExport.RebuildsTheGraphStatementByStatement compares every node and relationship.)
    TemporaryFolder folder;
    const std::string script = folder.path() + "/bacac.cypher";
    CommandResult r = runSteppe("export " + kGraph + " --format cypher -o " + script);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string census =
        "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label;\n"
        "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type;\n"
        "MATCH (n) UNWIND keys(n) AS key WITH key WHERE key <> '_id' "
        "RETURN key, count(*) AS n ORDER BY key;\n"
        "MATCH ()-[r]->() UNWIND keys(r) AS key RETURN key, count(*) AS n ORDER BY key;\n";
    CommandResult rebuilt = runSteppeWithInput(
        "shell --format csv",
        readFile(script) + census +
            "MATCH (c:Country {_id: 'georgia'})-[m:MEMBER_OF]->(a) "
            "RETURN c.name AS country, m.founding AS founding, m.since AS since, a._id AS a;\n");
    EXPECT_EQ(rebuilt.exitCode, 0) << rebuilt.err;
    CommandResult original = runSteppeWithInput(
        "shell --format csv " + kGraph,
        census + "MATCH (c:Country)-[m:MEMBER_OF]->(a) WHERE id(c) = 'georgia' "
                 "RETURN c.name AS country, m.founding AS founding, m.since AS since, "
                 "id(a) AS a;\n");
    EXPECT_EQ(original.exitCode, 0) << original.err;
    EXPECT_NE(original.out.find("Country,12\r\n"), std::string::npos) << original.out;
    EXPECT_EQ(rebuilt.out, original.out);
}

TEST(ExportCommand, FailsWithTheSpecifiedExitCodesAndWritesNothing) {
    TemporaryFolder folder;
    const std::string file = folder.write("kept.dot", "the old content");

    CommandResult badFormat = runSteppe("export " + kGraph + " --format xml -o " + file);
    EXPECT_EQ(badFormat.exitCode, 2);
    CommandResult noFormat = runSteppe("export " + kGraph + " -o " + file);
    EXPECT_EQ(noFormat.exitCode, 2);
    CommandResult badQuery =
        runSteppe("export " + kGraph + " --format dot -q 'MATCH (n RETURN n' -o " + file);
    EXPECT_EQ(badQuery.exitCode, 1);
    EXPECT_EQ(badQuery.err, "error: syntax error at 1:10: expected ')'\n  MATCH (n RETURN n\n"
                            "           ^\n");
    CommandResult badGraph = runSteppe("export -g /nonexistent.json --format dot -o " + file);
    EXPECT_EQ(badGraph.exitCode, 3);
    CommandResult badKey =
        runSteppe("export " + kGraph + " --format dot --cluster-by yaer -o " + file);
    EXPECT_EQ(badKey.exitCode, 2);
    EXPECT_EQ(badKey.err, "error: cannot cluster by \"yaer\": no node or relationship has that "
                          "property (did you mean \"year\"?)\n");
    for (const CommandResult& r : {badFormat, noFormat, badQuery, badGraph, badKey}) {
        EXPECT_EQ(r.out, "");
    }
    EXPECT_EQ(readFile(file), "the old content");
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(folder.path()),
                            std::filesystem::directory_iterator()),
              1)
        << "no temporary file is left";
}

TEST(ExportCommand, RejectsOptionsThatDoNotFitTheFormat) {
    CommandResult rankdir = runSteppe("export " + kGraph + " --format json --rankdir TB");
    EXPECT_EQ(rankdir.exitCode, 2);
    EXPECT_EQ(rankdir.err,
              "error: --rankdir, --cluster-by, --no-legend and --render need --format dot\n");
    CommandResult badRankdir = runSteppe("export " + kGraph + " --format dot --rankdir XY");
    EXPECT_EQ(badRankdir.exitCode, 2);
    CommandResult renderToStdout = runSteppe("export " + kGraph + " --format dot --render svg");
    EXPECT_EQ(renderToStdout.exitCode, 2);
    EXPECT_EQ(renderToStdout.err, "error: --render needs -o FILE, the image to write\n");
    CommandResult csv = runSteppe("export " + kGraph + " --format neo4j-csv");
    EXPECT_EQ(csv.exitCode, 2);
    EXPECT_EQ(csv.out, "");
}

TEST(ExportCommand, WritesNeitherCsvFileWhenTheDataDoesNotFit) {
    TemporaryFolder folder;
    const std::string graph =
        folder.write("g.json", R"({"nodes": [{"id": "a", "properties": {"l": ["x;y"]}}]})");
    const std::string out = folder.path() + "/import";
    CommandResult r = runSteppe("export -g " + graph + " --format neo4j-csv -o " + out);
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("the array delimiter of the Neo4j CSV format"), std::string::npos);
    EXPECT_FALSE(exists(out + "/nodes.csv"));
    EXPECT_FALSE(exists(out + "/relationships.csv"));
    EXPECT_TRUE(std::filesystem::is_empty(out)) << "no temporary file is left";
}

TEST(ExportCommand, WarnsWhenAQueryReturnsNothingToDraw) {
    CommandResult r = runSteppe("export " + kGraph +
                                " --format dot -q 'MATCH (c:City) RETURN "
                                "c.name'");
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.err, "warning: the query returned no nodes, relationships or paths, so the "
                     "export is empty; return them (e.g. RETURN n, r or RETURN p) to export "
                     "them\n");
    EXPECT_TRUE(svgElements(renderSvg(r.out), "node").empty());
}

TEST(ExportCommand, HelpHasExamples) {
    CommandResult r = runSteppe("export --help");
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_NE(r.out.find("Examples:\n  steppe export -g datasets/bacac.json --format dot "
                         "--render svg -o bacac.svg\n"),
              std::string::npos)
        << r.out;
}

} // namespace
} // namespace steppe::testing
