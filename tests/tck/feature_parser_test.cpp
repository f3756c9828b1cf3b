#include <string>

#include <gtest/gtest.h>

#include "tests/tck/feature_parser.hpp"
#include "tests/tck/tck_value.hpp"

namespace {

using steppe::tck::Feature;
using steppe::tck::parseFeature;
using steppe::tck::Scenario;
using steppe::tck::splitTableRow;
using steppe::tck::Step;

Feature parseOk(const std::string& text) {
    auto result = parseFeature(text, "clauses/demo/Demo1.feature");
    EXPECT_TRUE(result.ok()) << result.error;
    return result.feature;
}

TEST(TckFeatureParser, ReadsScenarioStepsDocStringsAndTables) {
    const Feature f = parseOk(R"(#
# Licence header
#encoding: utf-8

Feature: Demo1 - Things

  Scenario: [1] Match nodes
    Given an empty graph
    When executing query:
      """
      MATCH (n)
      RETURN n
      """
    Then the result should be, in any order:
      | n    |
      | (:A) |
    And no side effects
)");
    EXPECT_EQ(f.title, "Demo1 - Things");
    ASSERT_EQ(f.scenarios.size(), 1u);
    const Scenario& s = f.scenarios[0];
    EXPECT_EQ(s.name, "[1] Match nodes");
    EXPECT_EQ(s.id(), "clauses/demo/Demo1.feature :: [1] Match nodes");
    ASSERT_EQ(s.steps.size(), 4u);
    EXPECT_EQ(s.steps[0].keyword, "Given");
    EXPECT_EQ(s.steps[0].text, "an empty graph");
    EXPECT_EQ(s.steps[1].text, "executing query:");
    EXPECT_EQ(*s.steps[1].docString, "MATCH (n)\nRETURN n");
    ASSERT_TRUE(s.steps[2].table.has_value());
    EXPECT_EQ(*s.steps[2].table, (steppe::tck::DataTable{{"n"}, {"(:A)"}}));
    EXPECT_EQ(s.steps[3].text, "no side effects");
    EXPECT_EQ(s.steps[3].line, 17);
}

TEST(TckFeatureParser, StripsDocStringIndentationUpToTheOpeningQuotes) {
    const Feature f = parseOk("Feature: F\n"
                              "  Scenario: [1] s\n"
                              "    When executing query:\n"
                              "      \"\"\"\n"
                              "      CREATE (a),\n"
                              "             (b)\n"
                              "    RETURN 1\n" // less indented than the quotes: all blanks go
                              "\n"
                              "      \"\"\"\n");
    EXPECT_EQ(*f.scenarios[0].steps[0].docString, "CREATE (a),\n       (b)\nRETURN 1\n");
}

TEST(TckFeatureParser, StripsTabIndentedDocStrings) {
    // As in Pattern1.feature: a TAB, or a TAB and a space, before the quotes.
    const Feature f = parseOk("Feature: F\n"
                              "  Scenario: [1] s\n"
                              "    When executing query:\n"
                              "\t\"\"\"\n"
                              "\tMATCH (n) RETURN n\n"
                              "\t\"\"\"\n"
                              "    And having executed:\n"
                              "\t \"\"\"\n"
                              "\t CREATE (a)\n"
                              "\t   -[:R]->(b)\n"
                              "\t \"\"\"\n");
    EXPECT_EQ(*f.scenarios[0].steps[0].docString, "MATCH (n) RETURN n");
    EXPECT_EQ(*f.scenarios[0].steps[1].docString, "CREATE (a)\n  -[:R]->(b)");
}

TEST(TckFeatureParser, AcceptsCrlfLineEndings) {
    const Feature f = parseOk("Feature: F\r\n\r\n"
                              "  Scenario: [1] s\r\n"
                              "    When executing query:\r\n"
                              "      \"\"\"\r\n"
                              "      UNWIND [1, 2] AS x\r\n"
                              "      RETURN x\r\n"
                              "      \"\"\"\r\n"
                              "    Then the result should be, in order:\r\n"
                              "      | x |\r\n"
                              "      | 1 |\r\n");
    const Scenario& s = f.scenarios[0];
    EXPECT_EQ(s.name, "[1] s");
    EXPECT_EQ(s.steps[0].text, "executing query:");
    EXPECT_EQ(*s.steps[0].docString, "UNWIND [1, 2] AS x\nRETURN x");
    EXPECT_EQ(*s.steps[1].table, (steppe::tck::DataTable{{"x"}, {"1"}}));
}

TEST(TckFeatureParser, AppliesGherkinCellEscapes) {
    // The README's examples, exactly as they are written in the feature files.
    EXPECT_EQ(splitTableRow(R"(| '\nFoo\n' |)"), std::vector<std::string>{"'\nFoo\n'"});
    const std::vector<std::string> cells = splitTableRow(R"(| 'a\\\\bcn5t\'"\\\\//\\\\"\'' |)");
    ASSERT_EQ(cells.size(), 1u);
    EXPECT_EQ(cells[0], R"('a\\bcn5t\'"\\//\\"\'')");
    std::string error;
    const auto value = steppe::tck::parseTckValue(cells[0], &error);
    ASSERT_TRUE(value) << error;
    EXPECT_EQ(value->as<std::string>(), R"(a\bcn5t'"\//\"')");

    EXPECT_EQ(splitTableRow(R"(| a\|b | c\\|)"), (std::vector<std::string>{"a|b", "c\\"}));
    EXPECT_EQ(splitTableRow(R"(|  | x  |)"), (std::vector<std::string>{"", "x"}));
    EXPECT_EQ(splitTableRow("|"), std::vector<std::string>{});
    EXPECT_EQ(splitTableRow("  | a | b | trailing"), (std::vector<std::string>{"a", "b"}));
}

TEST(TckFeatureParser, ExpandsOutlinesRowByRow) {
    const Feature f = parseOk(R"(Feature: F
  Scenario Outline: [7] Index <what> #Example: <name>
    Given any graph
    And parameters are:
      | idx | <idx> |
    When executing query:
      """
      RETURN <expr> AS r, '<unknown>' AS u
      """
    Then the result should be, in any order:
      | r      |
      | <want> |

    Examples:
      | what  | idx | expr     | want | name |
      | list  | 0   | [1][0]   | 1    | one  |
      | empty |     | [][<idx] | null | two  |
)");
    ASSERT_EQ(f.scenarios.size(), 2u);
    const Scenario& first = f.scenarios[0];
    EXPECT_EQ(first.name, "[7] Index list #Example: one");
    EXPECT_EQ(first.exampleRow, 1);
    EXPECT_EQ(first.id(), "clauses/demo/Demo1.feature :: [7] Index list #Example: one :: row 1");
    EXPECT_EQ(*first.steps[2].docString, "RETURN [1][0] AS r, '<unknown>' AS u");
    EXPECT_EQ((*first.steps[1].table)[0][1], "0");
    EXPECT_EQ((*first.steps[3].table)[1][0], "1");
    const Scenario& second = f.scenarios[1];
    EXPECT_EQ(second.exampleRow, 2);
    EXPECT_EQ((*second.steps[1].table)[0][1], ""); // an empty cell substitutes ""
    // One pass: the substituted `[][<idx]` is not substituted again.
    EXPECT_EQ(*second.steps[2].docString, "RETURN [][<idx] AS r, '<unknown>' AS u");
}

TEST(TckFeatureParser, PrependsBackgroundAndKeepsTags) {
    const Feature f = parseOk(R"(@featureTag
Feature: F

  Background:
    Given an empty graph
    And having executed:
      """
      CREATE ()
      """

  # Comment between scenarios; commented-out steps are ignored:
  #  Scenario: [0] old
  @ignore @skipStyleCheck
  Scenario: [1] a
    When executing query:
      """
      # not a comment inside a doc string
      MATCH (n) RETURN n
      """
    Then the result should be empty

  Scenario: [2] b
    When executing query:
      """
      RETURN 1
      """
)");
    ASSERT_EQ(f.scenarios.size(), 2u);
    const Scenario& a = f.scenarios[0];
    EXPECT_TRUE(a.hasTag("@ignore"));
    EXPECT_TRUE(a.hasTag("@skipStyleCheck"));
    EXPECT_TRUE(a.hasTag("@featureTag"));
    ASSERT_EQ(a.steps.size(), 4u);
    EXPECT_EQ(a.steps[0].text, "an empty graph");
    EXPECT_EQ(*a.steps[1].docString, "CREATE ()");
    EXPECT_EQ(*a.steps[2].docString, "# not a comment inside a doc string\nMATCH (n) RETURN n");
    const Scenario& b = f.scenarios[1];
    EXPECT_FALSE(b.hasTag("@ignore"));
    EXPECT_EQ(b.steps.size(), 3u);
}

TEST(TckFeatureParser, KeepsNewlinesOutOfIds) {
    Scenario s;
    s.featurePath = "a/B.feature";
    s.name = "[1] x\ny";
    s.exampleRow = 3;
    EXPECT_EQ(s.id(), "a/B.feature :: [1] x\\ny :: row 3");
}

TEST(TckFeatureParser, ReportsMalformedFilesWithALine) {
    auto unclosed = parseFeature("Feature: F\n  Scenario: [1] s\n    When executing query:\n"
                                 "      \"\"\"\n      RETURN 1\n",
                                 "x.feature");
    EXPECT_EQ(unclosed.error, "x.feature:4: doc string is not closed");
    auto shortRow = parseFeature("Feature: F\n  Scenario Outline: [1] s\n    Given any graph\n"
                                 "    Examples:\n      | a | b |\n      | 1 |\n",
                                 "y.feature");
    EXPECT_EQ(shortRow.error, "y.feature:6: an Examples row has 1 cells, not 2");
    auto stray =
        parseFeature("Feature: F\n  Scenario: [1] s\n    Given any graph\n    oops\n", "z.feature");
    EXPECT_EQ(stray.error, "z.feature:4: unexpected line: oops");
}

} // namespace
