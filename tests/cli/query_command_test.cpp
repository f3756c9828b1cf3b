// `steppe query` as a user runs it: formats, parameters, errors and exit codes.
#include <gtest/gtest.h>

#include "cli/command_runner.hpp"
#include "export/graphviz_svg.hpp"
#include "test_paths.hpp"

namespace steppe::testing {
namespace {

const std::string kGraph = "-g " + sourcePath("datasets/bacac.json");

TEST(QueryCommand, PrintsATableWithARowCount) {
    CommandResult r =
        runSteppe("query " + kGraph +
                  " \"MATCH (c:City)-[:LOCATED_IN]->(:Country {name: 'Georgia'}) RETURN c.name\"");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    // The footer gives the time the query took, which varies: "1 row (0.2 ms)".
    const std::string table = "c.name\n---------\n'Tbilisi'\n1 row (";
    ASSERT_TRUE(r.out.starts_with(table) && r.out.ends_with(" ms)\n")) << r.out;
    const std::string time = r.out.substr(table.size(), r.out.size() - table.size() - 5);
    EXPECT_EQ(time.find_first_not_of("0123456789."), std::string::npos) << time;
    EXPECT_EQ(time.size() - time.find('.'), 2u) << "one decimal: " << time;
    EXPECT_EQ(r.err, "");
}

TEST(QueryCommand, CutsLongValuesInATable) {
    CommandResult r = runSteppe("query " + kGraph + " \"RETURN '" + std::string(70, 'x') +
                                "' AS long, 'short' AS s\"");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    const std::string cut = "'" + std::string(56, 'x') + "...";
    EXPECT_TRUE(r.out.starts_with("long" + std::string(56, ' ') + " | s\n" + std::string(60, '-') +
                                  "-+--------\n" + cut + " | 'short'\n"))
        << r.out;
}

TEST(QueryCommand, DrawsBoxesOnATerminal) {
    // `script` runs the command on a pseudo-terminal, as a person would see it.
    CommandResult r = runShell("script -qec \"" + steppeBinary() + " query " + kGraph +
                               " \\\"MATCH (c:City {name: 'Almaty'}) RETURN c.name AS city, "
                               "1 AS n\\\"\" /dev/null");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("┌──────────┬───┐\r\n"
                         "│ city     │ n │\r\n"
                         "├──────────┼───┤\r\n"
                         "│ 'Almaty' │ 1 │\r\n"
                         "└──────────┴───┘\r\n"
                         "1 row ("),
              std::string::npos)
        << r.out;
}

TEST(QueryCommand, WritesMarkdownForReports) {
    CommandResult r = runSteppe(
        "query --format markdown " + kGraph +
        " \"MATCH (c:City)-[:LOCATED_IN]->(k:Country) WHERE c.name IN ['Tbilisi', 'Dushanbe'] "
        "RETURN c.name AS city, k.name + ' | ' + c.name AS pair, size(c.name) AS letters, "
        "null AS nothing ORDER BY city\"");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, "| city | pair | letters | nothing |\n"
                     "| --- | --- | ---: | --- |\n"
                     "| Dushanbe | Tajikistan \\| Dushanbe | 8 |  |\n"
                     "| Tbilisi | Georgia \\| Tbilisi | 7 |  |\n");
}

TEST(QueryCommand, WritesADiagramGraphvizDraws) {
    CommandResult r =
        runSteppe("query --format dot " + kGraph +
                  " \"MATCH p = (:City {name: 'Tbilisi'})-[:LOCATED_IN]->(:Country) RETURN p\"");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    const std::string svg = renderSvg(r.out);
    EXPECT_EQ(svgElementWithText(svgElements(svg, "node"), "Tbilisi").tooltip,
              "was held in Tbilisi, Georgia");
    svgElementWithText(svgElements(svg, "node"), "Georgia");
    EXPECT_EQ(svgElementWithText(svgElements(svg, "edge"), "LOCATED_IN").tooltip,
              "was held in Tbilisi, Georgia");
}

TEST(QueryCommand, WritesCsvAndJson) {
    const std::string q =
        " \"MATCH (t:Training) RETURN t.name AS name, t.participants AS n, t.end AS finish\"";
    CommandResult csv = runSteppe("query --format csv " + kGraph + q);
    EXPECT_EQ(csv.exitCode, 0) << csv.err;
    EXPECT_EQ(csv.out,
              "name,n,finish\r\nCCHFV/Ebola Capacity Building Training Seminar,42,2016-09-23\r\n");
    CommandResult json = runSteppe("query --format json " + kGraph + q);
    EXPECT_EQ(json.out, "{\"columns\": [\"name\",\"n\",\"finish\"],\n \"rows\": [\n"
                        "  [\"CCHFV/Ebola Capacity Building Training Seminar\",42,\"2016-09-23\"]"
                        "\n ]}\n");
    CommandResult jsonl = runSteppe("query --format jsonl " + kGraph + q);
    EXPECT_EQ(jsonl.out, "{\"name\":\"CCHFV/Ebola Capacity Building Training Seminar\",\"n\":42,"
                         "\"finish\":\"2016-09-23\"}\n");
}

TEST(QueryCommand, DescribesNodesInJson) {
    CommandResult r = runSteppe("query --format jsonl " + kGraph +
                                " \"MATCH (c:City {name: 'Almaty'}) RETURN c\"");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, "{\"c\":{\"id\":\"almaty\",\"labels\":[\"City\"],\"properties\":{\"name\":"
                     "\"Almaty\"}}}\n");
}

TEST(QueryCommand, BindsParameters) {
    CommandResult r = runSteppe("query --format csv --param year=2014 " + kGraph +
                                " 'MATCH (e:Event {year: $year})-[:HELD_IN]->(c) RETURN c.name'");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, "c.name\r\nUlaanbaatar\r\n");
    CommandResult bad = runSteppe("query --param year=oops " + kGraph + " 'RETURN $year'");
    EXPECT_EQ(bad.exitCode, 2);
}

TEST(QueryCommand, ShowsSyntaxErrorsWithACaret) {
    CommandResult r = runSteppe("query " + kGraph + " 'MATCH (n RETURN n'");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err, "error: syntax error at 1:10: expected ')'\n  MATCH (n RETURN n\n"
                     "           ^\n");
}

TEST(QueryCommand, ShowsSemanticErrorsWithTheirPosition) {
    CommandResult r = runSteppe("query " + kGraph + " 'MATCH (n) RETURN m'");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err, "error: semantic error at 1:18: Variable `m` not defined\n"
                     "  MATCH (n) RETURN m\n                   ^\n");
}

TEST(QueryCommand, ReadsTheQueryFromAFileOrStandardInput) {
    TemporaryFolder folder;
    std::string file = folder.write("q.cypher", "MATCH (c:Conference) RETURN c.participants");
    CommandResult r = runSteppe("query --format csv " + kGraph + " -f " + file);
    EXPECT_EQ(r.out, "c.participants\r\n155\r\n");
    CommandResult none = runSteppe("query " + kGraph);
    EXPECT_EQ(none.exitCode, 2) << "no query given";
}

TEST(QueryCommand, WarnsAboutNamesThatOccurNowhere) {
    CommandResult r = runSteppe("query " + kGraph +
                                " 'MATCH (c:Countyr)-[:MEMBER_OFF]->() WHERE c.nmae = 1 RETURN c'");
    EXPECT_EQ(r.exitCode, 0) << "a warning does not stop the query";
    EXPECT_EQ(r.err,
              "warning: label :Countyr does not occur in the graph (did you mean :Country?)\n"
              "warning: relationship type :MEMBER_OFF does not occur in the graph (did you mean "
              ":MEMBER_OF?)\n"
              "warning: property key nmae does not occur in the graph (did you mean name?)\n");
    EXPECT_TRUE(r.out.starts_with("c\n-\n0 rows (")) << r.out;
}

TEST(QueryCommand, ExplainShowsThePlanAndProfileCountsRows) {
    CommandResult explain = runSteppe("query " + kGraph +
                                      " \"explain MATCH (c:Country)-[:MEMBER_OF]->(a:Association "
                                      "{acronym: 'BACAC'}) RETURN c.name\"");
    EXPECT_EQ(explain.exitCode, 0) << explain.err;
    // The one association with that acronym is a better start than twelve countries.
    EXPECT_TRUE(explain.out.starts_with("NodeScan (a:Association)")) << explain.out;
    EXPECT_EQ(explain.out.find("rows"), std::string::npos) << "EXPLAIN runs nothing";

    CommandResult profile = runSteppe("query " + kGraph +
                                      " \"PROFILE MATCH (c:Country)-[:MEMBER_OF]->(a:Association "
                                      "{acronym: 'BACAC'}) RETURN c.name\"");
    EXPECT_EQ(profile.exitCode, 0) << profile.err;
    // Ten members reach the projection, and the result has them all.
    EXPECT_NE(profile.out.find("\nProject c.name                                10 "),
              std::string::npos)
        << profile.out;
    EXPECT_NE(profile.out.find("\n10 rows ("), std::string::npos) << profile.out;
}

TEST(QueryCommand, FailsOnABadGraphWithExitCodeThree) {
    CommandResult r = runSteppe("query -g /nonexistent.json 'RETURN 1'");
    EXPECT_EQ(r.exitCode, 3);
}

} // namespace
} // namespace steppe::testing
