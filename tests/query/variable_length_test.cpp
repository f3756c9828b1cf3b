// Variable-length relationships without a variable are walked without building their list of
// relationships, unless a later step of the same MATCH must check it for uniqueness. Each
// query must count what the same query with a named (so always built) list counts.
#include <string>

#include <gtest/gtest.h>

#include "tests/query/random_graph.hpp"

namespace {

using steppe::Database;
using steppe::testing::randomGraph;
using steppe::testing::single;

struct Shapes {
    const char* anonymous;
    const char* named;
};

const Shapes kShapes[] = {
    {"MATCH (a:A)-[:R*1..3]->(b)", "MATCH (a:A)-[v:R*1..3]->(b)"},
    // A later relationship of the type must differ from every one of the list.
    {"MATCH (a:A)-[:R*1..2]->(b)-[:R]->(c)", "MATCH (a:A)-[v:R*1..2]->(b)-[:R]->(c)"},
    {"MATCH (a:A)-[:R]->(b)-[:R*1..2]->(c)", "MATCH (a:A)-[:R]->(b)-[v:R*1..2]->(c)"},
    {"MATCH (a:B)-[:S*1..2]-(b)-[:S*1..2]-(c:C)", "MATCH (a:B)-[v:S*1..2]-(b)-[w:S*1..2]-(c:C)"},
    // In another MATCH clause the same relationship may be used again.
    {"MATCH (a:A)-[:R*1..2]->(b) MATCH (b)-[:R]->(c)",
     "MATCH (a:A)-[v:R*1..2]->(b) MATCH (b)-[:R]->(c)"},
    {"MATCH (a:C) WHERE (a)-[:T*2..3]->(:A)",
     "MATCH (a:C) WHERE size([(a)-[v:T*2..3]->(:A) | v]) > 0"},
};

TEST(VariableLength, AnonymousListsCountWhatNamedListsCount) {
    for (unsigned seed : {21u, 22u}) {
        Database db;
        ASSERT_TRUE(db.loadJson(randomGraph(seed)).ok());
        for (const Shapes& s : kShapes) {
            SCOPED_TRACE(std::string(s.anonymous) + " (seed " + std::to_string(seed) + ")");
            const std::int64_t named = single(db, std::string(s.named) + " RETURN sum(1) AS n");
            EXPECT_GT(named, 0) << "the case matches nothing, so it tests nothing";
            EXPECT_EQ(single(db, std::string(s.anonymous) + " RETURN sum(1) AS n"), named);
        }
    }
}

} // namespace
