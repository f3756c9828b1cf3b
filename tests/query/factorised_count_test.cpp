// Factorised counting (query/executor/count_operators.hpp) must give the counts that
// enumerating every match gives. Each query runs twice on a random graph with self-loops,
// parallel relationships and nodes with several labels: as `RETURN count(*)`, which the
// planner may count, and as `RETURN sum(1)`, which makes it enumerate every row. The plans of
// the first must use CountExpand where the test says so, so the feature is really exercised.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "steppe/database.hpp"
#include "tests/query/random_graph.hpp"

namespace {

using steppe::Database;
using steppe::QueryResult;
using steppe::Status;
using steppe::testing::randomGraph;
using steppe::testing::single;

std::string plan(Database& db, const std::string& query) {
    QueryResult result;
    const Status status = db.query("EXPLAIN " + query, &result);
    EXPECT_TRUE(status.ok()) << status.toString();
    return result.plan();
}

struct CountCase {
    const char* match; // the query up to RETURN
    bool counted;      // the plan must count (CountExpand or CountOptional)
};

const CountCase kCases[] = {
    {"MATCH (a:A)-[:R]->(b)", true},
    {"MATCH (a:A)-[:R]->(b:B)-[:S]->(c:C)-[:T]->(d)", true},
    {"MATCH (a)-[:R]-(b)", true},
    {"MATCH (a:C)<-[:R|S]-(b)-[:T]-(c:A)", true},
    {"MATCH (a:B)-[:R]->(b), (a)-[:S]->(c), (a)<-[:T]-(d:A)", true},
    {"MATCH (x:A)-[:R]->(y:B) MATCH (y)-[:S]-(z)-[:T]->(w:C)", true},
    {"MATCH (a:A)-[:R]->(b) OPTIONAL MATCH (b)-[:S]->(c:C)", true},
    {"MATCH (a:A) OPTIONAL MATCH (a)-[:S]-(c)-[:T]->(d)", true},
    {"MATCH (a:A)-[:R]->(b) WHERE a.k = 1", true},
    // A node read later anchors the count: start at c, count back to a; start at b.
    {"MATCH (a:A)-[:R]->(b)-[:S]->(c) WHERE c.k = 2", true},
    {"MATCH (a:A)-[:R]->(b) OPTIONAL MATCH (b)-[:S]->(c) WHERE c.k = 0", true},
    // MATCH clauses planned together still count per clause: uniqueness is per clause.
    {"MATCH (a:A)-[:R]->(b) MATCH (b)-[:R]->(c)", true},
    // Ends compared by `<>`: counted excluding the other node, or as a pair of ends that must
    // differ; the comparison also keeps two relationships of one type apart.
    {"MATCH (a)-[:R]->(b) WHERE a <> b", true},
    {"MATCH (a:A)-[:R]->(b)-[:S]->(c) WHERE c <> a", true},
    {"MATCH (a:A)-[:R]->(b)-[:S]->(c) WHERE c <> b", true},
    {"MATCH (t1:A)<-[:R]-(m)<-[:S]-(c)-[:R]->(t2:A) WHERE t1 <> t2", true},
    {"MATCH (x)<-[:R]-(a:B)-[:R]->(y) WHERE x <> y", true},
    {"MATCH (x)<-[:R|T]-(a:B)-[:T]->(y) WHERE y <> x", true},
    {"MATCH (x)<-[:R]-(a:B)-[:T]-(y) WHERE y <> x", true},
    {"MATCH (a:A)-[:R]->(b), (c:B)-[:R]->(d) WHERE b <> d", true},
    {"MATCH (a:A)-[:R]->(b)-[:S]->(c)-[:R]->(d) WHERE d <> b AND d <> c", true},
    {"MATCH (a:A)-[:R]->(b) MATCH (b)-[:S]->(c) WHERE c <> a", true},
    {"MATCH (a:A) OPTIONAL MATCH (a)-[:S]->(c) WHERE c <> a", true},
    // Not counted: the same type twice (uniqueness), a repeated node, variables read later,
    // any-type relationships, variable length,
    // both ends read.
    {"MATCH (a:A)-[:R]->(b)-[:R]->(c)", false},
    {"MATCH (a)-[:R]->(b)-[:S]->(a)", false},
    {"MATCH (a:A)-->(b)", false},
    {"MATCH (a:A)-[:R*1..2]->(b)", false},
    {"MATCH (a:A)-[:R]->(b)-[:S]->(c) WHERE c.k = a.k", false},
    // Undirected steps sharing their middle node: the same relationship would join a to b and
    // b to c, so a <> c keeps them apart (LSQB q6).
    {"MATCH (a:A)-[:R]-(b)-[:R]-(c)-[:S]->(d) WHERE a <> c", true},
    {"MATCH (a:A)-[:R]-(b)-[:R]-(c) WHERE a <> c", true},
    {"MATCH (x)<-[:R|T]-(a:B)-[:T]-(y) WHERE y <> x", true},
    // Not counted at x: an undirected step may walk the other relationship of its type the
    // other way round, when the two share no node.
    {"MATCH (x:A)-[:R]-(y), (z:B)-[:R]-(w) WHERE x <> w", false},
};

TEST(FactorisedCount, AgreesWithEnumeration) {
    for (unsigned seed : {1u, 2u, 3u}) {
        Database db;
        ASSERT_TRUE(db.loadJson(randomGraph(seed)).ok());
        for (const CountCase& c : kCases) {
            SCOPED_TRACE(std::string(c.match) + " (seed " + std::to_string(seed) + ")");
            const std::string counted = std::string(c.match) + " RETURN count(*) AS n";
            const std::string enumerated = std::string(c.match) + " RETURN sum(1) AS n";
            const std::int64_t expected = single(db, enumerated);
            EXPECT_GT(expected, 0) << "the case matches nothing, so it tests nothing";
            EXPECT_EQ(single(db, counted), expected);
            const std::string explained = plan(db, counted);
            EXPECT_EQ(explained.find("Count") != std::string::npos, c.counted) << explained;
            EXPECT_EQ(plan(db, enumerated).find("Count"), std::string::npos);
        }
    }
}

// The comparisons a count answers are not left behind as filters, and a null compared node
// counts nothing, as the null comparison keeps no row.
TEST(FactorisedCount, AnswersNodeInequalities) {
    Database db;
    ASSERT_TRUE(db.loadJson(randomGraph(5)).ok());
    const std::string pair = "MATCH (t1:A)<-[:R]-(m)<-[:S]-(c)-[:R]->(t2:A) WHERE t1 <> t2 "
                             "RETURN count(*) AS n";
    const std::string explained = plan(db, pair);
    EXPECT_NE(explained.find("CountDistinctPair"), std::string::npos) << explained;
    EXPECT_EQ(explained.find("Filter"), std::string::npos) << explained;
    const std::string single = "MATCH (a:A)-[:R]->(b)-[:S]->(c) WHERE c <> b RETURN count(*)";
    EXPECT_NE(plan(db, single).find("(c) <> b"), std::string::npos) << plan(db, single);

    const std::string withNull = "OPTIONAL MATCH (x:Missing) WITH x MATCH (x), (a:A)-[:R]->(b) "
                                 "WHERE b <> x ";
    EXPECT_EQ(steppe::testing::single(db, withNull + "RETURN count(*) AS n"), 0);
    EXPECT_EQ(steppe::testing::single(db, withNull + "RETURN sum(1) AS n"), 0);
}

TEST(FactorisedCount, GroupsByEnumeratedVariables) {
    Database db;
    ASSERT_TRUE(db.loadJson(randomGraph(7)).ok());
    const std::string match = "MATCH (a:A)-[:R]->(b)-[:S]->(c) ";
    QueryResult counted;
    QueryResult enumerated;
    ASSERT_TRUE(db.query(match + "RETURN a.k AS k, count(*) AS n ORDER BY k", &counted).ok());
    ASSERT_TRUE(db.query(match + "RETURN a.k AS k, sum(1) AS n ORDER BY k", &enumerated).ok());
    ASSERT_EQ(counted.rowCount(), enumerated.rowCount());
    ASSERT_GT(counted.rowCount(), 1u);
    for (std::size_t i = 0; i < counted.rowCount(); ++i) {
        EXPECT_EQ(counted.row(i)[1].asInteger(), enumerated.row(i)[1].asInteger());
    }
}

} // namespace
