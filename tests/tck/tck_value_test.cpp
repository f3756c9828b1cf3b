#include <cmath>
#include <cstdint>
#include <limits>
#include <string>

#include <gtest/gtest.h>

#include "tests/tck/tck_value.hpp"

namespace {

using steppe::tck::ListOrder;
using steppe::tck::matches;
using steppe::tck::parseTckValue;
using steppe::tck::render;
using steppe::tck::renderFloat;
using steppe::tck::TckList;
using steppe::tck::TckMap;
using steppe::tck::TckNode;
using steppe::tck::TckNull;
using steppe::tck::TckPath;
using steppe::tck::TckRelationship;
using steppe::tck::TckValue;

TckValue parse(const std::string& text) {
    std::string error;
    std::optional<TckValue> value = parseTckValue(text, &error);
    EXPECT_TRUE(value) << error;
    return value ? *value : TckValue();
}

std::string parseError(const std::string& text) {
    std::string error;
    EXPECT_FALSE(parseTckValue(text, &error)) << text;
    return error;
}

bool same(const std::string& a, const std::string& b, ListOrder order = ListOrder::kOrdered) {
    return matches(parse(a), parse(b), order);
}

TEST(TckValue, ParsesScalars) {
    EXPECT_TRUE(parse("null").is<TckNull>());
    EXPECT_EQ(parse("true").as<bool>(), true);
    EXPECT_EQ(parse(" false ").as<bool>(), false);
    EXPECT_EQ(parse("0").as<std::int64_t>(), 0);
    EXPECT_EQ(parse("-1").as<std::int64_t>(), -1);
    EXPECT_EQ(parse("9223372036854775807").as<std::int64_t>(),
              std::numeric_limits<std::int64_t>::max());
    EXPECT_EQ(parse("-9223372036854775808").as<std::int64_t>(),
              std::numeric_limits<std::int64_t>::min());
    EXPECT_EQ(parse("1.0").as<double>(), 1.0);
    EXPECT_EQ(parse("-0.00001").as<double>(), -0.00001);
    EXPECT_EQ(parse(".5").as<double>(), 0.5);
    EXPECT_EQ(parse("1e308").as<double>(), 1e308);
    EXPECT_EQ(parse("-1e-305").as<double>(), -1e-305);
    EXPECT_EQ(parse("1.23456789e308").as<double>(), 1.23456789e308);
    EXPECT_EQ(parse("30.94856").as<double>(), 30.94856);
    EXPECT_TRUE(std::isnan(parse("NaN").as<double>()));
    EXPECT_EQ(parse("-Infinity").as<double>(), -std::numeric_limits<double>::infinity());
}

TEST(TckValue, ParsesStringsWithEscapes) {
    EXPECT_EQ(parse("''").as<std::string>(), "");
    EXPECT_EQ(parse("'abc'").as<std::string>(), "abc");
    EXPECT_EQ(parse(R"('\'')").as<std::string>(), "'");
    EXPECT_EQ(parse(R"('a\\b')").as<std::string>(), R"(a\b)");
    EXPECT_EQ(parse(R"('\d')").as<std::string>(), R"(\d)"); // other backslashes stay
    EXPECT_EQ(parse("'\nFoo\n'").as<std::string>(), "\nFoo\n");
    EXPECT_EQ(parse("'[:T] (n) {a: 1}, |'").as<std::string>(), "[:T] (n) {a: 1}, |");
}

TEST(TckValue, ParsesListsAndMaps) {
    EXPECT_TRUE(parse("[]").as<TckList>().empty());
    const TckList list = parse("[1, 'a', null, [2.5, []]]").as<TckList>();
    ASSERT_EQ(list.size(), 4u);
    EXPECT_EQ(list[1].as<std::string>(), "a");
    EXPECT_EQ(list[3].as<TckList>()[0].as<double>(), 2.5);
    EXPECT_TRUE(parse("{}").as<TckMap>().empty());
    const TckMap map =
        parse("{name: 'Alice', age: 38, address: {city: 'London', residential: true}}")
            .as<TckMap>();
    ASSERT_EQ(map.size(), 3u);
    EXPECT_EQ(map[0].first, "address"); // sorted by key
    EXPECT_EQ(map[0].second.as<TckMap>()[1].second.as<bool>(), true);
    EXPECT_EQ(map[1].second.as<std::int64_t>(), 38);
    EXPECT_TRUE(same("{a: 1, b: 'x'}", "{b: 'x', a: 1}"));
    EXPECT_FALSE(same("{a: 1}", "{a: 1, b: 2}"));
}

TEST(TckValue, ParsesDeeplyNestedLiterals) {
    std::string deep = std::string(40, '[') + "1" + std::string(40, ']');
    EXPECT_EQ(render(parse(deep)), deep);
    std::string maps = "{a1: {a2: {a3: {a4: {a5: 'x'}}}}}";
    EXPECT_EQ(render(parse(maps)), maps);
    EXPECT_EQ(parseError(std::string(5000, '[')).substr(0, 17), "nested too deeply");
}

TEST(TckValue, ParsesNodesRelationshipsAndPaths) {
    const TckNode empty = parse("()").as<TckNode>();
    EXPECT_TRUE(empty.labels.empty() && empty.properties.empty());
    const TckNode node = parse("(:B:A {name: 'b', num: 1})").as<TckNode>();
    EXPECT_EQ(node.labels, (std::vector<std::string>{"A", "B"}));
    EXPECT_EQ(node.properties.size(), 2u);
    EXPECT_EQ(parse("({num: 1})").as<TckNode>().properties[0].first, "num");

    const TckRelationship rel = parse("[:KNOWS {name: 'ab'}]").as<TckRelationship>();
    EXPECT_EQ(rel.type, "KNOWS");
    EXPECT_EQ(rel.properties[0].second.as<std::string>(), "ab");
    EXPECT_TRUE(parse("[ :T ]").is<TckRelationship>());
    const TckList rels = parse("[[:T], [:U]]").as<TckList>();
    EXPECT_TRUE(rels[0].is<TckRelationship>());
    EXPECT_TRUE(parse("[(:A), (:B)]").as<TckList>()[1].is<TckNode>());
    EXPECT_TRUE(parse("{node1: (:A), rel: [:T]}").as<TckMap>()[1].second.is<TckRelationship>());

    EXPECT_TRUE(parse("<()>").as<TckPath>().steps.empty());
    const TckPath path = parse("<(:A)-[:T1]->(:B)<-[:T2 {k: 1}]-(:C)>").as<TckPath>();
    EXPECT_EQ(path.start.labels[0], "A");
    ASSERT_EQ(path.steps.size(), 2u);
    EXPECT_TRUE(path.steps[0].forward);
    EXPECT_EQ(path.steps[0].relationship.type, "T1");
    EXPECT_EQ(path.steps[0].node.labels[0], "B");
    EXPECT_FALSE(path.steps[1].forward);
    EXPECT_EQ(path.steps[1].node.labels[0], "C");
}

TEST(TckValue, RejectsMalformedCells) {
    EXPECT_EQ(parseError("'abc").substr(0, 20), "string is not closed");
    EXPECT_EQ(parseError("(:A").substr(0, 12), "expected ')'");
    EXPECT_EQ(parseError("{a 1}").substr(0, 12), "expected ':'");
    EXPECT_EQ(parseError("1 2").substr(0, 31), "unexpected text after the value");
    EXPECT_EQ(parseError("9223372036854775808").substr(0, 31), "integer out of the 64-bit range");
    EXPECT_EQ(parseError("<(:A)-[:T]-(:B)>").substr(0, 13), "expected '->'");
    EXPECT_EQ(parseError("nullx").substr(0, 16), "expected a value");
    EXPECT_EQ(parseError("").substr(0, 35), "expected a value, found the end at ");
}

TEST(TckValue, ComparesByKindAndExactFloats) {
    EXPECT_TRUE(same("1", "1"));
    EXPECT_FALSE(same("1", "1.0")); // integer is not float
    EXPECT_TRUE(same("1.0", "1.00"));
    EXPECT_FALSE(same("0.1", "0.10000000000000002"));
    EXPECT_TRUE(same("NaN", "NaN"));
    EXPECT_FALSE(same("NaN", "1.0"));
    EXPECT_FALSE(same("null", "false"));
    EXPECT_TRUE(same("null", "null"));
    EXPECT_FALSE(same("'a'", "'A'"));
    EXPECT_FALSE(same("[1, 2]", "[2, 1]"));
    EXPECT_FALSE(same("[1]", "[1, 1]"));
    EXPECT_FALSE(same("(:A)", "[:A]"));
}

TEST(TckValue, ComparesGraphElementsWithoutIdentity) {
    EXPECT_TRUE(same("(:A:B {k: 1})", "(:B:A {k: 1})"));
    EXPECT_FALSE(same("(:A)", "(:A:B)"));
    EXPECT_FALSE(same("(:A {k: 1})", "(:A {k: 1.0})"));
    EXPECT_TRUE(same("[:T {a: 1, b: 2}]", "[:T {b: 2, a: 1}]"));
    EXPECT_FALSE(same("[:T]", "[:U]"));
    EXPECT_TRUE(same("<(:A)-[:T]->(:B)>", "<(:A)-[:T]->(:B)>"));
    EXPECT_FALSE(same("<(:A)-[:T]->(:B)>", "<(:A)<-[:T]-(:B)>"));
    EXPECT_FALSE(same("<(:A)-[:T]->(:B)>", "<(:B)<-[:T]-(:A)>"));
    EXPECT_FALSE(same("<(:A)>", "<(:A)-[:T]->(:B)>"));
}

TEST(TckValue, CanIgnoreListOrderAtAnyDepth) {
    EXPECT_TRUE(same("[1, 2, 2]", "[2, 1, 2]", ListOrder::kIgnored));
    EXPECT_FALSE(same("[1, 2, 2]", "[1, 1, 2]", ListOrder::kIgnored));
    EXPECT_TRUE(same("{k: [[1, 2], [3]]}", "{k: [[3], [2, 1]]}", ListOrder::kIgnored));
    EXPECT_TRUE(same("[(:A {l: [1, 2]}), (:B)]", "[(:B), (:A {l: [2, 1]})]", ListOrder::kIgnored));
    EXPECT_FALSE(same("{k: [1, 2]}", "{k: [2, 1]}"));
}

TEST(TckValue, RendersInTheTckGrammar) {
    for (const char* text :
         {"null", "true", "-7", "1.0", "'it\\'s'", "[1, [], {}]", "{a: 1, b: [null]}", "()",
          "(:A:B {k: 'v'})", "({k: 1})", "[:T]", "[:T {k: 2}]", "<(:A)-[:T]->(:B)<-[:U]-()>"}) {
        EXPECT_EQ(render(parse(text)), text);
    }
}

TEST(TckValue, RendersFloatsLikeTheTck) {
    EXPECT_EQ(renderFloat(1.0), "1.0");
    EXPECT_EQ(renderFloat(-0.5), "-0.5");
    EXPECT_EQ(renderFloat(0.1), "0.1");
    EXPECT_EQ(renderFloat(30.94856), "30.94856");
    EXPECT_EQ(renderFloat(1e9), "1000000000.0");
    EXPECT_EQ(renderFloat(0.000001), "0.000001");
    EXPECT_EQ(renderFloat(1e308), "1e308");
    EXPECT_EQ(renderFloat(-1e-305), "-1e-305");
    EXPECT_EQ(renderFloat(1.2635418652381264e305), "1.2635418652381264e305");
    EXPECT_EQ(renderFloat(std::nan("")), "NaN");
    EXPECT_EQ(renderFloat(std::numeric_limits<double>::infinity()), "Infinity");
    // Whatever it prints reads back as the same double.
    for (double d : {0.1 + 0.2, 1.0 / 3, 123456789.123456789, 5e-324, 1.7976931348623157e308}) {
        EXPECT_EQ(parse(renderFloat(d)).as<double>(), d) << renderFloat(d);
    }
}

} // namespace
