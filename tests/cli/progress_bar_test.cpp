// The progress bar of big loads: the line it draws, when it redraws, how it ends, and that it
// stays off standard error when that is not a terminal.
#include <chrono>
#include <sstream>

#include <gtest/gtest.h>

#include "cli/command_runner.hpp"
#include "cli/progress_bar.hpp"
#include "engine/generated_graph.hpp"

namespace steppe::cli {
namespace {

using steppe::testing::CommandResult;
using steppe::testing::runSteppe;
using steppe::testing::runSteppeWithInput;
using steppe::testing::TemporaryFolder;
using namespace std::chrono_literals;

TEST(ProgressLineTest, ShowsBarPercentSizesRateAndTimeLeft) {
    EXPECT_EQ(formatProgressLine(113'400'000, 218'000'000, 113.4 / 95.1),
              "[##########          ]  52% 113.4/218.0 MB 95.1 MB/s ETA 1s");
    EXPECT_EQ(formatProgressLine(0, 100'000'000, 0.0),
              "[                    ]   0% 0.0/100.0 MB -- MB/s ETA --");
    EXPECT_EQ(formatProgressLine(100'000'000, 100'000'000, 2.0),
              "[####################] 100% 100.0/100.0 MB 50.0 MB/s ETA 0s");
    // Minutes with seconds, then hours with minutes.
    EXPECT_EQ(formatProgressLine(1'000'000, 1'000'000'000, 1.0),
              "[                    ]   0% 1.0/1000.0 MB 1.0 MB/s ETA 16m39s");
    EXPECT_EQ(formatProgressLine(1'000'000, 8'000'000'000, 1.0),
              "[                    ]   0% 1.0/8000.0 MB 1.0 MB/s ETA 2h13m");
    EXPECT_EQ(formatProgressLine(55'000'000, 100'000'000, 1.1),
              "[###########         ]  55% 55.0/100.0 MB 50.0 MB/s ETA 1s");
}

TEST(ProgressLineTest, MinimumSizeFromTheEnvironment) {
    EXPECT_EQ(kProgressMinBytes, 50u * 1024 * 1024);
    EXPECT_EQ(progressMinBytes(nullptr), kProgressMinBytes);
    EXPECT_EQ(progressMinBytes(""), kProgressMinBytes);
    EXPECT_EQ(progressMinBytes("0"), 0u);
    EXPECT_EQ(progressMinBytes("1000000"), 1'000'000u);
    EXPECT_EQ(progressMinBytes("12MB"), kProgressMinBytes);
    EXPECT_EQ(progressMinBytes("-5"), kProgressMinBytes);
}

// A clock the test moves by hand.
struct FakeClock {
    std::chrono::steady_clock::time_point now{};
    ProgressBar::Clock clock() {
        return [this] { return now; };
    }
};

TEST(ProgressBarTest, RedrawsInPlaceAtMostTenTimesASecondAndEndsTheLine) {
    FakeClock time;
    std::ostringstream out;
    ProgressBar bar(out, 1000, time.clock());
    time.now += 1s;
    bar.update(1'000'000, 100'000'000);
    const std::string first = formatProgressLine(1'000'000, 100'000'000, 1.0);
    std::string expected = "\r" + first;
    EXPECT_EQ(out.str(), expected);
    time.now += 50ms;
    bar.update(2'000'000, 100'000'000);
    EXPECT_EQ(out.str(), expected) << "too soon after the last drawing";
    time.now += 50ms;
    bar.update(50'000'000, 100'000'000);
    // Spaces cover what a shorter line leaves of the one before.
    const std::string second = formatProgressLine(50'000'000, 100'000'000, 1.1);
    ASSERT_LT(second.size(), first.size());
    expected += "\r" + second + std::string(first.size() - second.size(), ' ');
    EXPECT_EQ(out.str(), expected);
    // The end is drawn however soon it comes.
    bar.update(100'000'000, 100'000'000);
    const std::string last = formatProgressLine(100'000'000, 100'000'000, 1.1);
    ASSERT_GE(last.size(), second.size());
    expected += "\r" + last;
    EXPECT_EQ(out.str(), expected);
    EXPECT_TRUE(last.starts_with("[####################] 100% 100.0/100.0 MB ")) << last;
    bar.finish();
    expected += "\n";
    EXPECT_EQ(out.str(), expected);
    bar.update(100'000'000, 100'000'000);
    bar.finish();
    EXPECT_EQ(out.str(), expected) << "nothing after the end";
}

TEST(ProgressBarTest, OnlyForLoadsWhoseFilesAreBigEnoughFromTheStart) {
    std::ostringstream out;
    ProgressBar small(out, 1000);
    small.update(10, 500);
    small.update(500, 500);
    small.finish();
    EXPECT_EQ(out.str(), "") << "a load smaller than the minimum gets no bar";
    // A pipe has no size: its total is what has been read so far, and grows past the minimum.
    ProgressBar pipe(out, 1000);
    pipe.update(600, 600);
    pipe.update(1200, 1200);
    pipe.finish();
    EXPECT_EQ(out.str(), "") << "a bar that would be full all along is no bar";
}

TEST(ProgressBarTest, EndsTheLineOfAFailedLoadSoTheErrorStartsOnItsOwn) {
    FakeClock time;
    std::ostringstream out;
    {
        ProgressBar bar(out, 0, time.clock());
        bar.update(300, 1000);
    }
    EXPECT_EQ(out.str(), "\r" + formatProgressLine(300, 1000, 0.0) + "\n");

    std::ostringstream untouched;
    ProgressBar quiet(untouched, 0);
    quiet.finish();
    EXPECT_EQ(untouched.str(), "") << "no bar drawn, no line to end";
}

TEST(ProgressBarTest, AsksTheEngineForProgressOnlyOnATerminal) {
    std::ostringstream err;
    bool asked = true;
    Status status = loadWithProgressBar(err, false, [&](const LoadOptions& options) {
        asked = static_cast<bool>(options.progress);
        return Status::OK();
    });
    EXPECT_TRUE(status.ok());
    EXPECT_FALSE(asked);
    status = loadWithProgressBar(err, true, [&](const LoadOptions& options) {
        asked = static_cast<bool>(options.progress);
        return Status::OK();
    });
    EXPECT_TRUE(asked);
    EXPECT_EQ(err.str(), "");
}

TEST(ProgressBarTest, NothingOfItReachesAStandardErrorThatIsNotATerminal) {
    // The minimum is 0, so only the terminal test keeps the bar away.
    const std::string everyLoad = "STEPPE_PROGRESS_MIN_BYTES=0";
    TemporaryFolder folder;
    const std::string graph = folder.write("big.json", steppe::testing::generatedGraphJson(10000));
    CommandResult query = runSteppe(
        "query --format csv -g " + graph + " 'MATCH (n:Item) RETURN count(n) AS n'", everyLoad);
    EXPECT_EQ(query.exitCode, 0) << query.err;
    EXPECT_EQ(query.out, "n\r\n10000\r\n");
    EXPECT_EQ(query.err, "");

    CommandResult check = runSteppe("check -g " + graph, everyLoad);
    EXPECT_EQ(check.exitCode, 0) << check.err;
    EXPECT_EQ(check.err, "");

    CommandResult exported = runSteppe(
        "export -g " + graph + " --format graphml -o " + folder.path() + "/g.graphml", everyLoad);
    EXPECT_EQ(exported.exitCode, 0) << exported.err;
    EXPECT_EQ(exported.out + exported.err, "");
    CommandResult imported = runSteppe("import --from graphml " + folder.path() + "/g.graphml -o " +
                                           folder.path() + "/back.json",
                                       everyLoad);
    EXPECT_EQ(imported.exitCode, 0) << imported.err;
    EXPECT_EQ(imported.err, "");

    CommandResult shell = runSteppeWithInput(
        "shell --format csv", ":load " + graph + "\nMATCH (n:Item) RETURN count(n) AS n;\n");
    EXPECT_EQ(shell.exitCode, 0) << shell.err;
    EXPECT_EQ(shell.out, "n\r\n10000\r\n");
    EXPECT_EQ(shell.err, "loaded 10000 nodes and 9999 relationships from 1 file\n");

    const std::string broken =
        folder.write("broken.json", steppe::testing::generatedGraphJson(10000, 5000));
    CommandResult failed = runSteppe("query -g " + broken + " 'RETURN 1'", everyLoad);
    EXPECT_EQ(failed.exitCode, 3);
    EXPECT_TRUE(failed.err.starts_with("error: " + broken + ":")) << failed.err;
}

} // namespace
} // namespace steppe::cli
