// Pattern predicates (query/executor/pattern_runner.hpp). One relationship between two bound
// nodes is answered by a probe of the sorted adjacency; anything else runs a small pipeline.
// Both must agree with a pattern comprehension, which always runs the pipeline, over every
// pair of nodes of a random graph with self-loops and parallel relationships.
#include <cstdint>
#include <string>

#include <gtest/gtest.h>

#include "steppe/database.hpp"
#include "tests/query/random_graph.hpp"

namespace {

using steppe::Database;
using steppe::testing::randomGraph;
using steppe::testing::single;

const char* kPredicates[] = {
    "(a)-[:R]->(b)",       "(a)<-[:R|S]-(b)",      "(a)-[:T]-(b)",
    "(a)-->(b)",           "(a:B)-[:S]->(b:A)",    "(a)-[:R]->(a)",
    "(a)-[:Missing]->(b)", "(a)-[:R {k: 1}]->(b)", "(a)-[:R]->(:C)-[:S]->(b)",
};

TEST(PatternPredicate, AgreesWithTheMatchesAComprehensionFinds) {
    for (unsigned seed : {11u, 12u}) {
        Database db;
        ASSERT_TRUE(db.loadJson(randomGraph(seed)).ok());
        for (const char* predicate : kPredicates) {
            SCOPED_TRACE(std::string(predicate) + " (seed " + std::to_string(seed) + ")");
            const std::string pairs = "MATCH (a), (b) WHERE ";
            const std::int64_t expected =
                single(db, pairs + "size([" + predicate + " | 1]) > 0 RETURN count(*) AS n");
            EXPECT_EQ(single(db, pairs + predicate + " RETURN count(*) AS n"), expected);
            EXPECT_EQ(single(db, pairs + "NOT " + predicate + " RETURN count(*) AS n"),
                      40 * 40 - expected);
        }
    }
}

TEST(PatternPredicate, NullNodesMatchNothing) {
    Database db;
    ASSERT_TRUE(db.loadJson(randomGraph(13)).ok());
    EXPECT_EQ(single(db, "MATCH (a) OPTIONAL MATCH (a)-[:Missing]->(b) WITH a, b "
                         "WHERE (a)-[:R]->(b) RETURN count(*) AS n"),
              0);
}

} // namespace
