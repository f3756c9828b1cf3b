// `steppe shell` without a terminal: a script in, results out, a status that says whether all
// went well.
#include <gtest/gtest.h>

#include "cli/command_runner.hpp"
#include "test_paths.hpp"

namespace steppe::testing {
namespace {

const std::string kGraph = "-g " + sourcePath("datasets/bacac.json");

TEST(ShellScript, RunsStatementsAndCommandsWithoutPrompts) {
    const CommandResult r = runSteppeWithInput("shell " + kGraph, R"(// countries by name
MATCH (c:Country)
WHERE c.name STARTS WITH 'K' // a ; in a comment
RETURN c.name ORDER BY c.name;
:format csv
RETURN 'a;b' AS s; RETURN 2 AS n;
:param year => 2016
MATCH (t:Training {year: $year}) RETURN t.year
)");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(withoutTimings(r.out), "c.name\n------------\n'Kazakhstan'\n'Kyrgyzstan'\n"
                                     "2 rows (T ms)\n"
                                     "s\r\na;b\r\nn\r\n2\r\nt.year\r\n2016\r\n");
    EXPECT_EQ(r.err, "");
}

TEST(ShellScript, GoesOnAfterAnErrorAndExitsWithItsCode) {
    const CommandResult r = runSteppeWithInput("shell --format csv " + kGraph, "RETURN 1 AS a;\n"
                                                                               "MATCH (n\n"
                                                                               "RETURN n;\n"
                                                                               "RETURN 2 AS b;\n");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.out, "a\r\n1\r\nb\r\n2\r\n");
    EXPECT_EQ(r.err, "error: syntax error at 3:1: expected ')'\n  RETURN n\n  ^\n");
}

TEST(ShellScript, AFailedLoadExitsWithTheLoadCode) {
    TemporaryFolder folder;
    const std::string bad = folder.write("bad.json", "{\"nodes\": [}");
    const CommandResult r = runSteppeWithInput("shell", ":load " + bad + "\nRETURN 1 AS a;\n");
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err.substr(0, 7 + bad.size()), "error: " + bad) << r.err;
    EXPECT_EQ(withoutTimings(r.out), "a\n-\n1\n1 row (T ms)\n") << "the script goes on";
}

TEST(ShellScript, QuitEndsTheScript) {
    const CommandResult r =
        runSteppeWithInput("shell --format csv", "RETURN 1 AS a;\n:quit\nRETURN 2 AS b;\n");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, "a\r\n1\r\n");
}

TEST(ShellScript, UsageAndGraphErrorsHaveTheirCodes) {
    EXPECT_EQ(runSteppeWithInput("shell --format xml", "").exitCode, 2);
    const CommandResult missing = runSteppeWithInput("shell -g /nonexistent/graph.json", "");
    EXPECT_EQ(missing.exitCode, 3);
    EXPECT_EQ(missing.out, "");
    EXPECT_NE(missing.err.find("/nonexistent/graph.json"), std::string::npos) << missing.err;
    const CommandResult empty = runSteppeWithInput("shell", "");
    EXPECT_EQ(empty.exitCode, 0);
    EXPECT_EQ(empty.out, "") << "no banner and no prompt without a terminal";
    EXPECT_EQ(empty.err, "");
}

} // namespace
} // namespace steppe::testing
