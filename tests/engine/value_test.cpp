#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "steppe/value.hpp"

namespace {

using steppe::NodeRef;
using steppe::PathValue;
using steppe::RelRef;
using steppe::Value;
using steppe::ValueKind;

constexpr std::int64_t kTwoPow53 = std::int64_t{1} << 53;
constexpr std::int64_t kInt64Max = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kInt64Min = std::numeric_limits<std::int64_t>::min();
constexpr double kTwoPow63 = 9223372036854775808.0;
const double kNaN = std::numeric_limits<double>::quiet_NaN();
const double kInf = std::numeric_limits<double>::infinity();

Value i(std::int64_t x) {
    return Value::integer(x);
}
Value f(double x) {
    return Value::floating(x);
}
Value s(std::string x) {
    return Value::string(std::move(x));
}
Value list(steppe::ValueList items) {
    return Value::list(std::move(items));
}
Value path(const std::vector<std::uint32_t>& nodes, const std::vector<std::uint32_t>& rels) {
    PathValue p;
    for (std::uint32_t n : nodes) {
        p.nodes.push_back(NodeRef{n});
    }
    for (std::uint32_t r : rels) {
        p.relationships.push_back(RelRef{r});
    }
    return Value::path(std::move(p));
}

// The sign of a three-way result, so tests do not depend on the magnitude.
int sign(int x) {
    return (x > 0) - (x < 0);
}
std::optional<int> sign(std::optional<int> x) {
    return x ? std::optional<int>(sign(*x)) : std::nullopt;
}

TEST(ValueTest, FactoriesSetKindAndPayload) {
    EXPECT_TRUE(Value().isNull());
    EXPECT_EQ(Value::null().kind(), ValueKind::kNull);
    EXPECT_TRUE(Value::boolean(true).asBoolean());
    EXPECT_EQ(i(-42).asInteger(), -42);
    EXPECT_EQ(f(2.5).asFloat(), 2.5);
    EXPECT_EQ(s("Astana").asString(), "Astana");
    EXPECT_EQ(list({i(1), i(2)}).asList().size(), 2u);
    EXPECT_EQ(Value::node(NodeRef{3}).asNode().index, 3u);
    EXPECT_EQ(Value::relationship(RelRef{7}).asRelationship().index, 7u);
    EXPECT_EQ(path({0, 2}, {1}).asPath().nodes.size(), 2u);
    EXPECT_TRUE(i(1).isNumber());
    EXPECT_TRUE(f(1).isNumber());
    EXPECT_FALSE(s("1").isNumber());
}

TEST(ValueTest, AsNumberConvertsBothNumberKinds) {
    EXPECT_EQ(i(7).asNumber(), 7.0);
    EXPECT_EQ(i(-3).asNumber(), -3.0);
    EXPECT_EQ(f(0.25).asNumber(), 0.25);
}

TEST(ValueTest, KindNames) {
    const std::vector<std::pair<ValueKind, std::string>> expected = {
        {ValueKind::kNull, "NULL"},
        {ValueKind::kBoolean, "BOOLEAN"},
        {ValueKind::kInteger, "INTEGER"},
        {ValueKind::kFloat, "FLOAT"},
        {ValueKind::kString, "STRING"},
        {ValueKind::kList, "LIST"},
        {ValueKind::kMap, "MAP"},
        {ValueKind::kNode, "NODE"},
        {ValueKind::kRelationship, "RELATIONSHIP"},
        {ValueKind::kPath, "PATH"},
    };
    for (const auto& [kind, name] : expected) {
        EXPECT_EQ(steppe::valueKindName(kind), name);
    }
}

TEST(ValueTest, MapSortsKeysAndLastDuplicateWins) {
    Value m = Value::map({{"name", s("x")}, {"age", i(3)}, {"name", s("y")}, {"b", i(0)}});
    const steppe::ValueMap& entries = m.asMap();
    ASSERT_EQ(entries.size(), 3u);
    EXPECT_EQ(entries[0].first, "age");
    EXPECT_EQ(entries[1].first, "b");
    EXPECT_EQ(entries[2].first, "name");
    EXPECT_EQ(entries[2].second.asString(), "y");

    ASSERT_NE(m.find("age"), nullptr);
    EXPECT_EQ(m.find("age")->asInteger(), 3);
    ASSERT_NE(m.find("name"), nullptr);
    EXPECT_EQ(m.find("name")->asString(), "y");
    EXPECT_EQ(m.find("nam"), nullptr);
    EXPECT_EQ(m.find("zzz"), nullptr);
    EXPECT_EQ(m.find(""), nullptr);
    EXPECT_EQ(Value::map({}).find("a"), nullptr);
}

TEST(ValueTest, MapWithManyDuplicatesKeepsTheLast) {
    steppe::ValueMap entries;
    for (int k = 0; k < 50; ++k) {
        entries.emplace_back(std::string(1, static_cast<char>('a' + k % 5)), i(k));
    }
    Value m = Value::map(std::move(entries));
    ASSERT_EQ(m.asMap().size(), 5u);
    for (int k = 0; k < 5; ++k) {
        const Value* v = m.find(std::string(1, static_cast<char>('a' + k)));
        ASSERT_NE(v, nullptr);
        EXPECT_EQ(v->asInteger(), 45 + k);
    }
}

TEST(ValueEqualsTest, NullMakesTheAnswerNull) {
    EXPECT_EQ(equals(Value(), Value()), std::nullopt);
    EXPECT_EQ(equals(Value(), i(1)), std::nullopt);
    EXPECT_EQ(equals(s("a"), Value()), std::nullopt);
}

TEST(ValueEqualsTest, NullInsideListsDecidesOnlyWhenNothingElseDoes) {
    EXPECT_EQ(equals(list({i(1), Value()}), list({i(1), i(2)})), std::nullopt);
    EXPECT_EQ(equals(list({i(1), Value()}), list({i(2), i(2)})), false);
    EXPECT_EQ(equals(list({Value(), i(1)}), list({i(2), i(2)})), false); // false after a null
    EXPECT_EQ(equals(list({i(1), Value()}), list({i(1), Value(), i(3)})), false); // length
    EXPECT_EQ(equals(list({list({Value()})}), list({list({i(1)})})), std::nullopt);
    EXPECT_EQ(equals(list({i(1), i(2)}), list({i(1), i(2)})), true);
    EXPECT_EQ(equals(list({}), list({})), true);
}

TEST(ValueEqualsTest, Maps) {
    Value a1 = Value::map({{"a", i(1)}});
    EXPECT_EQ(equals(a1, Value::map({{"a", f(1.0)}})), true);
    EXPECT_EQ(equals(a1, Value::map({{"b", i(1)}})), false);
    EXPECT_EQ(equals(a1, Value::map({{"a", i(1)}, {"b", i(2)}})), false);
    EXPECT_EQ(equals(Value::map({{"a", Value()}}), a1), std::nullopt);
    EXPECT_EQ(
        equals(Value::map({{"a", Value()}, {"b", i(1)}}), Value::map({{"a", i(1)}, {"b", i(2)}})),
        false);
    EXPECT_EQ(
        equals(Value::map({{"b", i(2)}, {"a", i(1)}}), Value::map({{"a", i(1)}, {"b", i(2)}})),
        true);
}

TEST(ValueEqualsTest, DifferentKindsAreUnequal) {
    EXPECT_EQ(equals(i(1), s("1")), false);
    EXPECT_EQ(equals(Value::boolean(true), i(1)), false);
    EXPECT_EQ(equals(list({i(1)}), i(1)), false);
    EXPECT_EQ(equals(Value::node(NodeRef{1}), Value::relationship(RelRef{1})), false);
    EXPECT_EQ(equals(Value::map({}), list({})), false);
}

TEST(ValueEqualsTest, ScalarsAndGraphReferences) {
    EXPECT_EQ(equals(s("abc"), s("abc")), true);
    EXPECT_EQ(equals(s("abc"), s("abd")), false);
    EXPECT_EQ(equals(Value::boolean(false), Value::boolean(false)), true);
    EXPECT_EQ(equals(Value::boolean(false), Value::boolean(true)), false);
    EXPECT_EQ(equals(Value::node(NodeRef{4}), Value::node(NodeRef{4})), true);
    EXPECT_EQ(equals(Value::node(NodeRef{4}), Value::node(NodeRef{5})), false);
    EXPECT_EQ(equals(Value::relationship(RelRef{4}), Value::relationship(RelRef{4})), true);
    EXPECT_EQ(equals(path({0, 1}, {9}), path({0, 1}, {9})), true);
    EXPECT_EQ(equals(path({0, 1}, {9}), path({0, 1}, {8})), false);
    EXPECT_EQ(equals(path({0}, {}), path({0, 1}, {9})), false);
}

TEST(ValueNumberTest, IntegersAndFloatsCompareNumerically) {
    EXPECT_EQ(equals(i(1), f(1.0)), true);
    EXPECT_EQ(equals(f(1.0), i(1)), true);
    EXPECT_EQ(equals(i(1), f(1.5)), false);
    EXPECT_EQ(equals(i(0), f(-0.0)), true);
    EXPECT_EQ(equals(f(0.0), f(-0.0)), true);
    EXPECT_EQ(sign(compare(i(1), f(1.5))), -1);
    EXPECT_EQ(sign(compare(f(1.5), i(1))), 1);
    EXPECT_EQ(sign(compare(i(-2), f(-1.5))), -1);
    EXPECT_EQ(sign(compare(i(-1), f(-1.5))), 1);
    EXPECT_EQ(sign(compare(i(0), f(-0.5))), 1);
    EXPECT_EQ(sign(compare(i(0), f(0.5))), -1);
    EXPECT_EQ(sign(compare(i(3), i(3))), 0);
    EXPECT_EQ(sign(compare(f(2.0), i(2))), 0);
}

TEST(ValueNumberTest, ExactNearTwoPow53) {
    // 2^53 + 1 is the first integer a double cannot hold; converting it would round to 2^53.
    double twoPow53 = static_cast<double>(kTwoPow53);
    EXPECT_EQ(equals(i(kTwoPow53 + 1), f(twoPow53)), false);
    EXPECT_EQ(sign(compare(i(kTwoPow53 + 1), f(twoPow53))), 1);
    EXPECT_EQ(sign(compare(f(twoPow53), i(kTwoPow53 + 1))), -1);
    EXPECT_EQ(equals(i(kTwoPow53), f(twoPow53)), true);
    EXPECT_EQ(sign(compare(i(-kTwoPow53 - 1), f(-twoPow53))), -1);
    EXPECT_NE(orderCompare(i(kTwoPow53 + 1), f(twoPow53)), 0);
    EXPECT_FALSE(equivalent(i(kTwoPow53 + 1), f(twoPow53)));
    EXPECT_TRUE(equivalent(i(kTwoPow53), f(twoPow53)));
}

TEST(ValueNumberTest, ExactNearTwoPow63) {
    // INT64_MAX = 2^63 - 1, but static_cast<double>(INT64_MAX) is 2^63.
    EXPECT_EQ(equals(i(kInt64Max), f(kTwoPow63)), false);
    EXPECT_EQ(sign(compare(i(kInt64Max), f(kTwoPow63))), -1);
    EXPECT_EQ(sign(compare(f(kTwoPow63), i(kInt64Max))), 1);
    EXPECT_EQ(sign(orderCompare(i(kInt64Max), f(kTwoPow63))), -1);
    EXPECT_EQ(equals(i(kInt64Min), f(-kTwoPow63)), true);
    EXPECT_EQ(sign(compare(i(kInt64Min), f(-kTwoPow63 * 2))), 1);
    EXPECT_EQ(sign(compare(i(kInt64Min + 1), f(-kTwoPow63))), 1);
    EXPECT_EQ(sign(compare(i(kInt64Max), f(kInf))), -1);
    EXPECT_EQ(sign(compare(i(kInt64Min), f(-kInf))), 1);
    EXPECT_EQ(sign(compare(i(kInt64Min), i(kInt64Max))), -1);
    // The largest double below 2^63 is an integer, 2^63 - 1024.
    double below = std::nextafter(kTwoPow63, 0.0);
    EXPECT_EQ(equals(i(kInt64Max - 1023), f(below)), true);
    EXPECT_EQ(sign(compare(i(kInt64Max - 1022), f(below))), 1);
}

TEST(ValueNumberTest, NaN) {
    EXPECT_EQ(equals(f(kNaN), f(kNaN)), false);
    EXPECT_EQ(equals(f(kNaN), i(1)), false);
    EXPECT_EQ(equals(i(1), f(kNaN)), false);
    EXPECT_EQ(equals(list({f(kNaN)}), list({f(kNaN)})), false);
    EXPECT_EQ(compare(f(kNaN), f(1.0)), std::nullopt);
    EXPECT_EQ(compare(i(1), f(kNaN)), std::nullopt);
    EXPECT_EQ(compare(f(kNaN), f(kNaN)), std::nullopt);
    // ORDER BY puts NaN after every other number, even infinity, and ties it with itself.
    EXPECT_GT(orderCompare(f(kNaN), f(kInf)), 0);
    EXPECT_LT(orderCompare(i(kInt64Max), f(kNaN)), 0);
    EXPECT_EQ(orderCompare(f(kNaN), f(-kNaN)), 0);
    EXPECT_LT(orderCompare(f(kNaN), Value()), 0);
    EXPECT_TRUE(equivalent(f(kNaN), f(-kNaN)));
    EXPECT_FALSE(equivalent(f(kNaN), i(0)));
}

TEST(ValueCompareTest, Strings) {
    EXPECT_EQ(sign(compare(s("a"), s("b"))), -1);
    EXPECT_EQ(sign(compare(s("b"), s("a"))), 1);
    EXPECT_EQ(sign(compare(s("a"), s("ab"))), -1);
    EXPECT_EQ(sign(compare(s(""), s("a"))), -1);
    EXPECT_EQ(sign(compare(s("Z"), s("a"))), -1);
    EXPECT_EQ(sign(compare(s("abc"), s("abc"))), 0);
    // Code-point order: U+00E9 (bytes C3 A9) after 'z', U+4E00 after U+00E9, and U+10000 (a
    // four-byte sequence) after U+FFFD. Bytes >= 0x80 must not compare as negative chars.
    EXPECT_EQ(sign(compare(s("\u00e9"), s("z"))), 1);
    EXPECT_EQ(sign(compare(s("\u00e9"), s("\u4e00"))), -1);
    EXPECT_EQ(sign(compare(s("\U00010000"), s("\ufffd"))), 1);
    EXPECT_EQ(sign(orderCompare(s("\u00e9"), s("z"))), 1);
}

TEST(ValueCompareTest, BooleansAndIncomparableKinds) {
    EXPECT_EQ(sign(compare(Value::boolean(false), Value::boolean(true))), -1);
    EXPECT_EQ(sign(compare(Value::boolean(true), Value::boolean(true))), 0);
    EXPECT_EQ(compare(Value::boolean(true), i(1)), std::nullopt);
    EXPECT_EQ(compare(i(1), s("1")), std::nullopt);
    EXPECT_EQ(compare(Value(), Value()), std::nullopt);
    EXPECT_EQ(compare(Value(), i(1)), std::nullopt);
    EXPECT_EQ(compare(Value::map({}), Value::map({})), std::nullopt);
    EXPECT_EQ(compare(Value::node(NodeRef{1}), Value::node(NodeRef{2})), std::nullopt);
    EXPECT_EQ(compare(Value::relationship(RelRef{1}), Value::relationship(RelRef{2})),
              std::nullopt);
    EXPECT_EQ(compare(path({0}, {}), path({1}, {})), std::nullopt);
}

TEST(ValueCompareTest, ListsAreLexicographic) {
    EXPECT_EQ(sign(compare(list({i(1), i(2)}), list({i(1), i(3)}))), -1);
    EXPECT_EQ(sign(compare(list({i(1), i(3)}), list({i(1), i(2)}))), 1);
    EXPECT_EQ(sign(compare(list({i(1)}), list({i(1), i(0)}))), -1);
    EXPECT_EQ(sign(compare(list({}), list({i(0)}))), -1);
    EXPECT_EQ(sign(compare(list({i(1), f(2.0)}), list({f(1.0), i(2)}))), 0);
    EXPECT_EQ(sign(compare(list({s("a"), list({i(1)})}), list({s("a"), list({i(2)})}))), -1);
    // An element that cannot be compared makes the answer null, unless an earlier one decides.
    EXPECT_EQ(compare(list({i(1), s("a")}), list({i(1), i(2)})), std::nullopt);
    EXPECT_EQ(compare(list({i(1), Value()}), list({i(1), i(2)})), std::nullopt);
    EXPECT_EQ(compare(list({f(kNaN)}), list({i(1)})), std::nullopt);
    EXPECT_EQ(sign(compare(list({i(1), Value()}), list({i(2), i(2)}))), -1);
    EXPECT_EQ(compare(list({i(1)}), i(1)), std::nullopt);
}

TEST(ValueOrderTest, GlobalOrderAcrossKinds) {
    // One value of each kind, in the ascending ORDER BY order.
    const std::vector<Value> expected = {
        Value::map({{"a", i(1)}}),
        Value::node(NodeRef{5}),
        Value::relationship(RelRef{5}),
        list({i(1)}),
        path({1, 2}, {3}),
        s("text"),
        Value::boolean(true),
        i(42),
        Value(),
    };
    std::vector<Value> shuffled = expected;
    std::mt19937 random(20240601);
    for (int round = 0; round < 20; ++round) {
        std::shuffle(shuffled.begin(), shuffled.end(), random);
        std::vector<Value> sorted = shuffled;
        std::sort(sorted.begin(), sorted.end(),
                  [](const Value& a, const Value& b) { return orderCompare(a, b) < 0; });
        ASSERT_EQ(sorted.size(), expected.size());
        for (std::size_t k = 0; k < sorted.size(); ++k) {
            EXPECT_EQ(sorted[k].kind(), expected[k].kind()) << "position " << k;
        }
    }
    for (std::size_t a = 0; a < expected.size(); ++a) {
        for (std::size_t b = 0; b < expected.size(); ++b) {
            int want = (a > b) - (a < b);
            EXPECT_EQ(sign(orderCompare(expected[a], expected[b])), want) << a << " vs " << b;
        }
    }
}

TEST(ValueOrderTest, NumbersMixAndNullIsLast) {
    std::vector<Value> values = {Value(),  f(kNaN), i(2), f(1.5), i(-7),
                                 f(-kInf), f(kInf), i(1), f(0.5)};
    std::sort(values.begin(), values.end(),
              [](const Value& a, const Value& b) { return orderCompare(a, b) < 0; });
    ASSERT_EQ(values.size(), 9u);
    EXPECT_EQ(values[0].asFloat(), -kInf);
    EXPECT_EQ(values[1].asInteger(), -7);
    EXPECT_EQ(values[2].asFloat(), 0.5);
    EXPECT_EQ(values[3].asInteger(), 1);
    EXPECT_EQ(values[4].asFloat(), 1.5);
    EXPECT_EQ(values[5].asInteger(), 2);
    EXPECT_EQ(values[6].asFloat(), kInf);
    EXPECT_TRUE(std::isnan(values[7].asFloat()));
    EXPECT_TRUE(values[8].isNull());
    EXPECT_EQ(orderCompare(i(1), f(1.0)), 0);
    EXPECT_EQ(orderCompare(Value(), Value()), 0);
}

TEST(ValueOrderTest, WithinKinds) {
    // Maps: key lists first, then values in key order.
    EXPECT_LT(orderCompare(Value::map({{"a", i(1)}}), Value::map({{"a", i(2)}})), 0);
    EXPECT_LT(orderCompare(Value::map({{"a", i(9)}}), Value::map({{"b", i(0)}})), 0);
    EXPECT_LT(orderCompare(Value::map({{"a", i(9)}}), Value::map({{"a", i(0)}, {"b", i(0)}})), 0);
    EXPECT_GT(orderCompare(Value::map({{"a", i(0)}, {"c", i(0)}}),
                           Value::map({{"a", i(9)}, {"b", i(9)}})),
              0);
    EXPECT_LT(orderCompare(Value::map({}), Value::map({{"a", Value()}})), 0);
    EXPECT_EQ(orderCompare(Value::map({{"a", i(1)}}), Value::map({{"a", f(1.0)}})), 0);
    // Lists: element by element with the same total order; null sorts last inside too.
    EXPECT_LT(orderCompare(list({i(1), i(2)}), list({i(1), Value()})), 0);
    EXPECT_LT(orderCompare(list({i(1)}), list({i(1), i(0)})), 0);
    EXPECT_LT(orderCompare(list({s("z")}), list({i(0)})), 0); // string before number
    EXPECT_LT(orderCompare(list({i(5)}), list({f(kNaN)})), 0);
    // Graph references by index; paths node, relationship, node, ...
    EXPECT_LT(orderCompare(Value::node(NodeRef{2}), Value::node(NodeRef{10})), 0);
    EXPECT_GT(orderCompare(Value::relationship(RelRef{3}), Value::relationship(RelRef{1})), 0);
    EXPECT_LT(orderCompare(path({0}, {}), path({0, 1}, {0})), 0);
    EXPECT_LT(orderCompare(path({0, 9}, {1}), path({0, 1}, {2})), 0);
    EXPECT_GT(orderCompare(path({0, 1}, {2}), path({0, 9}, {1})), 0);
    EXPECT_LT(orderCompare(path({0, 1}, {2}), path({0, 2}, {2})), 0);
    EXPECT_EQ(orderCompare(path({0, 1}, {2}), path({0, 1}, {2})), 0);
    // Strings and booleans.
    EXPECT_LT(orderCompare(s("apple"), s("banana")), 0);
    EXPECT_LT(orderCompare(Value::boolean(false), Value::boolean(true)), 0);
}

TEST(ValueEquivalentTest, GroupingIdentityAndHashAgree) {
    const std::vector<std::pair<Value, Value>> equivalentPairs = {
        {i(1), f(1.0)},
        {f(-0.0), i(0)},
        {f(0.0), f(-0.0)},
        {Value(), Value()},
        {f(kNaN), f(std::nan("1"))},
        {i(kTwoPow53), f(static_cast<double>(kTwoPow53))},
        {i(kInt64Min), f(-kTwoPow63)},
        {list({i(1), Value()}), list({f(1.0), Value()})},
        {list({f(kNaN)}), list({f(kNaN)})},
        {Value::map({{"a", Value()}, {"b", i(2)}}), Value::map({{"b", f(2.0)}, {"a", Value()}})},
        {s("x"), s("x")},
        {Value::boolean(true), Value::boolean(true)},
        {Value::node(NodeRef{3}), Value::node(NodeRef{3})},
        {path({0, 1}, {2}), path({0, 1}, {2})},
        {f(2.5), f(2.5)},
        {f(1e300), f(1e300)},
    };
    for (const auto& [a, b] : equivalentPairs) {
        EXPECT_TRUE(equivalent(a, b)) << a.toCypherLiteral() << " ~ " << b.toCypherLiteral();
        EXPECT_TRUE(equivalent(b, a)) << b.toCypherLiteral() << " ~ " << a.toCypherLiteral();
        EXPECT_EQ(hashValue(a), hashValue(b)) << a.toCypherLiteral();
    }
    const std::vector<std::pair<Value, Value>> distinctPairs = {
        {Value(), i(0)},
        {i(1), s("1")},
        {i(1), Value::boolean(true)},
        {i(1), f(1.5)},
        {f(kNaN), Value()},
        {i(kTwoPow53 + 1), f(static_cast<double>(kTwoPow53))},
        {list({i(1)}), list({i(1), Value()})},
        {Value::map({{"a", i(1)}}), Value::map({{"b", i(1)}})},
        {Value::node(NodeRef{1}), Value::relationship(RelRef{1})},
        {path({0, 1}, {2}), path({0, 1}, {3})},
        {list({}), Value::map({})},
    };
    for (const auto& [a, b] : distinctPairs) {
        EXPECT_FALSE(equivalent(a, b)) << a.toCypherLiteral() << " ~ " << b.toCypherLiteral();
        EXPECT_FALSE(equivalent(b, a)) << b.toCypherLiteral() << " ~ " << a.toCypherLiteral();
    }
}

TEST(ValueEquivalentTest, HashSpreadsDistinctValues) {
    // Not a guarantee of hashing, but a hash that ignored its input would fail this.
    std::vector<std::size_t> hashes;
    for (int k = 0; k < 100; ++k) {
        hashes.push_back(hashValue(i(k)));
        hashes.push_back(hashValue(f(k + 0.5)));
        hashes.push_back(hashValue(s(std::to_string(k))));
        hashes.push_back(hashValue(list({i(k)})));
        hashes.push_back(hashValue(Value::node(NodeRef{static_cast<std::uint32_t>(k)})));
    }
    std::sort(hashes.begin(), hashes.end());
    auto distinct = std::unique(hashes.begin(), hashes.end()) - hashes.begin();
    EXPECT_GT(distinct, 450);
}

TEST(ValueTest, CopiesCompareEqual) {
    const std::vector<Value> originals = {
        s("shared text"),
        list({i(1), s("a"), list({Value()})}),
        Value::map({{"k", list({f(0.5)})}}),
        path({4, 5, 6}, {7, 8}),
    };
    for (const Value& original : originals) {
        Value copy = original; // NOLINT(performance-unnecessary-copy-initialization)
        Value assigned;
        assigned = copy;
        EXPECT_EQ(copy.kind(), original.kind());
        EXPECT_TRUE(equivalent(copy, original));
        EXPECT_TRUE(equivalent(assigned, original));
        EXPECT_EQ(orderCompare(copy, original), 0);
        EXPECT_EQ(hashValue(copy), hashValue(original));
        EXPECT_EQ(copy.toCypherLiteral(), original.toCypherLiteral());
        Value moved = std::move(copy);
        EXPECT_TRUE(equivalent(moved, original));
    }
    EXPECT_EQ(equals(s("shared text"), originals[0]), true);
}

TEST(ValueLiteralTest, Scalars) {
    EXPECT_EQ(Value().toCypherLiteral(), "null");
    EXPECT_EQ(Value::boolean(true).toCypherLiteral(), "true");
    EXPECT_EQ(Value::boolean(false).toCypherLiteral(), "false");
    EXPECT_EQ(i(42).toCypherLiteral(), "42");
    EXPECT_EQ(i(-7).toCypherLiteral(), "-7");
    EXPECT_EQ(i(kInt64Min).toCypherLiteral(), "-9223372036854775808");
}

TEST(ValueLiteralTest, FloatsAlwaysReadAsFloats) {
    EXPECT_EQ(f(1.0).toCypherLiteral(), "1.0");
    EXPECT_EQ(f(-0.5).toCypherLiteral(), "-0.5");
    EXPECT_EQ(f(2.5).toCypherLiteral(), "2.5");
    EXPECT_EQ(f(100.0).toCypherLiteral(), "100.0");
    EXPECT_EQ(f(-0.0).toCypherLiteral(), "-0.0");
    EXPECT_EQ(f(0.1).toCypherLiteral(), "0.1");
    EXPECT_EQ(f(1e300).toCypherLiteral(), "1.0E300");
    EXPECT_EQ(f(-1.5e-7).toCypherLiteral(), "-1.5E-7");
    EXPECT_EQ(f(kNaN).toCypherLiteral(), "NaN");
    EXPECT_EQ(f(kInf).toCypherLiteral(), "Infinity");
    EXPECT_EQ(f(-kInf).toCypherLiteral(), "-Infinity");
}

TEST(ValueLiteralTest, FloatsRoundTrip) {
    const std::vector<double> samples = {
        0.1,
        1.0 / 3.0,
        -2.0 / 7.0,
        1e21,
        1e22,
        123456789.125,
        5e-324,
        1.7976931348623157e308,
        2.2250738585072014e-308,
        9007199254740993.0,
        0.000123,
        1e-5,
    };
    for (double d : samples) {
        std::string text = f(d).toCypherLiteral();
        // openCypher reads a number as a float only with a '.' or an exponent, and its exponent
        // has no '+'.
        EXPECT_NE(text.find_first_of(".E"), std::string::npos) << text;
        EXPECT_EQ(text.find('+'), std::string::npos) << text;
        EXPECT_EQ(text.find('e'), std::string::npos) << text;
        EXPECT_EQ(std::strtod(text.c_str(), nullptr), d) << text;
    }
}

TEST(ValueLiteralTest, StringsAreQuotedAndEscaped) {
    EXPECT_EQ(s("Georgia").toCypherLiteral(), "'Georgia'");
    EXPECT_EQ(s("").toCypherLiteral(), "''");
    EXPECT_EQ(s("it's").toCypherLiteral(), "'it\\'s'");
    EXPECT_EQ(s("a\\b").toCypherLiteral(), "'a\\\\b'");
    EXPECT_EQ(s("line1\nline2\ttab\rcr").toCypherLiteral(), "'line1\\nline2\\ttab\\rcr'");
    EXPECT_EQ(s(std::string("nul\0x", 5)).toCypherLiteral(), "'nul\\u0000x'");
    EXPECT_EQ(s("\x01\x1f\x7f").toCypherLiteral(), "'\\u0001\\u001F\\u007F'");
    EXPECT_EQ(s("say \"hi\"").toCypherLiteral(), "'say \"hi\"'");
    EXPECT_EQ(s("Қазақстан").toCypherLiteral(), "'Қазақстан'");
}

TEST(ValueLiteralTest, ListsAndMaps) {
    EXPECT_EQ(list({}).toCypherLiteral(), "[]");
    EXPECT_EQ(list({i(1), s("a")}).toCypherLiteral(), "[1, 'a']");
    EXPECT_EQ(list({i(1), f(2.5), Value()}).toCypherLiteral(), "[1, 2.5, null]");
    EXPECT_EQ(list({list({}), list({i(1)})}).toCypherLiteral(), "[[], [1]]");
    EXPECT_EQ(Value::map({}).toCypherLiteral(), "{}");
    EXPECT_EQ(Value::map({{"name", s("x")}, {"age", i(3)}}).toCypherLiteral(),
              "{age: 3, name: 'x'}");
    EXPECT_EQ(
        Value::map({{"a", Value::map({{"b", list({Value::boolean(true)})}})}}).toCypherLiteral(),
        "{a: {b: [true]}}");
    EXPECT_EQ(Value::map({{"first name", i(1)}, {"_x9", i(2)}, {"9lives", i(3)}, {"a`b", i(4)}})
                  .toCypherLiteral(),
              "{`9lives`: 3, _x9: 2, `a``b`: 4, `first name`: 1}"); // byte order: '9' < '_' < 'a'
    EXPECT_EQ(Value::map({{"é", i(1)}}).toCypherLiteral(), "{`é`: 1}");
}

TEST(ValueLiteralTest, GraphReferences) {
    EXPECT_EQ(Value::node(NodeRef{3}).toCypherLiteral(), "(#3)");
    EXPECT_EQ(Value::relationship(RelRef{7}).toCypherLiteral(), "[#7]");
    EXPECT_EQ(path({0, 2}, {1}).toCypherLiteral(), "<(#0)-[#1]->(#2)>");
    EXPECT_EQ(path({4}, {}).toCypherLiteral(), "<(#4)>");
    EXPECT_EQ(path({0, 1, 2}, {10, 11}).toCypherLiteral(), "<(#0)-[#10]->(#1)-[#11]->(#2)>");
    EXPECT_EQ(list({Value::node(NodeRef{1}), Value::relationship(RelRef{2})}).toCypherLiteral(),
              "[(#1), [#2]]");
}

} // namespace
