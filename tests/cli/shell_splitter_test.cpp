// Splitting shell input into statements: where `;` ends one and where it does not.
#include <gtest/gtest.h>

#include "cli/statement_splitter.hpp"

namespace steppe::cli {
namespace {

std::vector<std::string> texts(const std::vector<Statement>& statements) {
    std::vector<std::string> out;
    for (const Statement& s : statements) {
        out.push_back(s.text);
    }
    return out;
}

TEST(StatementSplitter, EndsAStatementAtItsSemicolonAcrossLines) {
    StatementSplitter splitter;
    EXPECT_TRUE(splitter.addLine("MATCH (c:Country)").empty());
    EXPECT_TRUE(splitter.pending());
    EXPECT_TRUE(splitter.addLine("  WHERE c.name = 'Georgia'").empty());
    const std::vector<Statement> done = splitter.addLine("RETURN c.name;");
    ASSERT_EQ(done.size(), 1u);
    EXPECT_EQ(done[0].text, "MATCH (c:Country)\n  WHERE c.name = 'Georgia'\nRETURN c.name");
    EXPECT_EQ(done[0].line, 1u);
    EXPECT_EQ(done[0].column, 1u);
    EXPECT_FALSE(splitter.pending());
}

TEST(StatementSplitter, SplitsSeveralStatementsOnOneLineAndKeepsTheirPositions) {
    StatementSplitter splitter;
    EXPECT_TRUE(splitter.addLine("").empty());
    const std::vector<Statement> done = splitter.addLine("RETURN 1;  RETURN 2 ; RETURN");
    EXPECT_EQ(texts(done), (std::vector<std::string>{"RETURN 1", "RETURN 2"}));
    EXPECT_EQ(done[1].line, 2u);
    EXPECT_EQ(done[1].column, 12u);
    EXPECT_TRUE(splitter.pending());
    const std::vector<Statement> last = splitter.addLine("  3;");
    EXPECT_EQ(texts(last), (std::vector<std::string>{"RETURN\n  3"}));
    EXPECT_EQ(last[0].line, 2u);
    EXPECT_EQ(last[0].column, 23u);
}

TEST(StatementSplitter, ColumnsCountCharactersNotBytes) {
    StatementSplitter splitter;
    const std::vector<Statement> done = splitter.addLine("RETURN 'ü'; RETURN 2;");
    ASSERT_EQ(done.size(), 2u);
    EXPECT_EQ(done[1].column, 13u);
}

TEST(StatementSplitter, SemicolonsInStringsNamesAndCommentsDoNotEndAStatement) {
    StatementSplitter splitter;
    EXPECT_TRUE(splitter.addLine("RETURN 'a;b' AS `x;y`, \"c;\\\";d\" /* ; */ // ;").empty());
    EXPECT_TRUE(splitter.pending());
    EXPECT_EQ(texts(splitter.addLine(", 'it\\'s;' AS z;")),
              (std::vector<std::string>{
                  "RETURN 'a;b' AS `x;y`, \"c;\\\";d\" /* ; */ // ;\n, 'it\\'s;' AS z"}));
}

TEST(StatementSplitter, StringsAndBlockCommentsContinueOverLines) {
    StatementSplitter splitter;
    EXPECT_TRUE(splitter.addLine("RETURN 'one;").empty());
    EXPECT_TRUE(splitter.pending());
    EXPECT_EQ(texts(splitter.addLine("two' /* and;")), std::vector<std::string>{});
    EXPECT_EQ(texts(splitter.addLine("more; */;")),
              (std::vector<std::string>{"RETURN 'one;\ntwo' /* and;\nmore; */"}));
}

TEST(StatementSplitter, CommentsAndEmptyStatementsAloneAreNothingToRun) {
    StatementSplitter splitter;
    EXPECT_TRUE(splitter.addLine("// a comment; not a statement").empty());
    EXPECT_FALSE(splitter.pending());
    EXPECT_TRUE(splitter.addLine(";; /* x */ ;").empty());
    EXPECT_FALSE(splitter.pending());
    EXPECT_TRUE(splitter.addLine("/* open").empty());
    EXPECT_TRUE(splitter.pending()); // the comment goes on
    EXPECT_TRUE(splitter.addLine("closed */").empty());
    EXPECT_FALSE(splitter.pending());
    EXPECT_FALSE(splitter.finish().has_value());
}

TEST(StatementSplitter, FinishReturnsALastStatementWithoutItsSemicolon) {
    StatementSplitter splitter;
    EXPECT_TRUE(splitter.addLine("RETURN 1;").size() == 1);
    EXPECT_TRUE(splitter.addLine("RETURN 2  ").empty());
    const std::optional<Statement> last = splitter.finish();
    ASSERT_TRUE(last.has_value());
    EXPECT_EQ(last->text, "RETURN 2");
    EXPECT_EQ(last->line, 2u);
    EXPECT_FALSE(splitter.pending());
}

TEST(StatementSplitter, ClearForgetsTheUnfinishedStatement) {
    StatementSplitter splitter;
    EXPECT_TRUE(splitter.addLine("RETURN 'unfinished").empty());
    splitter.clear();
    EXPECT_FALSE(splitter.pending());
    EXPECT_EQ(texts(splitter.addLine("RETURN 3;")), std::vector<std::string>{"RETURN 3"});
}

TEST(StatementSplitter, SkippedLinesCountForPositions) {
    StatementSplitter splitter;
    splitter.skipLine(); // a shell command
    const std::vector<Statement> done = splitter.addLine("RETURN 1;");
    ASSERT_EQ(done.size(), 1u);
    EXPECT_EQ(done[0].line, 2u);
}

TEST(JoinStatementLines, MakesOneLineThatMeansTheSame) {
    EXPECT_EQ(joinStatementLines({"MATCH (c:Country)", "RETURN c.name;"}),
              "MATCH (c:Country) RETURN c.name;");
    // A line comment would swallow the next line, so it goes.
    EXPECT_EQ(joinStatementLines({"MATCH (c) // the countries", "RETURN c;"}),
              "MATCH (c) RETURN c;");
    EXPECT_EQ(joinStatementLines({"RETURN 'a // b'"}), "RETURN 'a // b'");
    // A line break inside a string is kept as its escape.
    EXPECT_EQ(joinStatementLines({"RETURN 'two", "lines';"}), "RETURN 'two\\nlines';");
    EXPECT_EQ(joinStatementLines({"RETURN /* a", "comment */ 1;"}), "RETURN /* a comment */ 1;");
}

} // namespace
} // namespace steppe::cli
