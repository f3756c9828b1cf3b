// CartesianProduct (query/executor/join_operators.hpp): a pattern part that shares no variable
// with the rows before it is matched once and joined with every row. Its results must be those
// of the definition: every combination, minus those that use one relationship twice in a
// MATCH, filtered by the WHERE.
#include <string>

#include <gtest/gtest.h>

#include "steppe/database.hpp"

namespace {

using steppe::Database;
using steppe::QueryResult;

// Three A nodes (k = 1, 2, 2), two B nodes (k = 2, 3), four R relationships, one S.
const char* kGraph = R"({"nodes": [
  {"id": "a1", "labels": ["A"], "properties": {"k": 1}},
  {"id": "a2", "labels": ["A"], "properties": {"k": 2}},
  {"id": "a3", "labels": ["A"], "properties": {"k": 2}},
  {"id": "b1", "labels": ["B"], "properties": {"k": 2}},
  {"id": "b2", "labels": ["B"], "properties": {"k": 3}}],
 "edges": [
  {"from": "a1", "to": "b1", "type": "R"}, {"from": "a2", "to": "b1", "type": "R"},
  {"from": "a3", "to": "b2", "type": "R"}, {"from": "b2", "to": "b2", "type": "R"},
  {"from": "a1", "to": "a2", "type": "S"}]})";

class CartesianProductTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(db_.loadJson(kGraph).ok()); }

    std::int64_t sum(const std::string& match) {
        QueryResult result;
        const auto status = db_.query(match + " RETURN sum(1) AS n", &result);
        EXPECT_TRUE(status.ok()) << status.toString();
        return status.ok() ? result.row(0)[0].asInteger() : -1;
    }

    std::string plan(const std::string& match) {
        QueryResult result;
        EXPECT_TRUE(db_.query("EXPLAIN " + match + " RETURN sum(1) AS n", &result).ok());
        return result.plan();
    }

    Database db_;
};

TEST_F(CartesianProductTest, JoinsEveryCombination) {
    const std::string match = "MATCH (a:A), (b:B)-[:R]->(c)";
    EXPECT_EQ(sum(match), 3 * 1); // one R leaves a B node (the self-loop)
    EXPECT_NE(plan(match).find("CartesianProduct"), std::string::npos) << plan(match);
}

TEST_F(CartesianProductTest, UsesARelationshipOncePerMatch) {
    // 4 R relationships, ordered pairs of different ones: 4 * 3.
    const std::string match = "MATCH (a)-[r:R]->(b), (c)-[s:R]->(d)";
    EXPECT_EQ(sum(match), 12);
    EXPECT_NE(plan(match).find("CartesianProduct"), std::string::npos) << plan(match);
    // In two MATCH clauses the same relationship may be used twice: 4 * 4.
    EXPECT_EQ(sum("MATCH (a)-[r:R]->(b) MATCH (c)-[s:R]->(d)"), 16);
}

TEST_F(CartesianProductTest, FiltersAcrossAndWithinTheParts) {
    // Pairs with equal k: a2, a3 with b1.
    EXPECT_EQ(sum("MATCH (a:A), (b:B) WHERE a.k = b.k"), 2);
    // b.k = 3 runs inside the part, once: a1..a3 with b2.
    const std::string within = "MATCH (a:A), (b:B) WHERE b.k = 3";
    EXPECT_EQ(sum(within), 3);
    const std::string explained = plan(within);
    EXPECT_LT(explained.find("Filter"), explained.find("Collect")) << explained;
}

TEST_F(CartesianProductTest, AnEqualityAcrossThePartsIsAHashJoin) {
    const std::string match = "MATCH (a:A), (b:B) WHERE a.k = b.k";
    EXPECT_NE(plan(match).find("HashJoin"), std::string::npos) << plan(match);
    EXPECT_EQ(plan(match).find("Filter"), std::string::npos) << plan(match);
    // The same condition in a form the planner does not join on: a filter over every pair.
    const std::string filtered = "MATCH (a:A), (b:B) WHERE NOT a.k <> b.k";
    EXPECT_EQ(plan(filtered).find("HashJoin"), std::string::npos) << plan(filtered);
    // Keys of every kind, as `=` compares them: 2 = 2.0, a missing property is null and
    // equal to nothing, NaN equals nothing, a list with null in it equals nothing.
    const char* keys[][2] = {
        {"a.k", "b.k"},
        {"a.k", "b.k * 1.0"},
        {"a.k", "b.missing"},
        {"a.k / 0.0", "b.k / 0.0"},
        {"(a.k - a.k) / 0.0", "(b.k - b.k) / 0.0"},
        {"[a.k]", "[b.k]"},
        {"[a.k, null]", "[b.k, null]"},
        {"a.k % 2", "b.k - 2"},
        {"toString(a.k)", "toString(b.k)"},
    };
    for (const auto& [left, right] : keys) {
        SCOPED_TRACE(std::string(left) + " = " + right);
        const std::string on = "MATCH (a:A), (b:B) WHERE " + std::string(left) + " = " + right;
        const std::string pairs = "MATCH (a:A), (b:B) WHERE NOT " + std::string(left) + " <> " +
                                  right + " AND " + left + " = " + right;
        EXPECT_NE(plan(on).find("HashJoin"), std::string::npos) << plan(on);
        EXPECT_EQ(sum(on), sum(pairs));
    }
    EXPECT_EQ(sum("MATCH (a:A), (b:B) WHERE a.k = b.k * 1.0"), 2);
    EXPECT_EQ(sum("MATCH (a:A), (b:B) WHERE a.k / 0.0 = b.k / 0.0"), 6); // Infinity = Infinity
    EXPECT_EQ(sum("MATCH (a:A), (b:B) WHERE (a.k - a.k) / 0.0 = (b.k - b.k) / 0.0"), 0); // NaN
    EXPECT_EQ(sum("MATCH (a:A), (b:B) WHERE [a.k, null] = [b.k, null]"), 0);
    // The join keeps a relationship from being used twice in one MATCH.
    EXPECT_EQ(sum("MATCH (a)-[r:R]->(b), (c)-[s:R]->(d) WHERE b.k = d.k"),
              sum("MATCH (a)-[r:R]->(b), (c)-[s:R]->(d) WHERE NOT b.k <> d.k"));
}

TEST_F(CartesianProductTest, RightSideEmpty) {
    EXPECT_EQ(sum("MATCH (a:A), (b:B)-[:S]->(c)"), 0);
}

TEST_F(CartesianProductTest, DependentPartIsNotMaterialised) {
    // The second part reads a: it must be matched per row.
    const std::string match = "MATCH (a:A), (b:B {k: a.k})";
    EXPECT_EQ(sum(match), 2);
    EXPECT_EQ(plan(match).find("CartesianProduct"), std::string::npos) << plan(match);
    // Nor may a part start at a node whose constraint reads a node it has not reached yet.
    EXPECT_EQ(sum("MATCH (a:A)-[:R]->(b:B {k: a.k})"), 1);
}

} // namespace
