#include <string>

#include <gtest/gtest.h>

#include "steppe/query_result.hpp"
#include "tests/tck/result_matcher.hpp"
#include "tests/tck/value_conversion.hpp"

namespace {

using steppe::tck::compareResults;
using steppe::tck::DataTable;
using steppe::tck::ListOrder;
using steppe::tck::parseExpectedTable;
using steppe::tck::ResultTable;
using steppe::tck::RowOrder;

ResultTable table(const DataTable& cells) {
    std::string error;
    auto parsed = parseExpectedTable(cells, &error);
    EXPECT_TRUE(parsed) << error;
    return parsed ? *parsed : ResultTable{};
}

TEST(TckResultMatcher, ComparesColumnNamesInOrder) {
    const ResultTable expected = table({{"a", "b"}, {"1", "2"}});
    EXPECT_EQ(compareResults(expected, table({{"b", "a"}, {"2", "1"}}), RowOrder::kAnyOrder,
                             ListOrder::kOrdered),
              "columns differ: expected | a | b |, got | b | a |");
    EXPECT_EQ(compareResults(table({{"count(*)"}}), table({{"count(*)"}}), RowOrder::kAnyOrder,
                             ListOrder::kOrdered),
              "");
}

TEST(TckResultMatcher, ComparesRowsAsAMultisetInAnyOrder) {
    const ResultTable expected = table({{"n"}, {"1"}, {"2"}, {"2"}});
    EXPECT_EQ(compareResults(expected, table({{"n"}, {"2"}, {"1"}, {"2"}}), RowOrder::kAnyOrder,
                             ListOrder::kOrdered),
              "");
    EXPECT_EQ(compareResults(expected, table({{"n"}, {"2"}, {"1"}, {"1"}, {"3"}}),
                             RowOrder::kAnyOrder, ListOrder::kOrdered),
              "expected 3 rows, got 4; 1 missing: | 2 |; 2 unexpected: | 1 |, | 3 |");
    EXPECT_EQ(compareResults(expected, table({{"n"}}), RowOrder::kAnyOrder, ListOrder::kOrdered),
              "expected 3 rows, got 0; 3 missing: | 1 |, | 2 |, | 2 |");
}

TEST(TckResultMatcher, ComparesRowsAsASequenceInOrder) {
    const ResultTable expected = table({{"n", "m"}, {"1", "'a'"}, {"2", "'b'"}});
    EXPECT_EQ(compareResults(expected, expected, RowOrder::kInOrder, ListOrder::kOrdered), "");
    EXPECT_EQ(compareResults(expected, table({{"n", "m"}, {"2", "'b'"}, {"1", "'a'"}}),
                             RowOrder::kInOrder, ListOrder::kOrdered),
              "row 1 differs: expected | 1 | 'a' |, got | 2 | 'b' |");
    EXPECT_EQ(compareResults(expected, table({{"n", "m"}, {"1", "'a'"}}), RowOrder::kInOrder,
                             ListOrder::kOrdered),
              "expected 2 rows, got 1; first missing row | 2 | 'b' |");
    EXPECT_EQ(compareResults(table({{"n"}}), table({{"n"}, {"1.0"}}), RowOrder::kInOrder,
                             ListOrder::kOrdered),
              "expected 0 rows, got 1; first extra row | 1.0 |");
}

TEST(TckResultMatcher, CanIgnoreListOrderInsideCells) {
    const ResultTable expected = table({{"l"}, {"[1, 2]"}, {"[3, [4, 5]]"}});
    const ResultTable actual = table({{"l"}, {"[[5, 4], 3]"}, {"[2, 1]"}});
    EXPECT_EQ(compareResults(expected, actual, RowOrder::kAnyOrder, ListOrder::kIgnored), "");
    EXPECT_NE(compareResults(expected, actual, RowOrder::kAnyOrder, ListOrder::kOrdered), "");
    EXPECT_NE(compareResults(expected, actual, RowOrder::kInOrder, ListOrder::kIgnored), "");
}

TEST(TckResultMatcher, ReportsUnreadableExpectedTables) {
    std::string error;
    EXPECT_FALSE(parseExpectedTable({{"a"}, {"(:A"}}, &error));
    EXPECT_EQ(error.substr(0, 42), "cannot read expected row 1: expected ')' a");
    EXPECT_FALSE(parseExpectedTable({{"a", "b"}, {"1"}}, &error));
    EXPECT_EQ(error, "expected row 1 has 1 cells for 2 columns");
    EXPECT_FALSE(parseExpectedTable({}, &error));
}

TEST(TckResultMatcher, ConvertsEngineScalarsListsAndMaps) {
    using steppe::Value;
    const steppe::QueryResult noGraph; // scalars need no graph to describe them
    const Value v = Value::list({Value::integer(1), Value::floating(1.0), Value::string("s"),
                                 Value::null(), Value::boolean(true),
                                 Value::map({{"b", Value::integer(2)}, {"a", Value::list({})}})});
    EXPECT_EQ(steppe::tck::render(steppe::tck::fromEngineValue(v, noGraph)),
              "[1, 1.0, 's', null, true, {a: [], b: 2}]");
}

TEST(TckResultMatcher, ConvertsParametersButNotGraphElements) {
    std::string error;
    const auto value = steppe::tck::parseTckValue("{k: [1, 2.5, 'x', null, false]}", &error);
    ASSERT_TRUE(value) << error;
    const auto engine = steppe::tck::toEngineValue(*value, &error);
    ASSERT_TRUE(engine) << error;
    EXPECT_EQ(engine->toCypherLiteral(), "{k: [1, 2.5, 'x', null, false]}");
    const auto node = steppe::tck::parseTckValue("[(:A)]", &error);
    EXPECT_FALSE(steppe::tck::toEngineValue(*node, &error));
    EXPECT_EQ(error, "a parameter cannot be a node, relationship or path: (:A)");
}

} // namespace
