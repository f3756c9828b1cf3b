// LoadOptions::progress: the bytes a load has read, reported as it reads them (ReadProgress
// decides when), for JSON graph files and both imports.
#include <cstdint>
#include <filesystem>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "cli/command_runner.hpp"
#include "engine/generated_graph.hpp"
#include "engine/read_progress.hpp"
#include "steppe/database.hpp"

namespace steppe::testing {
namespace {

using Call = std::pair<std::uint64_t, std::uint64_t>; // bytesRead, totalBytes
using Calls = std::vector<Call>;

constexpr std::uint64_t kInterval = 256 << 10;

LoadOptions recordingInto(Calls* calls) {
    LoadOptions options;
    options.progressIntervalBytes = kInterval;
    options.progress = [calls](std::uint64_t read, std::uint64_t total) {
        calls->emplace_back(read, total);
    };
    return options;
}

std::uint64_t sizeOf(const std::string& path) {
    return std::filesystem::file_size(path);
}

// Counts grow call by call, never pass the total, and the total stays what the files hold.
void expectGrowingTowards(const Calls& calls, std::uint64_t total) {
    ASSERT_FALSE(calls.empty());
    for (std::size_t i = 0; i < calls.size(); ++i) {
        EXPECT_EQ(calls[i].second, total) << "call " << i;
        EXPECT_LE(calls[i].first, calls[i].second) << "call " << i;
        if (i > 0) {
            EXPECT_GT(calls[i].first, calls[i - 1].first) << "call " << i;
        }
    }
}

TEST(ReadProgressTest, ReportsEachIntervalAndTheEnd) {
    Calls calls;
    engine::ReadProgress::Callback record = [&](std::uint64_t r, std::uint64_t t) {
        calls.emplace_back(r, t);
    };
    TemporaryFolder folder;
    const std::string a = folder.write("a", std::string(60, 'a'));
    const std::string b = folder.write("b", std::string(40, 'b'));
    engine::ReadProgress progress(record, 25, {a, b, folder.path() + "/missing", folder.path()});
    progress.advance(10);
    progress.advance(10);
    EXPECT_EQ(calls, Calls{}) << "less than an interval";
    progress.advance(10);
    progress.advance(0);
    progress.advance(30);
    progress.advance(40);
    EXPECT_EQ(calls, (Calls{{30, 100}, {60, 100}, {100, 100}}));
    progress.finish();
    EXPECT_EQ(calls.size(), 3u) << "the end was reported already";

    // A file that grew: the total follows the count. One that shrank: finish() ends the
    // count at what was read.
    calls.clear();
    engine::ReadProgress grown(record, 1000, {a});
    grown.advance(50);
    grown.advance(20);
    grown.finish();
    EXPECT_EQ(calls, (Calls{{70, 70}}));
    calls.clear();
    engine::ReadProgress shrunk(record, 1000, {a});
    shrunk.advance(50);
    shrunk.finish();
    EXPECT_EQ(calls, (Calls{{50, 50}}));

    engine::ReadProgress silent;
    silent.advance(10);
    silent.finish();
}

TEST(LoadProgressTest, ReportsGrowingCountsEndingAtTheSizeOfTheFile) {
    TemporaryFolder folder;
    const std::string file = folder.write("big.json", generatedGraphJson(10000));
    const std::uint64_t size = sizeOf(file);
    ASSERT_GT(size, 3u << 20);
    Calls calls;
    Database db;
    LoadReport report;
    Status status = db.loadFiles({file}, recordingInto(&calls), &report);
    ASSERT_TRUE(status.ok()) << status.toString();
    EXPECT_EQ(report.nodes, 10000u);
    expectGrowingTowards(calls, size);
    EXPECT_GE(calls.size(), 3u) << "a call per chunk of 1 MiB, at least";
    EXPECT_EQ(calls.back(), Call(size, size));
}

TEST(LoadProgressTest, CountsSeveralFilesTogether) {
    TemporaryFolder folder;
    const std::string first = folder.write("first.json", generatedGraphJson(3000));
    const std::string second =
        folder.write("second.json", R"({"nodes": [{"id": "other"}], "edges": []})");
    const std::uint64_t total = sizeOf(first) + sizeOf(second);
    Calls calls;
    Database db;
    Status status = db.loadFiles({first, second}, recordingInto(&calls));
    ASSERT_TRUE(status.ok()) << status.toString();
    expectGrowingTowards(calls, total);
    EXPECT_EQ(calls.back(), Call(total, total));
}

TEST(LoadProgressTest, AFailedLoadStopsWhereItStoppedReading) {
    TemporaryFolder folder;
    const std::string file = folder.write("broken.json", generatedGraphJson(10000, 5000));
    const std::uint64_t size = sizeOf(file);
    Calls calls;
    Database db;
    Status status = db.loadFiles({file}, recordingInto(&calls));
    ASSERT_FALSE(status.ok());
    expectGrowingTowards(calls, size);
    EXPECT_LT(calls.back().first, size);
}

TEST(LoadProgressTest, ImportsReportTheirFilesToo) {
    TemporaryFolder folder;
    std::string nodes = ":ID,:LABEL,text\n";
    std::string rels = ":START_ID,:END_ID,:TYPE\n";
    std::string graphml = "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                          "<key id=\"t\" for=\"node\" attr.name=\"text\"/>\n<graph>\n";
    const std::string text(200, 'x');
    for (int i = 0; i < 8000; ++i) {
        const std::string id = "n" + std::to_string(i);
        nodes += id + ",Item," + text + "\n";
        graphml += "<node id=\"" + id + "\"><data key=\"t\">" + text + "</data></node>\n";
        if (i > 0) {
            rels += "n" + std::to_string(i - 1) + "," + id + ",NEXT\n";
            graphml += "<edge source=\"n" + std::to_string(i - 1) + "\" target=\"" + id + "\"/>\n";
        }
    }
    graphml += "</graph>\n</graphml>\n";
    const std::string nodesFile = folder.write("nodes.csv", nodes);
    const std::string relsFile = folder.write("rels.csv", rels);
    const std::string graphmlFile = folder.write("g.graphml", graphml);

    Calls calls;
    Database fromCsv;
    Status status = fromCsv.importNeo4jCsv(nodesFile, relsFile, recordingInto(&calls));
    ASSERT_TRUE(status.ok()) << status.toString();
    const std::uint64_t csvTotal = sizeOf(nodesFile) + sizeOf(relsFile);
    expectGrowingTowards(calls, csvTotal);
    EXPECT_GE(calls.size(), 2u);
    EXPECT_EQ(calls.back(), Call(csvTotal, csvTotal));

    calls.clear();
    Database fromGraphml;
    status = fromGraphml.importGraphML(graphmlFile, recordingInto(&calls));
    ASSERT_TRUE(status.ok()) << status.toString();
    const std::uint64_t graphmlTotal = sizeOf(graphmlFile);
    expectGrowingTowards(calls, graphmlTotal);
    EXPECT_GE(calls.size(), 2u);
    EXPECT_EQ(calls.back(), Call(graphmlTotal, graphmlTotal));
}

TEST(LoadProgressTest, TextInMemoryIsNotReported) {
    Calls calls;
    Database db;
    ASSERT_TRUE(db.loadJson(generatedGraphJson(100), "text", recordingInto(&calls)).ok());
    EXPECT_EQ(calls, Calls{});
}

} // namespace
} // namespace steppe::testing
