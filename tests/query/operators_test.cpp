// Tests for query/functions/operators.hpp and arithmetic.hpp. Expected values come from the
// openCypher 9 semantics and the TCK scenarios named beside each table (features under
// ../shared/tck/features/expressions/), not from running the implementation.
#include <atomic>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "query/functions/arithmetic.hpp"
#include "query/functions/operators.hpp"
#include "query/functions/regex_cache.hpp"
#include "query/query_error.hpp"
#include "query/value_builders.hpp"
#include "steppe/status.hpp"
#include "steppe/value.hpp"

namespace {

using steppe::StatusCode;
using steppe::Value;
using steppe::ValueKind;
using steppe::ValueList;
using steppe::ValueMap;
using steppe::query::QueryError;
using steppe::query::ast::Operator;
using steppe::query::ast::SourceSpan;
namespace fn = steppe::query::functions;

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
const double kNaN = std::numeric_limits<double>::quiet_NaN();
const double kInf = std::numeric_limits<double>::infinity();
constexpr SourceSpan kSpan{7, 3};

using namespace steppe::testing::values;

testing::AssertionResult same(const Value& actual, const Value& expected) {
    if (identical(actual, expected)) {
        return testing::AssertionSuccess();
    }
    return testing::AssertionFailure() << "got " << show(actual) << ", expected " << show(expected);
}

// Checks that `body` throws a QueryError with the given code and detail, located at kSpan.
testing::AssertionResult fails(const std::function<void()>& body, StatusCode code,
                               const std::string& detail) {
    return failsAt(body, code, detail, kSpan);
}

std::string opName(Operator op) {
    return "operator #" + std::to_string(static_cast<int>(op));
}

struct BinaryCase {
    Operator op;
    Value left;
    Value right;
    Value expected;
};

void expectBinary(const std::vector<BinaryCase>& cases) {
    for (const BinaryCase& c : cases) {
        SCOPED_TRACE(show(c.left) + " " + opName(c.op) + " " + show(c.right));
        EXPECT_TRUE(same(fn::applyBinary(c.op, c.left, c.right, kSpan), c.expected));
    }
}

struct BinaryError {
    Operator op;
    Value left;
    Value right;
    StatusCode code;
    const char* detail;
};

void expectBinaryErrors(const std::vector<BinaryError>& cases) {
    for (const BinaryError& c : cases) {
        SCOPED_TRACE(show(c.left) + " " + opName(c.op) + " " + show(c.right));
        EXPECT_TRUE(
            fails([&] { fn::applyBinary(c.op, c.left, c.right, kSpan); }, c.code, c.detail));
    }
}

// ---------------------------------------------------------------------------------------------
// Three-valued logic

TEST(OperatorLogic, TruthTablesOfAndOrXor) {
    // Boolean1 [1], Boolean2 [1], Boolean3 [1]: all nine combinations each.
    const Value t = b(true), fl = b(false), nu = n();
    expectBinary({
        {Operator::kAnd, t, t, t},   {Operator::kAnd, t, fl, fl},  {Operator::kAnd, t, nu, nu},
        {Operator::kAnd, fl, t, fl}, {Operator::kAnd, fl, fl, fl}, {Operator::kAnd, fl, nu, fl},
        {Operator::kAnd, nu, t, nu}, {Operator::kAnd, nu, fl, fl}, {Operator::kAnd, nu, nu, nu},
        {Operator::kOr, t, t, t},    {Operator::kOr, t, fl, t},    {Operator::kOr, t, nu, t},
        {Operator::kOr, fl, t, t},   {Operator::kOr, fl, fl, fl},  {Operator::kOr, fl, nu, nu},
        {Operator::kOr, nu, t, t},   {Operator::kOr, nu, fl, nu},  {Operator::kOr, nu, nu, nu},
        {Operator::kXor, t, t, fl},  {Operator::kXor, t, fl, t},   {Operator::kXor, t, nu, nu},
        {Operator::kXor, fl, t, t},  {Operator::kXor, fl, fl, fl}, {Operator::kXor, fl, nu, nu},
        {Operator::kXor, nu, t, nu}, {Operator::kXor, nu, fl, nu}, {Operator::kXor, nu, nu, nu},
    });
}

TEST(OperatorLogic, NamedFunctionsMatchApplyBinary) {
    const Value values[] = {b(true), b(false), n()};
    for (const Value& x : values) {
        for (const Value& y : values) {
            EXPECT_TRUE(same(fn::logicalAnd(x, y), fn::applyBinary(Operator::kAnd, x, y, {})));
            EXPECT_TRUE(same(fn::logicalOr(x, y), fn::applyBinary(Operator::kOr, x, y, {})));
            EXPECT_TRUE(same(fn::logicalXor(x, y), fn::applyBinary(Operator::kXor, x, y, {})));
        }
    }
}

TEST(OperatorLogic, Not) {
    // Boolean4 [1], [2]; Null3 [1].
    EXPECT_TRUE(same(fn::applyUnary(Operator::kNot, b(true), kSpan), b(false)));
    EXPECT_TRUE(same(fn::applyUnary(Operator::kNot, b(false), kSpan), b(true)));
    EXPECT_TRUE(same(fn::applyUnary(Operator::kNot, n(), kSpan), n()));
    EXPECT_TRUE(same(fn::logicalNot(fn::logicalNot(b(true))), b(true)));
    EXPECT_TRUE(same(fn::logicalNot(fn::logicalNot(n())), n()));
}

TEST(OperatorLogic, NonBooleanOperandsAreTypeErrors) {
    // Boolean1-3 [8]: every listed pair fails, even where the other operand would decide
    // (false AND 123, true OR 123.4).
    const std::vector<std::pair<Value, Value>> pairs = {
        {i(123), b(true)},
        {f(123.4), b(false)},
        {f(123.4), n()},
        {s("foo"), b(true)},
        {list({}), b(false)},
        {list({b(true)}), b(false)},
        {list({n()}), n()},
        {map({}), b(true)},
        {map({{"x", list({})}}), b(true)},
        {b(false), i(123)},
        {b(true), f(123.4)},
        {b(false), s("foo")},
        {n(), s("foo")},
        {b(true), list({})},
        {b(true), list({b(false)})},
        {n(), list({n()})},
        {b(false), map({})},
        {i(123), s("foo")},
        {f(123.4), f(123.4)},
        {list({b(true)}), list({b(true)})},
        {map({{"x", list({})}}), list({i(123)})},
    };
    for (Operator op : {Operator::kAnd, Operator::kOr, Operator::kXor}) {
        for (const auto& pair : pairs) {
            SCOPED_TRACE(show(pair.first) + " " + opName(op) + " " + show(pair.second));
            EXPECT_TRUE(fails([&] { fn::applyBinary(op, pair.first, pair.second, kSpan); },
                              StatusCode::kTypeError, "InvalidArgumentType"));
        }
    }
    // Boolean4 [4]: NOT of a non-boolean.
    for (const Value& v : {i(0), i(1), f(123.4), s(""), s("false"), s("true"), list({}),
                           list({n()}), list({b(true)}), map({}), map({{"a", n()}})}) {
        SCOPED_TRACE(show(v));
        EXPECT_TRUE(fails([&] { fn::applyUnary(Operator::kNot, v, kSpan); }, StatusCode::kTypeError,
                          "InvalidArgumentType"));
    }
}

// ---------------------------------------------------------------------------------------------
// Arithmetic

TEST(OperatorArithmetic, Integers) {
    expectBinary({
        {Operator::kAdd, i(99), i(5), i(104)}, // Mathematical2 [1]
        {Operator::kSubtract, i(3), i(10), i(-7)},
        {Operator::kMultiply, i(-4), i(6), i(-24)},
        {Operator::kDivide, i(12), i(4), i(3)},
        // Integer division truncates toward zero; % takes the dividend's sign (Precedence2
        // [1]: 4 / (2 - 3) / 2 = -2, 4 % (2 - 3) * 2 = 0).
        {Operator::kDivide, i(7), i(2), i(3)},
        {Operator::kDivide, i(-7), i(2), i(-3)},
        {Operator::kDivide, i(7), i(-2), i(-3)},
        {Operator::kDivide, i(4), i(5), i(0)},
        {Operator::kModulo, i(7), i(3), i(1)},
        {Operator::kModulo, i(-7), i(3), i(-1)},
        {Operator::kModulo, i(7), i(-3), i(1)},
        {Operator::kModulo, i(4), i(-1), i(0)},
        {Operator::kModulo, i(kMin), i(-1), i(0)},
        {Operator::kAdd, i(kMax - 1), i(1), i(kMax)},
        {Operator::kSubtract, i(kMin + 1), i(1), i(kMin)},
        {Operator::kMultiply, i(std::int64_t{1} << 62), i(-2), i(kMin)},
        {Operator::kDivide, i(kMin), i(1), i(kMin)},
    });
}

TEST(OperatorArithmetic, MathematicalPrecedenceExample) {
    // Mathematical8 [1]: 12 / 4 * 3 - 2 * 4 = 1, and [2]: 12 / 4 * (3 - 2 * 4) = -15.
    auto apply = [](Operator op, const Value& x, const Value& y) {
        return fn::applyBinary(op, x, y, kSpan);
    };
    Value left = apply(Operator::kMultiply, apply(Operator::kDivide, i(12), i(4)), i(3));
    EXPECT_TRUE(
        same(apply(Operator::kSubtract, left, apply(Operator::kMultiply, i(2), i(4))), i(1)));
    Value inner = apply(Operator::kSubtract, i(3), apply(Operator::kMultiply, i(2), i(4)));
    EXPECT_TRUE(
        same(apply(Operator::kMultiply, apply(Operator::kDivide, i(12), i(4)), inner), i(-15)));
}

TEST(OperatorArithmetic, MixedAndFloat) {
    expectBinary({
        {Operator::kAdd, i(1), f(0.5), f(1.5)},
        {Operator::kAdd, f(0.5), i(1), f(1.5)},
        {Operator::kSubtract, f(2.5), i(1), f(1.5)},
        {Operator::kMultiply, i(3), f(0.5), f(1.5)},
        {Operator::kDivide, i(3), f(2.0), f(1.5)},
        {Operator::kDivide, f(3.0), i(2), f(1.5)},
        {Operator::kModulo, f(7.5), i(2), f(1.5)},
        {Operator::kModulo, f(-7.5), i(2), f(-1.5)},
        {Operator::kModulo, i(7), f(2.5), f(2.0)},
        // IEEE 754 where a float is involved: no error for division by zero.
        {Operator::kDivide, f(1.0), i(0), f(kInf)},
        {Operator::kDivide, f(-1.0), i(0), f(-kInf)},
        {Operator::kDivide, i(1), f(0.0), f(kInf)},
        {Operator::kDivide, f(0.0), f(0.0), f(kNaN)}, // Comparison1 [8] uses 0.0 / 0.0 as NaN
        {Operator::kModulo, i(1), f(0.0), f(kNaN)},
        {Operator::kModulo, f(1.5), i(0), f(kNaN)},
        {Operator::kAdd, f(kNaN), i(1), f(kNaN)},
        {Operator::kSubtract, f(kInf), f(kInf), f(kNaN)},
        // Floats beyond 2^53 are not integers any more, but the mix is still a float.
        {Operator::kAdd, i(kMax), f(1.0), f(9223372036854775808.0)},
    });
}

TEST(OperatorArithmetic, PowerAlwaysGivesAFloat) {
    // Precedence2 [2]-[4]: 4 ^ 3 = 64.0, (-3) ^ 2 = 9.0.
    expectBinary({
        {Operator::kPower, i(4), i(3), f(64.0)},
        {Operator::kPower, i(2), i(3), f(8.0)},
        {Operator::kPower, i(-3), i(2), f(9.0)},
        {Operator::kPower, i(2), i(-1), f(0.5)},
        {Operator::kPower, f(4.0), f(0.5), f(2.0)},
        {Operator::kPower, i(0), i(0), f(1.0)},
        {Operator::kPower, i(2), i(64), f(18446744073709551616.0)},
        {Operator::kPower, i(-8), f(1.0 / 3.0), f(kNaN)},
    });
}

TEST(OperatorArithmetic, IntegerOverflowIsAnError) {
    // No wrap-around: Cypher integers are 64-bit and overflow raises (Neo4j: "long overflow").
    expectBinaryErrors({
        {Operator::kAdd, i(kMax), i(1), StatusCode::kArgumentError, "IntegerOverflow"},
        {Operator::kAdd, i(kMin), i(-1), StatusCode::kArgumentError, "IntegerOverflow"},
        {Operator::kSubtract, i(kMin), i(1), StatusCode::kArgumentError, "IntegerOverflow"},
        {Operator::kSubtract, i(0), i(kMin), StatusCode::kArgumentError, "IntegerOverflow"},
        {Operator::kMultiply, i(kMax), i(2), StatusCode::kArgumentError, "IntegerOverflow"},
        {Operator::kMultiply, i(std::int64_t{1} << 32), i(std::int64_t{1} << 31),
         StatusCode::kArgumentError, "IntegerOverflow"},
        {Operator::kDivide, i(kMin), i(-1), StatusCode::kArgumentError, "IntegerOverflow"},
    });
    EXPECT_TRUE(fails([] { fn::applyUnary(Operator::kNegate, i(kMin), kSpan); },
                      StatusCode::kArgumentError, "IntegerOverflow"));
}

TEST(OperatorArithmetic, IntegerDivisionByZeroIsAnError) {
    expectBinaryErrors({
        {Operator::kDivide, i(1), i(0), StatusCode::kArgumentError, "DivisionByZero"},
        {Operator::kDivide, i(0), i(0), StatusCode::kArgumentError, "DivisionByZero"},
        {Operator::kModulo, i(1), i(0), StatusCode::kArgumentError, "DivisionByZero"},
        {Operator::kModulo, i(kMin), i(0), StatusCode::kArgumentError, "DivisionByZero"},
    });
}

TEST(OperatorArithmetic, NullPropagates) {
    std::vector<BinaryCase> cases;
    for (Operator op : {Operator::kAdd, Operator::kSubtract, Operator::kMultiply, Operator::kDivide,
                        Operator::kModulo, Operator::kPower}) {
        for (const Value& other : {i(1), i(0), f(2.5), s("a"), list({i(1)}), b(true)}) {
            cases.push_back({op, n(), other, n()});
            cases.push_back({op, other, n(), n()});
        }
        cases.push_back({op, n(), n(), n()});
    }
    expectBinary(cases);
}

TEST(OperatorArithmetic, AddConcatenatesStrings) {
    expectBinary({
        {Operator::kAdd, s("Neo"), s("4j"), s("Neo4j")},
        {Operator::kAdd, s(""), s(""), s("")},
        {Operator::kAdd, s("é"), s("😀"), s("é😀")},
        // A string with a number or boolean takes its toString() text (Neo4j).
        {Operator::kAdd, s("a"), i(1), s("a1")},
        {Operator::kAdd, i(1), s("a"), s("1a")},
        {Operator::kAdd, s("a"), i(-42), s("a-42")},
        {Operator::kAdd, s("a"), f(1.5), s("a1.5")},
        {Operator::kAdd, s("a"), f(1.0), s("a1.0")},
        {Operator::kAdd, s("x"), b(true), s("xtrue")},
        {Operator::kAdd, b(false), s("x"), s("falsex")},
    });
}

TEST(OperatorArithmetic, AddConcatenatesLists) {
    expectBinary({
        // List4 [1], [2].
        {Operator::kAdd, list({i(1), i(10), i(100)}), list({i(4), i(5)}),
         list({i(1), i(10), i(100), i(4), i(5)})},
        {Operator::kAdd, list({b(false), b(true)}), b(false), list({b(false), b(true), b(false)})},
        // List6 [3]: [[], []] + [[]] has three items.
        {Operator::kAdd, list({list({}), list({})}), list({list({})}),
         list({list({}), list({}), list({})})},
        {Operator::kAdd, i(1), list({i(2)}), list({i(1), i(2)})},
        {Operator::kAdd, list({}), list({}), list({})},
        {Operator::kAdd, list({i(1)}), list({list({i(2)})}), list({i(1), list({i(2)})})},
        {Operator::kAdd, s("a"), list({s("b")}), list({s("a"), s("b")})},
        {Operator::kAdd, list({i(1)}), map({{"k", i(2)}}), list({i(1), map({{"k", i(2)}})})},
        // A null operand makes the sum null, lists included.
        {Operator::kAdd, list({i(1)}), n(), n()},
    });
}

TEST(OperatorArithmetic, WrongKindsAreTypeErrors) {
    const StatusCode type = StatusCode::kTypeError;
    expectBinaryErrors({
        {Operator::kAdd, b(true), i(1), type, "InvalidArgumentType"},
        {Operator::kAdd, b(true), b(false), type, "InvalidArgumentType"},
        {Operator::kAdd, map({}), i(1), type, "InvalidArgumentType"},
        {Operator::kAdd, s("a"), map({}), type, "InvalidArgumentType"},
        {Operator::kAdd, map({}), map({}), type, "InvalidArgumentType"},
        {Operator::kSubtract, s("a"), i(1), type, "InvalidArgumentType"},
        {Operator::kSubtract, list({i(1)}), i(1), type, "InvalidArgumentType"},
        {Operator::kMultiply, s("a"), i(2), type, "InvalidArgumentType"},
        {Operator::kMultiply, list({}), i(2), type, "InvalidArgumentType"},
        {Operator::kDivide, s("a"), i(1), type, "InvalidArgumentType"},
        {Operator::kDivide, i(1), b(true), type, "InvalidArgumentType"},
        {Operator::kModulo, i(1), s("a"), type, "InvalidArgumentType"},
        {Operator::kPower, s("a"), i(2), type, "InvalidArgumentType"},
        {Operator::kPower, i(2), list({}), type, "InvalidArgumentType"},
    });
}

TEST(OperatorArithmetic, UnaryMinusAndPlus) {
    // Precedence2 [4], [5]: -3 ^ 2 = 9.0 needs unary minus on the integer first.
    EXPECT_TRUE(same(fn::applyUnary(Operator::kNegate, i(3), kSpan), i(-3)));
    EXPECT_TRUE(same(fn::applyUnary(Operator::kNegate, i(-3), kSpan), i(3)));
    EXPECT_TRUE(same(fn::applyUnary(Operator::kNegate, i(kMax), kSpan), i(kMin + 1)));
    EXPECT_TRUE(same(fn::applyUnary(Operator::kNegate, f(1.5), kSpan), f(-1.5)));
    EXPECT_TRUE(same(fn::applyUnary(Operator::kNegate, f(0.0), kSpan), f(-0.0)));
    EXPECT_TRUE(same(fn::applyUnary(Operator::kNegate, f(kNaN), kSpan), f(kNaN)));
    EXPECT_TRUE(same(fn::applyUnary(Operator::kNegate, n(), kSpan), n()));
    EXPECT_TRUE(same(fn::applyUnary(Operator::kPlus, i(-3), kSpan), i(-3)));
    EXPECT_TRUE(same(fn::applyUnary(Operator::kPlus, f(2.5), kSpan), f(2.5)));
    EXPECT_TRUE(same(fn::applyUnary(Operator::kPlus, n(), kSpan), n()));
    for (const Value& v : {s("a"), b(true), list({i(1)}), map({})}) {
        SCOPED_TRACE(show(v));
        EXPECT_TRUE(fails([&] { fn::applyUnary(Operator::kNegate, v, kSpan); },
                          StatusCode::kTypeError, "InvalidArgumentType"));
        EXPECT_TRUE(fails([&] { fn::applyUnary(Operator::kPlus, v, kSpan); },
                          StatusCode::kTypeError, "InvalidArgumentType"));
    }
}

// ---------------------------------------------------------------------------------------------
// Comparison

TEST(OperatorComparison, Equality) {
    expectBinary({
        // Comparison1 [6]: lists.
        {Operator::kEqual, list({i(1), i(2)}), list({i(1)}), b(false)},
        {Operator::kEqual, list({n()}), list({i(1)}), n()},
        {Operator::kEqual, list({s("a")}), list({i(1)}), b(false)},
        {Operator::kEqual, list({list({i(1)})}), list({list({i(1)}), list({n()})}), b(false)},
        {Operator::kEqual, list({list({i(1)}), list({i(2)})}), list({list({i(1)}), list({n()})}),
         n()},
        {Operator::kEqual, list({list({i(1)}), list({i(2), i(3)})}),
         list({list({i(1)}), list({n()})}), b(false)},
        // Comparison1 [7]: maps.
        {Operator::kEqual, map({}), map({}), b(true)},
        {Operator::kEqual, map({{"k", f(1.0)}}), map({{"k", f(1.0)}}), b(true)},
        {Operator::kEqual, map({}), map({{"k", n()}}), b(false)},
        {Operator::kEqual, map({{"k", n()}}), map({{"k", n()}}), n()},
        {Operator::kEqual, map({{"k", i(1)}, {"l", n()}}), map({{"k", n()}, {"l", i(1)}}), n()},
        {Operator::kEqual, map({{"k", n()}}), map({{"k", n()}, {"l", n()}}), b(false)},
        // Comparison1 [8]: NaN equals nothing, not even itself.
        {Operator::kEqual, f(kNaN), i(1), b(false)},
        {Operator::kNotEqual, f(kNaN), i(1), b(true)},
        {Operator::kEqual, f(kNaN), f(kNaN), b(false)},
        {Operator::kNotEqual, f(kNaN), f(kNaN), b(true)},
        {Operator::kEqual, f(kNaN), s("a"), b(false)},
        {Operator::kNotEqual, f(kNaN), s("a"), b(true)},
        // Comparison1 [9]: integers equal floats by value; strings never equal numbers.
        {Operator::kEqual, i(1), f(1.0), b(true)},
        {Operator::kEqual, s("1.0"), f(1.0), b(false)},
        {Operator::kEqual, s("1"), i(1), b(false)},
        // Comparison1 [13]: large integers compare exactly.
        {Operator::kEqual, i(4611686018427387905), i(4611686018427387900), b(false)},
        {Operator::kEqual, i((std::int64_t{1} << 53) + 1), f(9007199254740992.0), b(false)},
        // Comparison1 [15], [16]; List3 [1]-[7].
        {Operator::kEqual, n(), n(), n()},
        {Operator::kNotEqual, n(), n(), n()},
        {Operator::kEqual, list({i(1), i(2)}), s("foo"), b(false)},
        {Operator::kEqual, list({i(1)}), list({i(1), n()}), b(false)},
        {Operator::kEqual, list({i(1), i(2)}), list({n(), s("foo")}), b(false)},
        {Operator::kEqual, list({i(1), i(2)}), list({n(), i(2)}), n()},
        {Operator::kNotEqual, list({i(1), i(2)}), list({n(), i(2)}), n()},
        {Operator::kNotEqual, i(1), i(2), b(true)},
        {Operator::kNotEqual, s("a"), s("a"), b(false)},
    });
}

TEST(OperatorComparison, Ordering) {
    expectBinary({
        {Operator::kLess, i(1), i(2), b(true)},
        {Operator::kLess, i(2), i(2), b(false)},
        {Operator::kLessEqual, i(2), i(2), b(true)},
        {Operator::kGreater, f(3.14), i(1), b(true)},
        {Operator::kGreaterEqual, f(1.0), i(1), b(true)},
        {Operator::kLess, s("a"), s("b"), b(true)},
        {Operator::kGreater, s("xx"), s("x"), b(true)}, // Comparison2 [1]
        {Operator::kLess, s("Z"), s("a"), b(true)},
        {Operator::kLess, s("z"), s("é"), b(true)}, // code point order
        {Operator::kLess, b(false), b(true), b(true)},
        // Comparison2 [4]: lists.
        {Operator::kGreaterEqual, list({i(1), i(0)}), list({i(1)}), b(true)},
        {Operator::kGreaterEqual, list({i(1), n()}), list({i(1)}), b(true)},
        {Operator::kGreaterEqual, list({i(1), i(2)}), list({i(1), n()}), n()},
        {Operator::kGreaterEqual, list({i(1), s("a")}), list({i(1), n()}), n()},
        {Operator::kGreaterEqual, list({i(1), i(2)}), list({i(3), n()}), b(false)},
        // Comparison2 [6]: numbers and strings are incomparable.
        {Operator::kLess, f(1.0), f(1.0), b(false)},
        {Operator::kLess, i(1), f(1.0), b(false)},
        {Operator::kLess, s("1.0"), f(1.0), n()},
        {Operator::kLess, s("1"), i(1), n()},
        // Comparison2 [3]: across kinds (other than two numbers) the answer is null.
        {Operator::kLess, i(1), b(true), n()},
        {Operator::kGreater, map({}), map({}), n()},
        {Operator::kLess, list({}), s(""), n()},
        {Operator::kLess, n(), i(1), n()},
        {Operator::kGreaterEqual, n(), n(), n()},
        // Integers beyond 2^53 against floats: exact.
        {Operator::kLess, f(9007199254740992.0), i((std::int64_t{1} << 53) + 1), b(true)},
        {Operator::kGreater, i(kMax), f(9223372036854775807.0), b(false)},
    });
}

TEST(OperatorComparison, NaNIsNeitherLessNorGreater) {
    // Comparison2 [5]: NaN against a number is false for all four, against a string null.
    for (Operator op :
         {Operator::kLess, Operator::kLessEqual, Operator::kGreater, Operator::kGreaterEqual}) {
        expectBinary({
            {op, f(kNaN), i(1), b(false)},
            {op, f(kNaN), f(1.0), b(false)},
            {op, f(kNaN), f(kNaN), b(false)},
            {op, i(1), f(kNaN), b(false)},
            {op, f(kNaN), s("a"), n()},
        });
    }
}

// ---------------------------------------------------------------------------------------------
// IN

TEST(OperatorIn, ThreeValuedMembership) {
    Value l12 = list({i(1), i(2)});
    expectBinary({
        // Null3 [4].
        {Operator::kIn, n(), n(), n()},
        {Operator::kIn, n(), list({i(1), i(2), i(3)}), n()},
        {Operator::kIn, n(), list({i(1), i(2), i(3), n()}), n()},
        {Operator::kIn, n(), list({}), b(false)},
        {Operator::kIn, i(1), list({i(1), i(2), i(3), n()}), b(true)},
        {Operator::kIn, i(1), list({n(), i(1)}), b(true)},
        {Operator::kIn, i(5), list({i(1), i(2), i(3), n()}), n()},
        // List5 [5]-[19].
        {Operator::kIn, i(1), list({s("1"), i(2)}), b(false)},
        {Operator::kIn, l12, list({i(1), list({i(1), s("2")})}), b(false)},
        {Operator::kIn, list({i(1)}), list({i(1), i(2)}), b(false)},
        {Operator::kIn, l12, list({i(1), i(2)}), b(false)},
        {Operator::kIn, list({i(1)}), list({i(1), i(2), list({i(1)})}), b(true)},
        {Operator::kIn, l12, list({i(1), l12}), b(true)},
        {Operator::kIn, l12, list({i(1), list({i(2), i(1)})}), b(false)},
        {Operator::kIn, l12, list({i(1), list({i(1), i(2), i(3)})}), b(false)},
        {Operator::kIn, l12, list({i(1), list({l12})}), b(false)},
        {Operator::kIn, list({l12, list({i(3), i(4)})}),
         list({i(5), list({l12, list({i(3), i(4)})})}), b(true)},
        {Operator::kIn, list({l12, i(3)}), list({i(1), list({l12, i(3)})}), b(true)},
        {Operator::kIn, list({list({i(1)})}), list({i(2), list({list({i(1)})})}), b(true)},
        {Operator::kIn, list({list({i(1)})}), list({i(2), list({i(1)})}), b(false)},
        // List5 [20]-[34]: nulls.
        {Operator::kIn, n(), list({n()}), n()},
        {Operator::kIn, list({n()}), list({list({n()})}), n()},
        {Operator::kIn, list({n()}), list({n()}), n()},
        {Operator::kIn, list({i(1)}), list({list({i(1), n()})}), b(false)},
        {Operator::kIn, i(3), list({i(1), n(), i(3)}), b(true)},
        {Operator::kIn, i(4), list({i(1), n(), i(3)}), n()},
        {Operator::kIn, l12, list({list({n(), s("foo")}), l12}), b(true)},
        {Operator::kIn, l12, list({i(1), l12, n()}), b(true)},
        {Operator::kIn, l12, list({list({n(), s("foo")})}), b(false)},
        {Operator::kIn, l12, list({list({n(), i(2)})}), n()},
        {Operator::kIn, l12, list({i(1), list({i(1), i(2), n()})}), b(false)},
        {Operator::kIn, list({i(1), i(2), n()}), list({i(1), list({i(1), i(2), n()})}), n()},
        {Operator::kIn, l12, list({list({n(), i(2)}), l12}), b(true)},
        {Operator::kIn, l12, list({list({n(), i(2)}), list({i(1), i(3)})}), n()},
        // List5 [35]-[41]: empty lists.
        {Operator::kIn, list({}), list({list({})}), b(true)},
        {Operator::kIn, list({}), list({}), b(false)},
        {Operator::kIn, list({}), list({i(1), list({})}), b(true)},
        {Operator::kIn, list({}), list({i(1), i(2)}), b(false)},
        {Operator::kIn, list({list({})}), list({i(1), list({list({})})}), b(true)},
        {Operator::kIn, list({}), list({i(1), i(2), n()}), n()},
        {Operator::kIn, list({list({}), list({})}), list({i(1), list({list({}), list({})})}),
         b(true)},
        // Numbers by value; NaN is never found.
        {Operator::kIn, f(2.0), list({i(1), i(2)}), b(true)},
        {Operator::kIn, f(kNaN), list({f(kNaN)}), b(false)},
    });
}

TEST(OperatorIn, NonListRightSideIsATypeError) {
    // List5 [42].
    for (const Value& v : {b(true), i(123), f(123.4), s("foo"), map({{"x", list({})}})}) {
        SCOPED_TRACE(show(v));
        EXPECT_TRUE(fails([&] { fn::applyBinary(Operator::kIn, i(1), v, kSpan); },
                          StatusCode::kTypeError, "InvalidArgumentType"));
    }
}

// ---------------------------------------------------------------------------------------------
// String predicates and regular expressions

TEST(OperatorString, StartsEndsContains) {
    // String8-10 [1]-[5], [9].
    expectBinary({
        {Operator::kStartsWith, s("ABCDEF"), s("ABCDEF"), b(true)},
        {Operator::kStartsWith, s("AB"), s("ABCDEF"), b(false)},
        {Operator::kStartsWith, s("ABCDEF"), s("ABC"), b(true)},
        {Operator::kStartsWith, s("abcdef"), s("ABC"), b(false)},
        {Operator::kStartsWith, s(""), s(""), b(true)},
        {Operator::kStartsWith, s("ab"), s(""), b(true)},
        {Operator::kStartsWith, s(" Foo "), s(" "), b(true)},
        {Operator::kStartsWith, s("\nFoo\n"), s("\n"), b(true)},
        {Operator::kEndsWith, s("AB"), s("AB"), b(true)},
        {Operator::kEndsWith, s("ABCDEF"), s("DEF"), b(true)},
        {Operator::kEndsWith, s("abcdef"), s("DEF"), b(false)},
        {Operator::kEndsWith, s(""), s(""), b(true)},
        {Operator::kEndsWith, s("\tFoo\t"), s("\t"), b(true)},
        {Operator::kContains, s("ABCDEF"), s("CD"), b(true)},
        {Operator::kContains, s("AB"), s("CD"), b(false)},
        {Operator::kContains, s("abcdef"), s(""), b(true)},
        {Operator::kContains, s("Foo Foo"), s(" "), b(true)},
        {Operator::kContains, s("Foo\nFoo"), s("\n"), b(true)},
        {Operator::kContains, s("ab"), s("b"), b(true)},
        // Multi-byte characters.
        {Operator::kStartsWith, s("héllo"), s("hé"), b(true)},
        {Operator::kEndsWith, s("naïve😀"), s("😀"), b(true)},
        {Operator::kContains, s("Zürich"), s("ür"), b(true)},
        {Operator::kContains, s("Zurich"), s("ü"), b(false)},
        // String8-10 [6], [7]: null on either side.
        {Operator::kStartsWith, s("ABCDEF"), n(), n()},
        {Operator::kEndsWith, n(), s("A"), n()},
        {Operator::kContains, s("ABCDEF"), n(), n()},
    });
}

TEST(OperatorString, NonStringOperandsGiveNull) {
    // String8-10 [8]: all 36 pairs of [1, 3.14, true, [], {}, null] give null.
    const Value operands[] = {i(1), f(3.14), b(true), list({}), map({}), n()};
    for (Operator op : {Operator::kStartsWith, Operator::kEndsWith, Operator::kContains}) {
        for (const Value& x : operands) {
            for (const Value& y : operands) {
                SCOPED_TRACE(show(x) + " " + opName(op) + " " + show(y));
                EXPECT_TRUE(same(fn::applyBinary(op, x, y, kSpan), n()));
            }
        }
        EXPECT_TRUE(same(fn::applyBinary(op, s("1"), i(1), kSpan), n()));
        EXPECT_TRUE(same(fn::applyBinary(op, i(1), s("1"), kSpan), n()));
    }
}

TEST(OperatorRegex, FullMatch) {
    expectBinary({
        {Operator::kRegexMatch, s("abc"), s("a.c"), b(true)},
        {Operator::kRegexMatch, s("abcd"), s("a.c"), b(false)}, // the whole string must match
        {Operator::kRegexMatch, s("xabc"), s("abc"), b(false)},
        {Operator::kRegexMatch, s("abcd"), s("a.c.*"), b(true)},
        {Operator::kRegexMatch, s(""), s(""), b(true)},
        {Operator::kRegexMatch, s(""), s("a*"), b(true)},
        {Operator::kRegexMatch, s("ABC"), s("(?i)abc"), b(true)},
        {Operator::kRegexMatch, s("a|b"), s("a\\|b"), b(true)},
        {Operator::kRegexMatch, s("a\nb"), s("a.b"), b(false)}, // . stops at newlines, as in Java
        {Operator::kRegexMatch, s("é"), s("."), b(true)},       // one code point, two bytes
        {Operator::kRegexMatch, s("日本"), s("\\p{Han}+"), b(true)},
        {Operator::kRegexMatch, s("Tobias"), s("Tob.*"), b(true)},
        // Null in, null out; a non-string text gives null (Neo4j).
        {Operator::kRegexMatch, n(), s("a"), n()},
        {Operator::kRegexMatch, s("a"), n(), n()},
        {Operator::kRegexMatch, n(), n(), n()},
        {Operator::kRegexMatch, i(1), s("1"), n()},
        {Operator::kRegexMatch, list({}), s(".*"), n()},
    });
}

TEST(OperatorRegex, Errors) {
    expectBinaryErrors({
        {Operator::kRegexMatch, s("a"), i(1), StatusCode::kTypeError, "InvalidArgumentType"},
        {Operator::kRegexMatch, s("a"), list({s("a")}), StatusCode::kTypeError,
         "InvalidArgumentType"},
        {Operator::kRegexMatch, s("a"), s("a("), StatusCode::kArgumentError,
         "InvalidArgumentValue"},
        {Operator::kRegexMatch, s("a"), s("*"), StatusCode::kArgumentError, "InvalidArgumentValue"},
        // Backreferences and lookaround are outside RE2 (and its linear-time guarantee).
        {Operator::kRegexMatch, s("aa"), s("(a)\\1"), StatusCode::kArgumentError,
         "InvalidArgumentValue"},
        {Operator::kRegexMatch, s("ab"), s("a(?=b)b"), StatusCode::kArgumentError,
         "InvalidArgumentValue"},
    });
    // The message names the pattern.
    try {
        fn::applyBinary(Operator::kRegexMatch, s("a"), s("a(b"), kSpan);
        ADD_FAILURE() << "did not throw";
    } catch (const QueryError& error) {
        EXPECT_NE(error.status().message().find("'a(b'"), std::string::npos)
            << error.status().message();
    }
}

TEST(OperatorRegex, CacheReusesAndBoundsCompiledPatterns) {
    fn::CompiledRegex first = fn::compileRegex("cache-[a-z]+");
    fn::CompiledRegex second = fn::compileRegex("cache-[a-z]+");
    EXPECT_EQ(first.get(), second.get());
    EXPECT_TRUE(fn::regexFullMatch(*first, "cache-abc"));
    EXPECT_FALSE(fn::regexFullMatch(*first, "cache-123"));
    for (std::size_t k = 0; k < 2 * fn::kRegexCacheCapacity; ++k) {
        fn::compileRegex("evict" + std::to_string(k));
    }
    EXPECT_EQ(fn::regexCacheSize(), fn::kRegexCacheCapacity);
    // An evicted pattern stays usable by whoever holds it, and recompiles on demand.
    EXPECT_TRUE(fn::regexFullMatch(*first, "cache-xyz"));
    EXPECT_TRUE(fn::matchRegex("cache-q", "cache-[a-z]+"));
}

TEST(OperatorRegex, ConcurrentMatchingIsConsistent) {
    // Threads match shared patterns while others churn the cache with fresh ones, so lookups,
    // insertions and evictions interleave. Every answer must still be right.
    struct Probe {
        std::string text;
        std::string pattern;
        bool expected;
    };
    const std::vector<Probe> probes = {
        {"abc", "a.c", true},
        {"abcd", "a.c", false},
        {"2024-01-31", "\\d{4}-\\d{2}-\\d{2}", true},
        {"2024-1-31", "\\d{4}-\\d{2}-\\d{2}", false},
        {"Hello", "(?i)hello", true},
        {"héllo", "h.llo", true},
        {"x", "[^x]", false},
    };
    std::atomic<int> wrong{0};
    constexpr int kThreads = 4;
    std::vector<std::thread> threads;
    threads.reserve(kThreads);
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            for (int k = 0; k < 3000; ++k) {
                const Probe& p = probes[static_cast<std::size_t>(k + t) % probes.size()];
                Value result = fn::applyBinary(Operator::kRegexMatch, s(p.text), s(p.pattern), {});
                if (!identical(result, b(p.expected))) {
                    ++wrong;
                }
                if (t % 2 == 1 && k % 10 == 0) {
                    fn::compileRegex("churn-" + std::to_string(t) + "-" + std::to_string(k));
                }
            }
        });
    }
    for (std::thread& thread : threads) {
        thread.join();
    }
    EXPECT_EQ(wrong.load(), 0);
    EXPECT_LE(fn::regexCacheSize(), fn::kRegexCacheCapacity);
}

// ---------------------------------------------------------------------------------------------
// IS NULL, dispatch

TEST(OperatorNullTests, IsNullAndIsNotNull) {
    // Null1 [4], Null2 [4], and non-null values of every kind.
    EXPECT_TRUE(same(fn::applyUnary(Operator::kIsNull, n(), kSpan), b(true)));
    EXPECT_TRUE(same(fn::applyUnary(Operator::kIsNotNull, n(), kSpan), b(false)));
    for (const Value& v : {b(false), i(0), f(kNaN), s(""), list({}), list({n()}), map({})}) {
        SCOPED_TRACE(show(v));
        EXPECT_TRUE(same(fn::applyUnary(Operator::kIsNull, v, kSpan), b(false)));
        EXPECT_TRUE(same(fn::applyUnary(Operator::kIsNotNull, v, kSpan), b(true)));
    }
}

TEST(OperatorDispatch, WrongArityIsAnInternalError) {
    EXPECT_THROW(fn::applyUnary(Operator::kAdd, i(1), kSpan), QueryError);
    EXPECT_THROW(fn::applyBinary(Operator::kNot, b(true), b(true), kSpan), QueryError);
    try {
        fn::applyBinary(Operator::kIsNull, n(), n(), kSpan);
    } catch (const QueryError& error) {
        EXPECT_EQ(error.status().code(), StatusCode::kInternal);
    }
}

} // namespace
