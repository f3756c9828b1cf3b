// JSON export: the loading format, for the whole graph or what a result holds.
#include <sstream>

#include <gtest/gtest.h>

#include "steppe/database.hpp"
#include "steppe/export.hpp"
#include "test_paths.hpp"

namespace steppe::testing {
namespace {

TEST(JsonExport, TheWholeGraphIsWhatToJsonGives) {
    Database db;
    ASSERT_TRUE(db.loadFiles({sourcePath("datasets/bacac.json")}).ok());
    std::ostringstream out;
    ASSERT_TRUE(writeGraphJson(db, out).ok());
    EXPECT_EQ(out.str(), db.toJson());
}

TEST(JsonExport, AResultLoadsAsAGraphWithItsCitations) {
    Database db;
    ASSERT_TRUE(db.loadFiles({sourcePath("datasets/bacac.json")}).ok());
    QueryResult result;
    ASSERT_TRUE(
        db.query("MATCH p = (:Country {name: 'Georgia'})-[:MEMBER_OF]->(a) RETURN p, a", &result)
            .ok());
    std::ostringstream out;
    ASSERT_TRUE(writeGraphJson(result, out).ok());

    Database part;
    LoadOptions options;
    options.baseDirectory = sourcePath("datasets");
    LoadReport report;
    Status status = part.loadJson(out.str(), "part.json", options, &report);
    ASSERT_TRUE(status.ok()) << status.toString() << "\n" << out.str();
    EXPECT_EQ(report.nodes, 2u);
    EXPECT_EQ(report.relationships, 1u);
    // Georgia, BACAC and the membership keep their quotes, checked against the source again.
    QueryResult cited;
    ASSERT_TRUE(db.query("MATCH (c:Country {name: 'Georgia'})-[r:MEMBER_OF]->(a) "
                         "RETURN size(sources(c)) + size(sources(r)) + size(sources(a))",
                         &cited)
                    .ok());
    EXPECT_EQ(report.citations, static_cast<std::uint64_t>(cited.row(0)[0].asInteger()));
    EXPECT_GE(report.citations, 3u);
    EXPECT_EQ(report.quotesVerified, report.citations);
    EXPECT_NE(out.str().find("\"sources\": [\n    {\"id\":\"bacac-overview\""), std::string::npos);
}

} // namespace
} // namespace steppe::testing
