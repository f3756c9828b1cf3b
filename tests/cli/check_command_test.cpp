// `steppe check` and `steppe schema` as a user runs them: output, errors and exit codes.
#include <algorithm>

#include <gtest/gtest.h>

#include "cli/command_runner.hpp"
#include "test_paths.hpp"

namespace steppe::testing {
namespace {

const std::string kDataset = sourcePath("datasets/bacac.json");

// Copies the dataset and its source text into `folder`, replacing `from` by `to` in the
// dataset (once; the test fails when `from` is not there).
std::string tamperedDataset(const TemporaryFolder& folder, const std::string& from,
                            const std::string& to) {
    std::string json = readFile(kDataset);
    std::size_t at = json.find(from);
    EXPECT_NE(at, std::string::npos) << "the dataset no longer contains: " << from;
    if (at != std::string::npos) {
        json.replace(at, from.size(), to);
    }
    folder.write("bacac-overview.txt", readFile(sourcePath("datasets/bacac-overview.txt")));
    return folder.write("bacac.json", json);
}

// The 1-based line and column of the first occurrence of `needle` in `text`.
std::string positionOf(const std::string& text, const std::string& needle) {
    std::size_t at = text.find(needle);
    if (at == std::string::npos) {
        ADD_FAILURE() << "not found: " << needle;
        return "?";
    }
    std::size_t lineStart = text.rfind('\n', at);
    lineStart = lineStart == std::string::npos ? 0 : lineStart + 1;
    std::size_t line =
        1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + at, '\n'));
    return std::to_string(line) + ":" + std::to_string(at - lineStart + 1);
}

TEST(CheckCommand, AcceptsTheDatasetAndCountsWhatItHolds) {
    CommandResult r = runSteppe("check -g " + kDataset);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err, "");
    // The counts are those of the file itself, counted here independently of the loader.
    const std::string all = readFile(kDataset);
    const std::size_t nodesAt = all.find("\"nodes\": [");
    ASSERT_NE(nodesAt, std::string::npos);
    const std::string json = all.substr(nodesAt);
    auto count = [&](const std::string& needle) {
        std::size_t n = 0;
        for (std::size_t at = json.find(needle); at != std::string::npos;
             at = json.find(needle, at + 1)) {
            ++n;
        }
        return n;
    };
    EXPECT_NE(r.out.find("nodes:         " + std::to_string(count("{\"id\": "))), std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("relationships: " + std::to_string(count("{\"from\": "))),
              std::string::npos)
        << r.out;
    const std::string citations = std::to_string(count("\"doc\": \"bacac-overview\""));
    EXPECT_NE(r.out.find("citations:     " + citations + " (" + citations + " quotes verified"),
              std::string::npos)
        << r.out;
}

TEST(CheckCommand, RejectsAQuoteThatIsNotInTheText) {
    TemporaryFolder folder;
    const std::string quote = "\"Biosafety Association for Central Asia and the Caucasus (BACAC) "
                              "was established in 20";
    std::string file = tamperedDataset(folder, quote + "09\"", quote + "10\"");
    CommandResult r = runSteppe("check -g " + file);
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.out, "");
    const std::string json = readFile(file);
    EXPECT_EQ(r.err, "error: " + file + ":" + positionOf(json, quote + "10\"") +
                         ": /nodes/0/sources/0/quote: quote not found in the text of source "
                         "\"bacac-overview\" (" +
                         folder.path() + "/bacac-overview.txt)\n");
}

TEST(CheckCommand, RejectsADanglingIdWithASuggestion) {
    TemporaryFolder folder;
    std::string file = tamperedDataset(folder, "\"to\": \"bacac\"", "\"to\": \"bacca\"");
    CommandResult r = runSteppe("check -g " + file);
    EXPECT_EQ(r.exitCode, 3);
    const std::string json = readFile(file);
    // The edge's index is the number of edges before the tampered one.
    const std::size_t at = json.find("\"bacca\"");
    const std::size_t edgesAt = json.find("\"edges\": [");
    std::size_t edge = 0;
    for (std::size_t e = json.find("{\"from\": ", edgesAt); e < at;
         e = json.find("{\"from\": ", e + 1)) {
        ++edge;
    }
    EXPECT_EQ(r.err, "error: " + file + ":" + positionOf(json, "\"bacca\"") + ": /edges/" +
                         std::to_string(edge - 1) +
                         "/to: unknown node id \"bacca\" (did you mean \"bacac\"?)\n");
}

TEST(CheckCommand, RejectsADuplicateIdAUnknownKeyAndANestedObject) {
    struct Case {
        std::string from, to, message;
    };
    const Case cases[] = {
        {"{\"id\": \"kyrgyzstan\"", "{\"id\": \"kazakhstan\"", "duplicate node id \"kazakhstan\""},
        {"\"labels\": [\"Country\"]", "\"lables\": [\"Country\"]",
         "unknown key \"lables\" (did you mean \"labels\"?)"},
        {"\"founded\": 2009", "\"founded\": {\"year\": 2009}",
         "a property value cannot be an object (nested objects are not allowed)"},
    };
    for (const Case& c : cases) {
        TemporaryFolder folder;
        std::string file = tamperedDataset(folder, c.from, c.to);
        CommandResult r = runSteppe("check -g " + file);
        EXPECT_EQ(r.exitCode, 3) << c.to;
        EXPECT_TRUE(r.err.starts_with("error: " + file + ":")) << r.err;
        EXPECT_NE(r.err.find(": /nodes/"), std::string::npos) << r.err;
        EXPECT_TRUE(r.err.ends_with(c.message + "\n")) << r.err;
    }
}

TEST(CheckCommand, ReportsAMissingFileAsALoadError) {
    CommandResult r = runSteppe("check -g /nonexistent/graph.json");
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err, "error: cannot open \"/nonexistent/graph.json\": No such file or directory\n");
}

TEST(CheckCommand, TreatsBadArgumentsAsUsageErrors) {
    EXPECT_EQ(runSteppe("check").exitCode, 2) << "-g is required";
    EXPECT_EQ(runSteppe("check -g").exitCode, 2);
    EXPECT_EQ(runSteppe("check --frobnicate -g x.json").exitCode, 2);
    EXPECT_EQ(runSteppe("").exitCode, 2) << "a subcommand is required";
    CommandResult r = runSteppe("nonsense");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.out, "");
    EXPECT_NE(r.err, "");
}

TEST(CheckCommand, PrintsHelpAndVersion) {
    CommandResult help = runSteppe("check --help");
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_NE(help.out.find("steppe check -g datasets/bacac.json"), std::string::npos);
    CommandResult version = runSteppe("--version");
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_EQ(version.out, std::string("steppe ") + STEPPE_VERSION + "\n");
}

TEST(SchemaCommand, ListsLabelsTypesAndKeysOfTheDataset) {
    CommandResult r = runSteppe("schema -g " + kDataset);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    // Facts of the source text: ten founding members, all countries, are MEMBER_OF BACAC, and
    // the founding flag sits on those ten memberships.
    EXPECT_NE(r.out.find("(:Country)-[:MEMBER_OF]->(:Association)  10\n"), std::string::npos)
        << r.out;
    const std::size_t founding = r.out.find("\n  founding ");
    ASSERT_NE(founding, std::string::npos) << r.out;
    const std::string line = r.out.substr(founding + 1, r.out.find('\n', founding + 1) - founding);
    EXPECT_NE(line.find(" BOOLEAN "), std::string::npos) << line;
    EXPECT_TRUE(line.ends_with(" 10 relationships\n")) << line;
    for (const char* label : {":Association", ":Country", ":Donor", ":Event", ":City"}) {
        EXPECT_NE(r.out.find(std::string("\n  ") + label + " "), std::string::npos) << label;
    }
}

TEST(SchemaCommand, FailsLikeCheckOnABadGraph) {
    TemporaryFolder folder;
    std::string file = folder.write("bad.json", "{\"nodes\": [}");
    CommandResult r = runSteppe("schema -g " + file);
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err, "error: " + file + ":1:12: invalid JSON: Invalid value\n");
}

} // namespace
} // namespace steppe::testing
