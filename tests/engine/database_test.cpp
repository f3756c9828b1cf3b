// Database: load, save and load again gives the same graph; loads are all-or-nothing.
#include <gtest/gtest.h>

#include "cli/command_runner.hpp"
#include "steppe/database.hpp"
#include "test_paths.hpp"

namespace steppe {
namespace {

using steppe::testing::readFile;
using steppe::testing::sourcePath;
using steppe::testing::TemporaryFolder;

TEST(DatabaseRoundTrip, SaveThenLoadGivesTheSameGraph) {
    Database original;
    LoadReport first;
    ASSERT_TRUE(original.loadFiles({sourcePath("datasets/bacac.json")}, {}, &first).ok());

    TemporaryFolder folder;
    const std::string saved = folder.path() + "/saved.json";
    ASSERT_TRUE(original.saveJson(saved).ok());
    // The saved file cites the source by the same relative name: give it the text too.
    folder.write("bacac-overview.txt", readFile(sourcePath("datasets/bacac-overview.txt")));

    Database reloaded;
    LoadReport second;
    Status status = reloaded.loadFiles({saved}, {}, &second);
    ASSERT_TRUE(status.ok()) << status.toString();
    EXPECT_EQ(second.nodes, first.nodes);
    EXPECT_EQ(second.relationships, first.relationships);
    EXPECT_EQ(second.citations, first.citations);
    EXPECT_EQ(second.quotesVerified, first.quotesVerified);
    EXPECT_EQ(reloaded.toJson(), original.toJson());
    EXPECT_EQ(readFile(saved), original.toJson());
}

TEST(DatabaseRoundTrip, KeepsValueTypesExactly) {
    const std::string json = R"({"nodes": [
        {"id": "a", "labels": ["T", "U"], "properties": {"i": -9223372036854775808,
         "f": 1.0, "g": 0.1, "big": 18446744073709551615, "s": "quote \" and \\ and \n",
         "u": "Ulaanbaatar – Монголия", "list": [1, 2.5, "x", true], "empty": [], "t": false}},
        {"id": "b"}],
      "edges": [{"from": "a", "to": "b", "type": "R", "properties": {"w": 3}},
                {"from": "a", "to": "a", "type": "R"}]})";
    Database db;
    ASSERT_TRUE(db.loadJson(json).ok());
    const std::string saved = db.toJson();
    Database again;
    Status status = again.loadJson(saved);
    ASSERT_TRUE(status.ok()) << status.toString() << "\n" << saved;
    EXPECT_EQ(again.toJson(), saved);
    EXPECT_NE(saved.find("\"f\":1.0"), std::string::npos) << "a float stays a float: " << saved;
    // 2^64 does not fit int64, so it was read as a float and must be written as one.
    EXPECT_NE(saved.find("\"big\":18446744073709553000.0"), std::string::npos) << saved;
}

TEST(DatabaseLoad, IsAllOrNothingAcrossFiles) {
    TemporaryFolder folder;
    const std::string good = folder.write("good.json", R"({"nodes": [{"id": "a"}]})");
    const std::string bad = folder.write(
        "bad.json",
        R"({"nodes": [{"id": "b"}], "edges": [{"from": "b", "to": "zz", "type": "R"}]})");
    Database db;
    ASSERT_TRUE(db.loadFiles({good}).ok());
    const std::string before = db.toJson();
    Status status = db.loadFiles({good, bad});
    EXPECT_FALSE(status.ok()) << "node a is defined twice";
    status = db.loadFiles({bad});
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.code(), StatusCode::kLoadError);
    EXPECT_EQ(status.location().file, bad);
    EXPECT_EQ(db.toJson(), before);
    EXPECT_EQ(db.schema().nodes, 1u);
}

TEST(DatabaseSave, FailsCleanlyOnAnUnwritablePath) {
    Database db;
    Status status = db.saveJson("/nonexistent-folder/graph.json");
    EXPECT_EQ(status.code(), StatusCode::kIoError);
}

} // namespace
} // namespace steppe
