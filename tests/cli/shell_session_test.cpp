// The shell's statement and command loop, apart from the terminal.
#include <algorithm>
#include <filesystem>
#include <sstream>

#include <gtest/gtest.h>

#include "cli/command_runner.hpp"
#include "cli/shell_session.hpp"
#include "export/graphviz_svg.hpp"
#include "test_paths.hpp"

namespace steppe::cli {
namespace {

using steppe::testing::withoutTimings;

class ShellSessionTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(db_.loadFiles({steppe::testing::sourcePath("datasets/bacac.json")}).ok());
    }

    ShellSession& session(ShellOptions options = {}) {
        session_ = std::make_unique<ShellSession>(db_, options, out_, err_);
        return *session_;
    }

    void type(const std::vector<std::string>& lines) {
        for (const std::string& line : lines) {
            session_->handleLine(line);
        }
    }

    Database db_;
    std::ostringstream out_;
    std::ostringstream err_;
    std::unique_ptr<ShellSession> session_;
};

TEST_F(ShellSessionTest, RunsAStatementWhenItsSemicolonComes) {
    ShellSession& s = session();
    s.handleLine("MATCH (c:City)-[:LOCATED_IN]->(:Country {name: 'Georgia'})");
    EXPECT_TRUE(s.pending());
    EXPECT_EQ(out_.str(), "");
    s.handleLine("RETURN c.name;");
    EXPECT_FALSE(s.pending());
    EXPECT_EQ(withoutTimings(out_.str()), "c.name\n---------\n'Tbilisi'\n1 row (T ms)\n");
    EXPECT_EQ(err_.str(), "");
    EXPECT_EQ(s.exitCode(), 0);
}

TEST_F(ShellSessionTest, AHistoryEntryIsAWholeStatementOnOneLineOrACommand) {
    ShellSession& s = session();
    std::vector<std::string> entries;
    s.onHistoryEntry([&](const std::string& entry) {
        entries.push_back(entry + (out_.str().empty() ? " (before it ran)" : ""));
    });
    s.handleLine("MATCH (c:Country)");
    EXPECT_EQ(entries, std::vector<std::string>{}) << "not before the statement ends";
    EXPECT_EQ(s.pendingText(), "MATCH (c:Country)");
    s.handleLine("RETURN count(c) AS n;");
    s.handleLine("  :format csv");
    s.handleLine("");
    s.handleLine("// only a comment");
    s.handleLine("RETURN 1; RETURN");
    s.handleLine("2;");
    EXPECT_EQ(entries,
              (std::vector<std::string>{"MATCH (c:Country) RETURN count(c) AS n; (before it ran)",
                                        ":format csv", "RETURN 1; RETURN 2;"}));
}

TEST_F(ShellSessionTest, AQueryErrorIsShownWithACaretAndTheShellGoesOn) {
    ShellSession& s = session();
    type({"MATCH (n", "RETURN n;", "RETURN 1 AS one;"});
    EXPECT_EQ(err_.str(), "error: syntax error at 2:1: expected ')'\n  RETURN n\n  ^\n");
    EXPECT_EQ(withoutTimings(out_.str()), "one\n---\n1\n1 row (T ms)\n");
    EXPECT_EQ(s.exitCode(), 1);
}

TEST_F(ShellSessionTest, ScriptErrorsAreLocatedInTheScript) {
    ShellOptions options;
    options.positionsFromInputStart = true;
    session(options);
    type({":format csv", "RETURN 1;", "RETURN 2; MATCH (n RETURN n;"});
    EXPECT_EQ(err_.str(), "error: syntax error at 3:20: expected ')'\n"
                          "  MATCH (n RETURN n\n           ^\n");
}

TEST_F(ShellSessionTest, FormatChangesHowRowsArePrinted) {
    ShellSession& s = session();
    type({":format csv", "MATCH (c:Country {name: 'Georgia'}) RETURN c.name, 1 AS n;",
          ":format jsonl", "RETURN 'x' AS a;", ":format"});
    EXPECT_EQ(out_.str(), "c.name,n\r\nGeorgia,1\r\n{\"a\":\"x\"}\njsonl\n");
    s.handleLine(":format xml");
    EXPECT_EQ(
        err_.str(),
        "error: unknown format \"xml\" (use table, csv, tsv, json, jsonl, markdown or dot)\n");
    EXPECT_EQ(s.exitCode(), 1);
}

TEST_F(ShellSessionTest, ParametersAreCypherValues) {
    ShellSession& s = session();
    type({":format csv", ":param name => 'Geor' + 'gia'", ":param $years => [2014, 2016]",
          "MATCH (c:Country {name: $name}) RETURN c.name, $years;", ":params"});
    EXPECT_EQ(err_.str(), "");
    EXPECT_EQ(out_.str(), "c.name,$years\r\nGeorgia,\"[2014, 2016]\"\r\n"
                          "$name => 'Georgia'\n$years => [2014, 2016]\n");
    const auto& names = s.vocabulary().parameters;
    EXPECT_EQ(names, (std::vector<std::string>{"name", "years"}));
}

TEST_F(ShellSessionTest, AWrongParameterValueIsShownWhereItIsWrong) {
    ShellSession& s = session();
    s.handleLine(":param year => 2016 +");
    EXPECT_EQ(err_.str().substr(0, 24), "error: syntax error at 1") << err_.str();
    EXPECT_NE(err_.str().find("\n  2016 +\n"), std::string::npos) << err_.str();
    err_.str("");
    s.handleLine(":param year 2016");
    EXPECT_EQ(err_.str(), "error: usage: :param NAME => VALUE, e.g. :param name => 'Georgia'\n");
    err_.str("");
    s.handleLine(":params");
    EXPECT_EQ(out_.str(), "");
    EXPECT_EQ(err_.str(), "no parameters are set (:param NAME => VALUE sets one)\n");
    EXPECT_EQ(s.exitCode(), 1);
}

TEST_F(ShellSessionTest, LoadAddsFilesAllOrNothing) {
    steppe::testing::TemporaryFolder folder;
    const std::string good = folder.write(
        "good.json", R"({"nodes": [{"id": "gadget", "labels": ["Gadget"]}], "edges": []})");
    const std::string bad =
        folder.write("bad.json", R"({"nodes": [{"id": "x", "labels": ["Broken"]}],
 "edges": [{"from": "x", "to": "nowhere", "type": "T"}]})");
    ShellSession& s = session();
    const std::uint64_t before = db_.schema().nodes;
    s.handleLine(":load '" + bad + "'");
    EXPECT_EQ(err_.str(), "error: " + bad + ":2:32: /edges/0/to: unknown node id \"nowhere\"\n");
    EXPECT_EQ(db_.schema().nodes, before);
    EXPECT_EQ(s.exitCode(), 3);
    err_.str("");
    s.handleLine(":load " + good);
    EXPECT_EQ(err_.str(), "loaded 1 nodes and 0 relationships from 1 file\n");
    EXPECT_EQ(db_.schema().nodes, before + 1);
    const auto& labels = s.vocabulary().labels;
    EXPECT_NE(std::find(labels.begin(), labels.end(), "Gadget"), labels.end());
    err_.str("");
    s.handleLine(":load");
    EXPECT_EQ(err_.str(), "error: usage: :load FILE...\n");
}

std::ptrdiff_t entriesIn(const std::string& folder) {
    return std::distance(std::filesystem::directory_iterator(folder),
                         std::filesystem::directory_iterator());
}

// The nodes of a diagram rendered by Graphviz, less the legend's samples.
std::vector<steppe::testing::SvgElement> drawnNodes(const std::string& svg) {
    std::vector<steppe::testing::SvgElement> nodes = steppe::testing::svgElements(svg, "node");
    std::erase_if(nodes, [](const auto& node) { return node.title.starts_with("legend_"); });
    return nodes;
}

TEST_F(ShellSessionTest, ExportWritesTheDiagramOfWhatAQueryReturns) {
    steppe::testing::TemporaryFolder folder;
    const std::string file = folder.path() + "/members.dot";
    ShellSession& s = session();
    s.handleLine(":export dot " + file +
                 " MATCH (c:Country)-[r:MEMBER_OF]->(a:Association {acronym: 'BACAC'})"
                 " RETURN c, r, a;");
    EXPECT_EQ(err_.str(), "wrote " + file + "\n");
    EXPECT_EQ(out_.str(), "");
    EXPECT_EQ(s.exitCode(), 0);
    const std::string dot = steppe::testing::readFile(file);
    EXPECT_TRUE(dot.starts_with("digraph")) << dot;
    const std::string svg = steppe::testing::renderSvg(dot);
    EXPECT_EQ(drawnNodes(svg).size(), 11u) << "ten countries and BACAC";
    const auto edges = steppe::testing::svgElements(svg, "edge");
    EXPECT_EQ(edges.size(), 10u);
    EXPECT_TRUE(std::all_of(edges.begin(), edges.end(),
                            [](const auto& edge) { return edge.text == "MEMBER_OF"; }));
    steppe::testing::svgElementWithText(drawnNodes(svg), "Mongolia");
    // Long names are wrapped over lines, as `steppe export` draws them.
    steppe::testing::svgElementWithText(
        drawnNodes(svg), "Biosafety Association\nfor Central Asia and the\nCaucasus");
    EXPECT_EQ(entriesIn(folder.path()), 1) << "no temporary file is left";
}

TEST_F(ShellSessionTest, ExportWithoutAQueryDrawsTheWholeGraph) {
    steppe::testing::TemporaryFolder folder;
    const std::string file = folder.path() + "/my graph.dot";
    session().handleLine(":export dot '" + file + "'");
    EXPECT_EQ(err_.str(), "wrote " + file + "\n");
    const std::string svg = steppe::testing::renderSvg(steppe::testing::readFile(file));
    EXPECT_EQ(drawnNodes(svg).size(), 38u);
    EXPECT_EQ(steppe::testing::svgElements(svg, "edge").size(), 54u);
}

TEST_F(ShellSessionTest, ExportToAPlaceThatCannotBeWrittenLeavesNoFile) {
    steppe::testing::TemporaryFolder folder;
    ShellSession& s = session();
    const std::string missing = folder.path() + "/missing/countries.dot";
    s.handleLine(":export dot " + missing);
    EXPECT_EQ(err_.str(), "error: cannot write \"" + missing + "\": No such file or directory\n");
    EXPECT_EQ(s.exitCode(), 1);
    // A folder in the way: the diagram is written beside it, then cannot replace it.
    err_.str("");
    const std::string taken = folder.path() + "/taken";
    std::filesystem::create_directories(taken + "/inside");
    s.handleLine(":export dot " + taken + " MATCH (c:Country) RETURN c");
    EXPECT_TRUE(err_.str().starts_with("error: cannot write \"" + taken + "\": ")) << err_.str();
    EXPECT_TRUE(std::filesystem::is_directory(taken + "/inside"));
    EXPECT_EQ(entriesIn(folder.path()), 1) << "no temporary file is left";
}

TEST_F(ShellSessionTest, ExportErrorsInTheQueryOrTheUsage) {
    steppe::testing::TemporaryFolder folder;
    const std::string file = folder.path() + "/countries.dot";
    ShellSession& s = session();
    s.handleLine(":export dot " + file + " MATCH (c RETURN c");
    EXPECT_EQ(err_.str(), "error: syntax error at 1:10: expected ')'\n  MATCH (c RETURN c\n"
                          "           ^\n");
    EXPECT_FALSE(std::filesystem::exists(file));
    err_.str("");
    s.handleLine(":export svg " + file);
    EXPECT_EQ(err_.str(), "error: usage: :export dot FILE [QUERY]\n");
    EXPECT_EQ(s.exitCode(), 1);
    EXPECT_TRUE(std::filesystem::is_empty(folder.path()));
}

TEST_F(ShellSessionTest, TimingPrintsHowLongAStatementTook) {
    ShellSession& s = session();
    type({":timing", ":timing on", "RETURN 1;"});
    EXPECT_EQ(out_.str().substr(0, 13), "timing is off");
    EXPECT_EQ(err_.str().substr(0, 6), "time: ");
    EXPECT_EQ(err_.str().substr(err_.str().size() - 4), " ms\n");
    err_.str("");
    type({":timing off", "RETURN 2;"});
    EXPECT_EQ(err_.str(), "");
    s.handleLine(":timing maybe");
    EXPECT_EQ(err_.str(), "error: usage: :timing on|off\n");
}

TEST_F(ShellSessionTest, QuitStopsTheSession) {
    ShellSession& s = session();
    type({":quit", "RETURN 1;"});
    EXPECT_TRUE(s.quitRequested());
    EXPECT_EQ(out_.str(), "");
    ShellSession& other = session();
    other.handleLine(":exit;");
    EXPECT_TRUE(other.quitRequested());
}

TEST_F(ShellSessionTest, UnknownCommandsAreErrors) {
    ShellSession& s = session();
    s.handleLine(":frobnicate now");
    EXPECT_EQ(err_.str(), "error: unknown command :frobnicate (:help lists the commands)\n");
    EXPECT_EQ(s.exitCode(), 1);
    EXPECT_FALSE(s.quitRequested());
}

TEST_F(ShellSessionTest, AColonInsideAStatementIsCypher) {
    session();
    type({"MATCH (c", ":Country {name: 'Mongolia'}) RETURN c.name;"});
    EXPECT_EQ(err_.str(), "");
    EXPECT_EQ(withoutTimings(out_.str()), "c.name\n----------\n'Mongolia'\n1 row (T ms)\n");
}

TEST_F(ShellSessionTest, HelpAndSchema) {
    ShellSession& s = session();
    s.handleLine(":help");
    for (const std::string& name : s.vocabulary().commands) {
        EXPECT_NE(out_.str().find("  :" + name), std::string::npos) << name;
    }
    out_.str("");
    s.handleLine(":schema");
    EXPECT_EQ(out_.str().substr(0, 44), "nodes 38, relationships 54, citations 139\n\nl");
    EXPECT_NE(out_.str().find("  :Country"), std::string::npos);
}

TEST_F(ShellSessionTest, ExplainShowsThePlanWithoutRows) {
    ShellSession& s = session();
    s.handleLine("EXPLAIN MATCH (c:Country) RETURN c.name;");
    EXPECT_EQ(out_.str().substr(0, 8), "NodeScan");
    EXPECT_EQ(out_.str().find("row"), std::string::npos);
}

TEST_F(ShellSessionTest, CreatingRefreshesWhatCompletes) {
    ShellSession& s = session();
    s.handleLine("CREATE (:Laboratory {biosafetyLevel: 3});");
    EXPECT_EQ(out_.str(), "");
    const std::string notes = err_.str();
    const std::string created = "created 1 node, 1 property, 1 label\n";
    ASSERT_GE(notes.size(), created.size()) << notes;
    EXPECT_EQ(notes.substr(notes.size() - created.size()), created);
    const auto& labels = s.vocabulary().labels;
    EXPECT_NE(std::find(labels.begin(), labels.end(), "Laboratory"), labels.end());
    const auto& keys = s.vocabulary().propertyKeys;
    EXPECT_NE(std::find(keys.begin(), keys.end(), "biosafetyLevel"), keys.end());
}

TEST_F(ShellSessionTest, TheEndOfAScriptRunsItsLastStatement) {
    ShellSession& s = session();
    s.handleLine("RETURN 'last' AS word");
    EXPECT_EQ(out_.str(), "");
    s.finishInput();
    EXPECT_EQ(withoutTimings(out_.str()), "word\n------\n'last'\n1 row (T ms)\n");
}

TEST_F(ShellSessionTest, DiscardForgetsTheUnfinishedStatement) {
    ShellSession& s = session();
    s.handleLine("MATCH (n) RETURN 'never'");
    s.discardPending();
    EXPECT_FALSE(s.pending());
    EXPECT_EQ(s.pendingText(), "");
    s.handleLine("RETURN 1 AS one;");
    EXPECT_EQ(withoutTimings(out_.str()), "one\n---\n1\n1 row (T ms)\n");
}

} // namespace
} // namespace steppe::cli
