// Tests for query/functions/scalar_functions.hpp and map_functions.hpp. Expected values come
// from the openCypher 9 semantics and the TCK scenarios named beside each table (features under
// ../shared/tck/features/expressions/), and from Neo4j's documented behaviour where the TCK is
// silent; none was copied from the implementation's output.
#include <cctype>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <numbers>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "query/functions/map_functions.hpp"
#include "query/functions/scalar_functions.hpp"
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
using steppe::query::ast::SourceSpan;
namespace fn = steppe::query::functions;

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
const double kNaN = std::numeric_limits<double>::quiet_NaN();
const double kInf = std::numeric_limits<double>::infinity();
constexpr SourceSpan kSpan{11, 5};

using namespace steppe::testing::values;

std::string showCall(const std::string& name, const ValueList& args) {
    std::string text = name + "(";
    for (std::size_t k = 0; k < args.size(); ++k) {
        text += (k > 0 ? ", " : "") + args[k].toCypherLiteral();
    }
    return text + ")";
}

// Looks the function up by name and calls it, as binder and executor do.
Value call(const std::string& name, const ValueList& args) {
    const fn::ScalarFunction* function = fn::findScalarFunction(name);
    if (function == nullptr) {
        ADD_FAILURE() << "no function " << name;
        return n();
    }
    auto count = static_cast<int>(args.size());
    EXPECT_GE(count, function->minArgs) << name;
    if (function->maxArgs != fn::kVariadic) {
        EXPECT_LE(count, function->maxArgs) << name;
    }
    return function->call(args, kSpan);
}

struct Case {
    std::string name;
    ValueList args;
    Value expected;
};

void expectCalls(const std::vector<Case>& cases) {
    for (const Case& c : cases) {
        SCOPED_TRACE(showCall(c.name, c.args));
        Value actual = call(c.name, c.args);
        EXPECT_TRUE(identical(actual, c.expected))
            << "got " << show(actual) << ", expected " << show(c.expected);
    }
}

// Checks that `body` throws a QueryError with the given code and detail, located at kSpan.
testing::AssertionResult fails(const std::function<void()>& body, StatusCode code,
                               const std::string& detail) {
    return failsAt(body, code, detail, kSpan);
}

struct ErrorCase {
    std::string name;
    ValueList args;
    StatusCode code;
    const char* detail;
};

void expectErrors(const std::vector<ErrorCase>& cases) {
    for (const ErrorCase& c : cases) {
        SCOPED_TRACE(showCall(c.name, c.args));
        EXPECT_TRUE(fails([&] { call(c.name, c.args); }, c.code, c.detail));
    }
}

constexpr StatusCode kType = StatusCode::kTypeError;
constexpr StatusCode kArgument = StatusCode::kArgumentError;

// ---------------------------------------------------------------------------------------------
// Registry

TEST(FunctionRegistry, LooksNamesUpIgnoringCase) {
    const fn::ScalarFunction* lower = fn::findScalarFunction("toupper");
    ASSERT_NE(lower, nullptr);
    EXPECT_EQ(fn::findScalarFunction("TOUPPER"), lower);
    EXPECT_EQ(fn::findScalarFunction("toUpper"), lower);
    EXPECT_STREQ(lower->name, "toUpper");
    EXPECT_EQ(fn::findScalarFunction("toUpperX"), nullptr);
    EXPECT_EQ(fn::findScalarFunction(""), nullptr);
    EXPECT_EQ(fn::findScalarFunction("to_upper"), nullptr);
}

TEST(FunctionRegistry, HasEveryFunctionWithItsArity) {
    struct Arity {
        const char* name;
        int minArgs;
        int maxArgs;
    };
    const Arity expected[] = {
        {"coalesce", 1, fn::kVariadic},
        {"toString", 1, 1},
        {"toInteger", 1, 1},
        {"toFloat", 1, 1},
        {"toBoolean", 1, 1},
        {"toStringOrNull", 1, 1},
        {"toIntegerOrNull", 1, 1},
        {"toFloatOrNull", 1, 1},
        {"toBooleanOrNull", 1, 1},
        {"toLower", 1, 1},
        {"toUpper", 1, 1},
        {"trim", 1, 1},
        {"lTrim", 1, 1},
        {"rTrim", 1, 1},
        {"split", 2, 2},
        {"substring", 2, 3},
        {"replace", 3, 3},
        {"left", 2, 2},
        {"right", 2, 2},
        {"reverse", 1, 1},
        {"size", 1, 1},
        {"head", 1, 1},
        {"last", 1, 1},
        {"tail", 1, 1},
        {"range", 2, 3},
        {"abs", 1, 1},
        {"ceil", 1, 1},
        {"floor", 1, 1},
        {"round", 1, 3},
        {"sign", 1, 1},
        {"sqrt", 1, 1},
        {"exp", 1, 1},
        {"log", 1, 1},
        {"log10", 1, 1},
        {"e", 0, 0},
        {"pi", 0, 0},
        {"rand", 0, 0},
        {"sin", 1, 1},
        {"cos", 1, 1},
        {"tan", 1, 1},
        {"cot", 1, 1},
        {"asin", 1, 1},
        {"acos", 1, 1},
        {"atan", 1, 1},
        {"atan2", 2, 2},
        {"haversin", 1, 1},
        {"degrees", 1, 1},
        {"radians", 1, 1},
        {"isNaN", 1, 1},
    };
    for (const Arity& a : expected) {
        SCOPED_TRACE(a.name);
        const fn::ScalarFunction* function = fn::findScalarFunction(a.name);
        ASSERT_NE(function, nullptr);
        EXPECT_STREQ(function->name, a.name);
        EXPECT_EQ(function->minArgs, a.minArgs);
        EXPECT_EQ(function->maxArgs, a.maxArgs);
        EXPECT_EQ(function->deterministic, std::string(a.name) != "rand");
    }
    EXPECT_EQ(fn::scalarFunctions().size(), std::size(expected));
}

TEST(FunctionRegistry, LeavesGraphFunctionsAndAggregatesToOthers) {
    for (const char* name :
         {"id", "labels", "type", "keys", "properties", "length", "nodes", "relationships",
          "startNode", "endNode", "exists", "count", "collect", "sum", "avg"}) {
        EXPECT_EQ(fn::findScalarFunction(name), nullptr) << name;
    }
}

TEST(FunctionRegistry, NamesAreUniqueIgnoringCase) {
    std::set<std::string> seen;
    for (const fn::ScalarFunction& function : fn::scalarFunctions()) {
        std::string lower = function.name;
        for (char& c : lower) {
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
        EXPECT_TRUE(seen.insert(lower).second) << function.name;
        EXPECT_EQ(fn::findScalarFunction(function.name), &function);
    }
}

TEST(FunctionNulls, NullArgumentsGiveNull) {
    // Every function but coalesce (and the nullary ones) maps a null argument, in any position,
    // to null; the other arguments are valid ones.
    const std::vector<std::pair<std::string, ValueList>> valid = {
        {"toString", {i(1)}},
        {"toInteger", {s("1")}},
        {"toFloat", {s("1")}},
        {"toBoolean", {s("true")}},
        {"toStringOrNull", {i(1)}},
        {"toIntegerOrNull", {i(1)}},
        {"toFloatOrNull", {i(1)}},
        {"toBooleanOrNull", {b(true)}},
        {"toLower", {s("A")}},
        {"toUpper", {s("a")}},
        {"trim", {s(" a ")}},
        {"lTrim", {s(" a")}},
        {"rTrim", {s("a ")}},
        {"split", {s("a,b"), s(",")}},
        {"substring", {s("abc"), i(1), i(1)}},
        {"replace", {s("abc"), s("b"), s("x")}},
        {"left", {s("abc"), i(1)}},
        {"right", {s("abc"), i(1)}},
        {"reverse", {s("abc")}},
        {"size", {list({i(1)})}},
        {"head", {list({i(1)})}},
        {"last", {list({i(1)})}},
        {"tail", {list({i(1)})}},
        {"range", {i(1), i(3), i(1)}},
        {"abs", {i(-1)}},
        {"ceil", {f(1.5)}},
        {"floor", {f(1.5)}},
        {"round", {f(1.5), i(0), s("HALF_UP")}},
        {"sign", {i(-3)}},
        {"sqrt", {i(4)}},
        {"exp", {i(0)}},
        {"log", {i(1)}},
        {"log10", {i(10)}},
        {"sin", {i(0)}},
        {"cos", {i(0)}},
        {"tan", {i(0)}},
        {"cot", {i(1)}},
        {"asin", {i(0)}},
        {"acos", {i(1)}},
        {"atan", {i(0)}},
        {"atan2", {i(0), i(1)}},
        {"haversin", {i(0)}},
        {"degrees", {i(0)}},
        {"radians", {i(0)}},
        {"isNaN", {f(1.0)}},
    };
    for (const auto& [name, args] : valid) {
        SCOPED_TRACE(name);
        EXPECT_FALSE(call(name, args).isNull()); // the arguments are valid indeed
        for (std::size_t k = 0; k < args.size(); ++k) {
            ValueList withNull = args;
            withNull[k] = n();
            SCOPED_TRACE(showCall(name, withNull));
            EXPECT_TRUE(call(name, withNull).isNull());
        }
    }
    // Every function taking arguments is covered above (coalesce is tested on its own).
    std::size_t withArguments = 0;
    for (const fn::ScalarFunction& function : fn::scalarFunctions()) {
        withArguments += function.minArgs > 0 && std::string(function.name) != "coalesce";
    }
    EXPECT_EQ(valid.size(), withArguments);
}

// ---------------------------------------------------------------------------------------------
// Conversion

TEST(FunctionConversion, ToBoolean) {
    expectCalls({
        // TypeConversion1 [1]-[4].
        {"toBoolean", {b(true)}, b(true)},
        {"toBoolean", {b(false)}, b(false)},
        {"toBoolean", {s("true")}, b(true)},
        {"toBoolean", {s("false")}, b(false)},
        {"toBoolean", {s("")}, n()},
        {"toBoolean", {s(" tru ")}, n()},
        {"toBoolean", {s("f alse")}, n()},
        // Neo4j: any case, surrounding whitespace ignored; integers: 0 is false.
        {"toBoolean", {s("TRUE")}, b(true)},
        {"toBoolean", {s(" False\n")}, b(false)},
        {"toBoolean", {s("yes")}, n()},
        {"toBoolean", {s("1")}, n()},
        {"toBoolean", {i(0)}, b(false)},
        {"toBoolean", {i(1)}, b(true)},
        {"toBoolean", {i(-7)}, b(true)},
        {"toBooleanOrNull", {s("true")}, b(true)},
        {"toBooleanOrNull", {s("nope")}, n()},
        {"toBooleanOrNull", {i(0)}, b(false)},
        {"toBooleanOrNull", {f(1.0)}, n()},
        {"toBooleanOrNull", {list({})}, n()},
        {"toBooleanOrNull", {map({})}, n()},
    });
    // TypeConversion1 [5]: lists, maps and floats are TypeErrors.
    expectErrors({
        {"toBoolean", {list({})}, kType, "InvalidArgumentValue"},
        {"toBoolean", {map({})}, kType, "InvalidArgumentValue"},
        {"toBoolean", {f(1.0)}, kType, "InvalidArgumentValue"},
        {"toBoolean", {f(0.0)}, kType, "InvalidArgumentValue"},
    });
}

TEST(FunctionConversion, ToInteger) {
    expectCalls({
        // TypeConversion2 [1]-[7].
        {"toInteger", {f(82.9)}, i(82)},
        {"toInteger", {s("foo")}, n()},
        {"toInteger", {s("")}, n()},
        {"toInteger", {i(2)}, i(2)},
        {"toInteger", {f(2.9)}, i(2)},
        {"toInteger", {s("1.7")}, i(1)},
        {"toInteger", {s("2")}, i(2)},
        {"toInteger", {s("2.9")}, i(2)},
        {"toInteger", {i(0)}, i(0)},
        {"toInteger", {s("42")}, i(42)},
        // Truncation toward zero; signs; exponents (Neo4j parses decimals exactly).
        {"toInteger", {f(-2.9)}, i(-2)},
        {"toInteger", {f(-0.5)}, i(0)},
        {"toInteger", {s("-2.9")}, i(-2)},
        {"toInteger", {s("+5")}, i(5)},
        {"toInteger", {s("-7")}, i(-7)},
        {"toInteger", {s(" 42 ")}, i(42)},
        {"toInteger", {s("007")}, i(7)},
        {"toInteger", {s("1e3")}, i(1000)},
        {"toInteger", {s("1.5E3")}, i(1500)},
        {"toInteger", {s("12345e-2")}, i(123)},
        {"toInteger", {s(".5")}, i(0)},
        {"toInteger", {s("5.")}, i(5)},
        {"toInteger", {s("0e999999999999")}, i(0)},
        {"toInteger", {s("9223372036854775807")}, i(kMax)},
        {"toInteger", {s("-9223372036854775808")}, i(kMin)},
        {"toInteger", {s("9223372036854775807.9")}, i(kMax)},
        {"toInteger", {s("0x1F")}, n()},
        {"toInteger", {s("NaN")}, n()},
        {"toInteger", {s("Infinity")}, n()},
        {"toInteger", {s("1.5.2")}, n()},
        {"toInteger", {s("1e")}, n()},
        {"toInteger", {s("-")}, n()},
        {"toInteger", {s("4 2")}, n()},
        {"toInteger", {b(true)}, i(1)},
        {"toInteger", {b(false)}, i(0)},
        {"toInteger", {f(-9223372036854775808.0)}, i(kMin)},
        {"toIntegerOrNull", {s("12")}, i(12)},
        {"toIntegerOrNull", {s("foo")}, n()},
        {"toIntegerOrNull", {s("1e30")}, n()},
        {"toIntegerOrNull", {f(1e30)}, n()},
        {"toIntegerOrNull", {f(kNaN)}, n()},
        {"toIntegerOrNull", {list({})}, n()},
        {"toIntegerOrNull", {b(true)}, i(1)},
    });
    expectErrors({
        // TypeConversion2 [8].
        {"toInteger", {list({})}, kType, "InvalidArgumentValue"},
        {"toInteger", {map({})}, kType, "InvalidArgumentValue"},
        // No INTEGER can hold these.
        {"toInteger", {s("9223372036854775808")}, kArgument, "NumberOutOfRange"},
        {"toInteger", {s("-9223372036854775809")}, kArgument, "NumberOutOfRange"},
        {"toInteger", {s("1e30")}, kArgument, "NumberOutOfRange"},
        {"toInteger", {f(1e30)}, kArgument, "NumberOutOfRange"},
        {"toInteger", {f(9223372036854775808.0)}, kArgument, "NumberOutOfRange"},
        {"toInteger", {f(kNaN)}, kArgument, "NumberOutOfRange"},
        {"toInteger", {f(-kInf)}, kArgument, "NumberOutOfRange"},
    });
}

TEST(FunctionConversion, ToFloat) {
    expectCalls({
        // TypeConversion3 [1]-[5].
        {"toFloat", {f(3.4)}, f(3.4)},
        {"toFloat", {i(3)}, f(3.0)},
        {"toFloat", {s("foo")}, n()},
        {"toFloat", {s("")}, n()},
        {"toFloat", {s("5")}, f(5.0)},
        {"toFloat", {s("1")}, f(1.0)},
        {"toFloat", {i(4)}, f(4.0)},
        // Java's Double.parseDouble syntax.
        {"toFloat", {s("-2.5")}, f(-2.5)},
        {"toFloat", {s("+2.5")}, f(2.5)},
        {"toFloat", {s(" 2.5\t")}, f(2.5)},
        {"toFloat", {s("1e3")}, f(1000.0)},
        {"toFloat", {s(".5")}, f(0.5)},
        {"toFloat", {s("1e400")}, f(kInf)},
        {"toFloat", {s("-1e400")}, f(-kInf)},
        {"toFloat", {s("1e-400")}, f(0.0)},
        {"toFloat", {s("NaN")}, f(kNaN)},
        {"toFloat", {s("Infinity")}, f(kInf)},
        {"toFloat", {s("-Infinity")}, f(-kInf)},
        {"toFloat", {s("inf")}, n()},
        {"toFloat", {s("1.5x")}, n()},
        {"toFloat", {s("0x10")}, n()},
        {"toFloat", {i(kMax)}, f(9223372036854775808.0)},
        {"toFloatOrNull", {s("2")}, f(2.0)},
        {"toFloatOrNull", {b(true)}, n()},
        {"toFloatOrNull", {list({})}, n()},
    });
    expectErrors({
        // TypeConversion3 [6].
        {"toFloat", {b(true)}, kType, "InvalidArgumentValue"},
        {"toFloat", {list({})}, kType, "InvalidArgumentValue"},
        {"toFloat", {map({})}, kType, "InvalidArgumentValue"},
    });
}

TEST(FunctionConversion, ToString) {
    expectCalls({
        // TypeConversion4 [1]-[9].
        {"toString", {i(42)}, s("42")},
        {"toString", {b(true)}, s("true")},
        {"toString", {b(false)}, s("false")},
        {"toString", {f(2.3)}, s("2.3")},
        {"toString", {s("apa")}, s("apa")},
        {"toString", {i(4)}, s("4")},
        {"toString", {s("male")}, s("male")},
        // Floats read as they print in results (Value::toCypherLiteral).
        {"toString", {f(1.0)}, s("1.0")},
        {"toString", {f(-0.5)}, s("-0.5")},
        {"toString", {f(1e20)}, s("1.0E20")},
        {"toString", {f(kNaN)}, s("NaN")},
        {"toString", {f(-kInf)}, s("-Infinity")},
        {"toString", {i(kMin)}, s("-9223372036854775808")},
        {"toStringOrNull", {i(7)}, s("7")},
        {"toStringOrNull", {list({})}, n()},
        {"toStringOrNull", {map({})}, n()},
    });
    expectErrors({
        // TypeConversion4 [10].
        {"toString", {list({})}, kType, "InvalidArgumentValue"},
        {"toString", {map({})}, kType, "InvalidArgumentValue"},
        {"toString", {list({i(1)})}, kType, "InvalidArgumentValue"},
    });
}

TEST(FunctionConversion, Coalesce) {
    expectCalls({
        // Conditional1 [1]; TypeConversion4 [8], [9].
        {"coalesce", {s("CEO"), s("Emil")}, s("CEO")},
        {"coalesce", {n(), s("Nobody")}, s("Nobody")},
        {"coalesce", {n(), n(), i(3), i(4)}, i(3)},
        {"coalesce", {n()}, n()},
        {"coalesce", {n(), n()}, n()},
        {"coalesce", {list({})}, list({})},
        {"coalesce", {n(), b(false)}, b(false)},
    });
}

// ---------------------------------------------------------------------------------------------
// Strings

TEST(FunctionString, CaseMapping) {
    expectCalls({
        {"toUpper", {s("abc")}, s("ABC")},
        {"toUpper", {s("Hello, World 1!")}, s("HELLO, WORLD 1!")},
        {"toLower", {s("ABC def")}, s("abc def")},
        {"toUpper", {s("")}, s("")},
        // Beyond ASCII, the Unicode simple case mapping.
        {"toUpper", {s("éàüñ")}, s("ÉÀÜÑ")},
        {"toLower", {s("ÉÀÜÑ")}, s("éàüñ")},
        {"toUpper", {s("αβγ")}, s("ΑΒΓ")},
        {"toLower", {s("ЖУК")}, s("жук")},
        {"toUpper", {s("𐐨")}, s("𐐀")}, // outside the BMP (Deseret)
        {"toUpper", {s("日本😀")}, s("日本😀")},
        {"toUpper", {s("straße")}, s("STRAßE")}, // one code point maps to one
    });
    expectErrors({
        {"toUpper", {i(1)}, kType, "InvalidArgumentValue"},
        {"toLower", {list({s("a")})}, kType, "InvalidArgumentValue"},
    });
}

TEST(FunctionString, Trimming) {
    expectCalls({
        {"trim", {s("  a b  ")}, s("a b")},
        {"trim", {s("\t\n a \r\f\v")}, s("a")},
        {"trim", {s("   ")}, s("")},
        {"trim", {s("")}, s("")},
        {"lTrim", {s("  a  ")}, s("a  ")},
        {"rTrim", {s("  a  ")}, s("  a")},
        // Unicode spaces count, the non-breaking ones do not (Java's Character.isWhitespace).
        {"trim", {s("\u3000\u2003a\u2028")}, s("a")},
        {"trim", {s("\u00A0a\u00A0")}, s("\u00A0a\u00A0")},
        {"rTrim", {s("é ")}, s("é")},
        {"lTrim", {s(" é")}, s("é")},
    });
    expectErrors({
        {"trim", {i(1)}, kType, "InvalidArgumentValue"},
        {"lTrim", {b(true)}, kType, "InvalidArgumentValue"},
        {"rTrim", {f(1.0)}, kType, "InvalidArgumentValue"},
    });
}

TEST(FunctionString, Split) {
    expectCalls({
        {"split", {s("one1two"), s("1")}, list(strings({"one", "two"}))}, // String4 [1]
        {"split", {s("a,b"), s(",")}, list(strings({"a", "b"}))},         // Merge5
        {"split", {s("a,,b,"), s(",")}, list(strings({"a", "", "b", ""}))},
        {"split", {s(",a"), s(",")}, list(strings({"", "a"}))},
        {"split", {s("abc"), s("abc")}, list(strings({"", ""}))},
        {"split", {s("abc"), s("x")}, list(strings({"abc"}))},
        {"split", {s("a::b::c"), s("::")}, list(strings({"a", "b", "c"}))},
        {"split", {s(""), s(",")}, list(strings({""}))},
        {"split", {s("aé😀"), s("")}, list(strings({"a", "é", "😀"}))},
        {"split", {s("é,ü"), s(",")}, list(strings({"é", "ü"}))},
        // A list of separators (Neo4j 5).
        {"split", {s("a,b;c"), list(strings({",", ";"}))}, list(strings({"a", "b", "c"}))},
        {"split", {s("a,b"), list({})}, list(strings({"a,b"}))},
        {"split", {s("a,b"), list({s(","), n()})}, n()},
    });
    expectErrors({
        {"split", {i(1), s(",")}, kType, "InvalidArgumentValue"},
        {"split", {s("a"), i(1)}, kType, "InvalidArgumentValue"},
        {"split", {s("a"), list({i(1)})}, kType, "InvalidArgumentValue"},
    });
}

TEST(FunctionString, SubstringLeftRight) {
    expectCalls({
        {"substring", {s("0123456789"), i(1)}, s("123456789")}, // String1 [1]
        {"substring", {s("hello"), i(1), i(3)}, s("ell")},
        {"substring", {s("hello"), i(0), i(0)}, s("")},
        {"substring", {s("hello"), i(5)}, s("")},
        {"substring", {s("hello"), i(10)}, s("")},
        {"substring", {s("hello"), i(2), i(100)}, s("llo")},
        {"substring", {s("hello"), i(2), i(kMax)}, s("llo")},
        // Positions count code points.
        {"substring", {s("héllo"), i(1), i(2)}, s("él")},
        {"substring", {s("😀a😀b"), i(2)}, s("😀b")},
        {"left", {s("hello"), i(3)}, s("hel")},
        {"left", {s("hello"), i(0)}, s("")},
        {"left", {s("hello"), i(10)}, s("hello")},
        {"left", {s("héllo"), i(2)}, s("hé")},
        {"right", {s("hello"), i(3)}, s("llo")},
        {"right", {s("hello"), i(0)}, s("")},
        {"right", {s("hi"), i(5)}, s("hi")},
        {"right", {s("héllo"), i(4)}, s("éllo")},
        {"right", {s("a😀"), i(1)}, s("😀")},
    });
    expectErrors({
        {"substring", {s("hello"), i(-1)}, kArgument, "NumberOutOfRange"},
        {"substring", {s("hello"), i(1), i(-1)}, kArgument, "NumberOutOfRange"},
        {"left", {s("hello"), i(-1)}, kArgument, "NumberOutOfRange"},
        {"right", {s("hello"), i(-1)}, kArgument, "NumberOutOfRange"},
        {"substring", {i(12345), i(1)}, kType, "InvalidArgumentValue"},
        {"substring", {s("hello"), f(1.0)}, kType, "InvalidArgumentValue"},
        {"substring", {s("hello"), i(1), s("2")}, kType, "InvalidArgumentValue"},
        {"left", {list({}), i(1)}, kType, "InvalidArgumentValue"},
        {"right", {s("x"), b(true)}, kType, "InvalidArgumentValue"},
    });
}

TEST(FunctionString, Replace) {
    expectCalls({
        {"replace", {s("hello"), s("l"), s("L")}, s("heLLo")},
        {"replace", {s("hello"), s("x"), s("y")}, s("hello")},
        {"replace", {s("aaa"), s("aa"), s("b")}, s("ba")},
        {"replace", {s("abc"), s("b"), s("")}, s("ac")},
        {"replace", {s("héé"), s("é"), s("e")}, s("hee")},
        // An empty search string matches around every code point (Java's String.replace).
        {"replace", {s("ab"), s(""), s("-")}, s("-a-b-")},
        {"replace", {s("é"), s(""), s("-")}, s("-é-")},
        {"replace", {s(""), s(""), s("x")}, s("x")},
    });
    expectErrors({
        {"replace", {i(1), s("a"), s("b")}, kType, "InvalidArgumentValue"},
        {"replace", {s("a"), i(1), s("b")}, kType, "InvalidArgumentValue"},
        {"replace", {s("a"), s("a"), i(1)}, kType, "InvalidArgumentValue"},
    });
}

TEST(FunctionString, Reverse) {
    expectCalls({
        {"reverse", {s("raksO")}, s("Oskar")}, // String3 [1]
        {"reverse", {s("")}, s("")},
        {"reverse", {s("añb")}, s("bña")},
        {"reverse", {s("a😀é")}, s("é😀a")},
        {"reverse", {list(ints({1, 2, 3}))}, list(ints({3, 2, 1}))},
        {"reverse", {list({})}, list({})},
        {"reverse", {list({n(), s("a")})}, list({s("a"), n()})},
    });
    expectErrors({
        {"reverse", {i(12)}, kType, "InvalidArgumentValue"},
        {"reverse", {map({})}, kType, "InvalidArgumentValue"},
    });
}

// ---------------------------------------------------------------------------------------------
// Lists

TEST(FunctionList, SizeHeadLastTail) {
    expectCalls({
        {"size", {list(ints({1, 2, 3}))}, i(3)}, // List6 [1]
        {"size", {list({})}, i(0)},
        {"size", {list({n()})}, i(1)},
        {"size", {s("héllo😀")}, i(6)}, // code points, not bytes
        {"size", {s("")}, i(0)},
        {"head", {list(ints({1, 2, 3}))}, i(1)},
        {"head", {list({})}, n()},
        {"head", {list({n(), i(2)})}, n()},
        {"last", {list(ints({1, 2, 3}))}, i(3)},
        {"last", {list({})}, n()},
        {"tail", {list(ints({1, 2, 3}))}, list(ints({2, 3}))},
        {"tail", {list(ints({1}))}, list({})},
        {"tail", {list({})}, list({})},
    });
    // List9 [1]: tail(tail([1, 2, 3, 4, 5])).
    EXPECT_TRUE(identical(call("tail", {call("tail", {list(ints({1, 2, 3, 4, 5}))})}),
                          list(ints({3, 4, 5}))));
    expectErrors({
        {"size", {i(1)}, kType, "InvalidArgumentValue"},
        {"size", {map({})}, kType, "InvalidArgumentValue"},
        {"head", {s("abc")}, kType, "InvalidArgumentValue"},
        {"last", {i(1)}, kType, "InvalidArgumentValue"},
        {"tail", {s("abc")}, kType, "InvalidArgumentValue"},
    });
}

TEST(FunctionList, RangeWithDefaultStep) {
    // List11 [1].
    struct Row {
        std::int64_t start;
        std::int64_t end;
        std::vector<std::int64_t> items;
    };
    const Row rows[] = {
        {-1236, -1234, {-1236, -1235, -1234}},
        {-1234, -1234, {-1234}},
        {-10, -3, {-10, -9, -8, -7, -6, -5, -4, -3}},
        {-10, 0, {-10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0}},
        {-1, 0, {-1, 0}},
        {0, -123, {}},
        {0, -1, {}},
        {-1, 1, {-1, 0, 1}},
        {0, 0, {0}},
        {0, 1, {0, 1}},
        {0, 10, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}},
        {6, 10, {6, 7, 8, 9, 10}},
        {1234, 1234, {1234}},
        {1234, 1236, {1234, 1235, 1236}},
    };
    for (const Row& r : rows) {
        ValueList expected;
        for (std::int64_t x : r.items) {
            expected.push_back(i(x));
        }
        expectCalls({{"range", {i(r.start), i(r.end)}, list(expected)}});
    }
}

TEST(FunctionList, RangeWithStep) {
    // List11 [2].
    struct Row {
        std::int64_t start;
        std::int64_t end;
        std::int64_t step;
        std::vector<std::int64_t> items;
    };
    const Row rows[] = {
        {1381, -3412, -1298, {1381, 83, -1215, -2513}},
        {0, -2000, -1298, {0, -1298}},
        {10, -10, -3, {10, 7, 4, 1, -2, -5, -8}},
        {0, -10, -3, {0, -3, -6, -9}},
        {0, -20, -2, {0, -2, -4, -6, -8, -10, -12, -14, -16, -18, -20}},
        {0, -10, -1, {0, -1, -2, -3, -4, -5, -6, -7, -8, -9, -10}},
        {0, -1, -1, {0, -1}},
        {-1236, -1234, 1, {-1236, -1235, -1234}},
        {-10, 0, 1, {-10, -9, -8, -7, -6, -5, -4, -3, -2, -1, 0}},
        {-1, 0, 1, {-1, 0}},
        {0, 1, -123, {}},
        {0, 1, -1, {}},
        {0, -123, 1, {}},
        {0, -1, 1, {}},
        {0, 0, -1, {0}},
        {0, 0, 1, {0}},
        {0, 1, 2, {0}},
        {0, 1, 1, {0, 1}},
        {0, 10, 1, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}},
        {6, 10, 1, {6, 7, 8, 9, 10}},
        {1234, 1234, 1, {1234}},
        {1234, 1236, 1, {1234, 1235, 1236}},
        {-10, 0, 3, {-10, -7, -4, -1}},
        {-10, 10, 3, {-10, -7, -4, -1, 2, 5, 8}},
        {-2000, 0, 1298, {-2000, -702}},
        {-3412, 1381, 1298, {-3412, -2114, -816, 482}},
        // At the ends of the int64 range: no overflow in between.
        {kMax - 2, kMax, 1, {kMax - 2, kMax - 1, kMax}},
        {kMin + 2, kMin, -1, {kMin + 2, kMin + 1, kMin}},
        {0, kMax, kMax, {0, kMax}},
        {kMax, kMin, kMin, {kMax, -1}},
        {kMin, kMax, kMax, {kMin, -1, kMax - 1}},
    };
    for (const Row& r : rows) {
        ValueList expected;
        for (std::int64_t x : r.items) {
            expected.push_back(i(x));
        }
        expectCalls({{"range", {i(r.start), i(r.end), i(r.step)}, list(expected)}});
    }
}

TEST(FunctionList, RangeIsEmptyExactlyWhenTheStepPointsAway) {
    // List11 [3]: size(range(0, stop, step)) = 0 iff sign(stop - 0) <> sign(step).
    for (std::int64_t stop : {1, 2, 500, 1000, 1500}) {
        for (std::int64_t step : {-1000, -3, -2, -1, 1, 2, 3, 1000}) {
            Value result = call("range", {i(0), i(stop), i(step)});
            bool empty = (stop > 0 ? 1 : -1) != (step > 0 ? 1 : -1);
            EXPECT_EQ(result.asList().empty(), empty) << stop << " " << step;
        }
    }
}

TEST(FunctionList, RangeErrors) {
    expectErrors({
        // List11 [4].
        {"range", {i(0), i(0), i(0)}, kArgument, "NumberOutOfRange"},
        {"range", {i(2), i(8), i(0)}, kArgument, "NumberOutOfRange"},
        {"range", {i(-2), i(8), i(0)}, kArgument, "NumberOutOfRange"},
        {"range", {i(2), i(-8), i(0)}, kArgument, "NumberOutOfRange"},
        // Lists too long to build.
        {"range", {i(0), i(1'000'000'000'000)}, kArgument, "NumberOutOfRange"},
        {"range", {i(kMin), i(kMax)}, kArgument, "NumberOutOfRange"},
        {"range", {i(0), i(fn::kMaxRangeLength)}, kArgument, "NumberOutOfRange"},
    });
    // List11 [5]: every non-integer argument is an ArgumentError "InvalidArgumentType".
    const std::vector<ValueList> badArguments = {
        {b(true), i(1), i(1)},
        {i(0), b(true), i(1)},
        {i(0), i(1), b(true)},
        {f(-1.1), i(1), i(1)},
        {f(-0.0), i(1), i(1)},
        {f(0.0), i(1), i(1)},
        {f(1.1), i(1), i(1)},
        {i(0), f(-1.1), i(1)},
        {i(0), f(-0.0), i(1)},
        {i(0), f(0.0), i(1)},
        {i(0), f(1.1), i(1)},
        {i(0), i(1), f(-1.1)},
        {i(0), i(1), f(1.1)},
        {s("xyz"), i(1), i(1)},
        {i(0), s("xyz"), i(1)},
        {i(0), i(1), s("xyz")},
        {list(ints({0})), i(1), i(1)},
        {i(0), list(ints({1})), i(1)},
        {i(0), i(1), list(ints({1}))},
        {map({{"start", i(0)}}), i(1), i(1)},
        {i(0), map({{"end", i(1)}}), i(1)},
        {i(0), i(1), map({{"step", i(1)}})},
    };
    for (const ValueList& args : badArguments) {
        expectErrors({{"range", args, kArgument, "InvalidArgumentType"}});
    }
}

// ---------------------------------------------------------------------------------------------
// Math

TEST(FunctionMath, AbsSignCeilFloor) {
    expectCalls({
        {"abs", {i(-1)}, i(1)}, // Mathematical11 [1]
        {"abs", {i(5)}, i(5)},        {"abs", {i(kMin + 1)}, i(kMax)},
        {"abs", {f(-1.5)}, f(1.5)},   {"abs", {f(-0.0)}, f(0.0)},
        {"abs", {f(-kInf)}, f(kInf)}, {"sign", {i(-5)}, i(-1)},
        {"sign", {i(0)}, i(0)},       {"sign", {i(kMax)}, i(1)},
        {"sign", {f(3.2)}, i(1)},     {"sign", {f(-0.1)}, i(-1)},
        {"sign", {f(-0.0)}, i(0)},    {"sign", {f(kNaN)}, i(0)},
        {"ceil", {f(1.2)}, f(2.0)}, // ReturnSkipLimit2: toInteger(ceil(1.7)) = 2
        {"ceil", {f(1.7)}, f(2.0)},   {"ceil", {f(-1.2)}, f(-1.0)},
        {"ceil", {i(1)}, f(1.0)}, // a FLOAT, even for an INTEGER argument
        {"floor", {f(1.7)}, f(1.0)},  {"floor", {f(-1.2)}, f(-2.0)},
        {"floor", {i(-3)}, f(-3.0)},
    });
    expectErrors({
        {"abs", {i(kMin)}, kArgument, "IntegerOverflow"},
        {"abs", {s("-1")}, kType, "InvalidArgumentValue"},
        {"sign", {s("a")}, kType, "InvalidArgumentValue"},
        {"ceil", {b(true)}, kType, "InvalidArgumentValue"},
        {"floor", {list({})}, kType, "InvalidArgumentValue"},
    });
}

TEST(FunctionMath, RoundToInteger) {
    // Java's Math.round, as in Neo4j: halves go toward positive infinity.
    expectCalls({
        {"round", {f(2.5)}, f(3.0)},
        {"round", {f(2.4)}, f(2.0)},
        {"round", {f(-2.5)}, f(-2.0)},
        {"round", {f(-2.6)}, f(-3.0)},
        {"round", {f(-0.4)}, f(0.0)},
        {"round", {f(0.49999999999999994)}, f(0.0)},
        {"round", {f(4503599627370497.0)}, f(4503599627370497.0)},
        {"round", {f(1e300)}, f(1e300)},
        {"round", {i(3)}, f(3.0)},
        {"round", {f(kNaN)}, f(kNaN)},
        {"round", {f(-kInf)}, f(-kInf)},
        {"round", {f(2.5), i(0)}, f(3.0)},
        {"round", {f(-2.5), i(0)}, f(-2.0)},
    });
}

TEST(FunctionMath, RoundToPrecision) {
    expectCalls({
        {"round", {f(3.14159), i(2)}, f(3.14)},
        {"round", {f(3.14159), i(4)}, f(3.1416)},
        {"round", {f(3.1), i(5)}, f(3.1)},
        // Half-up on the decimal digits the number prints with.
        {"round", {f(2.675), i(2)}, f(2.68)},
        {"round", {f(-2.55), i(1)}, f(-2.6)},
        {"round", {f(0.005), i(2)}, f(0.01)},
        {"round", {f(0.004), i(2)}, f(0.0)},
        {"round", {f(999.96), i(1)}, f(1000.0)},
        {"round", {f(1e300), i(2)}, f(1e300)},
        {"round", {f(1e-300), i(2)}, f(0.0)},
        {"round", {i(7), i(2)}, f(7.0)},
        {"round", {f(kNaN), i(2)}, f(kNaN)},
        {"round", {f(1.5), i(kMax)}, f(1.5)},
        // Explicit modes.
        {"round", {f(2.5), i(0), s("HALF_EVEN")}, f(2.0)},
        {"round", {f(3.5), i(0), s("HALF_EVEN")}, f(4.0)},
        {"round", {f(2.45), i(1), s("HALF_EVEN")}, f(2.4)},
        {"round", {f(-2.5), i(0), s("HALF_UP")}, f(-3.0)},
        {"round", {f(-2.5), i(0), s("HALF_DOWN")}, f(-2.0)},
        {"round", {f(2.51), i(0), s("HALF_DOWN")}, f(3.0)},
        {"round", {f(1.21), i(1), s("UP")}, f(1.3)},
        {"round", {f(-1.21), i(1), s("UP")}, f(-1.3)},
        {"round", {f(1.29), i(1), s("DOWN")}, f(1.2)},
        {"round", {f(-1.29), i(1), s("DOWN")}, f(-1.2)},
        {"round", {f(-1.21), i(1), s("CEILING")}, f(-1.2)},
        {"round", {f(1.21), i(1), s("CEILING")}, f(1.3)},
        {"round", {f(-1.21), i(1), s("FLOOR")}, f(-1.3)},
        {"round", {f(0.001), i(0), s("UP")}, f(1.0)},
        {"round", {f(1.2), i(1), s("UNNECESSARY")}, f(1.2)},
        {"round", {f(1.25), i(1), s("half_up")}, f(1.3)},
    });
    expectErrors({
        {"round", {f(1.5), i(-1)}, kArgument, "NumberOutOfRange"},
        {"round", {f(1.25), i(1), s("UNNECESSARY")}, kArgument, "InvalidArgumentValue"},
        {"round", {f(1.5), i(1), s("NEAREST")}, kArgument, "InvalidArgumentValue"},
        {"round", {s("1.5")}, kType, "InvalidArgumentValue"},
        {"round", {f(1.5), f(1.0)}, kType, "InvalidArgumentValue"},
        {"round", {f(1.5), i(1), i(1)}, kType, "InvalidArgumentValue"},
    });
}

TEST(FunctionMath, RootsLogarithmsExponentials) {
    expectCalls({
        {"sqrt", {f(12.96)}, f(3.6)}, // Mathematical13 [1]
        {"sqrt", {i(16)}, f(4.0)},
        {"sqrt", {f(-1.0)}, f(kNaN)},
        {"exp", {i(0)}, f(1.0)},
        {"log", {call("e", {})}, f(1.0)},
        {"log", {i(1)}, f(0.0)},
        {"log", {i(0)}, f(-kInf)},
        {"log", {i(-1)}, f(kNaN)},
        {"log10", {i(1000)}, f(3.0)},
        {"log10", {f(0.01)}, f(-2.0)},
        {"e", {}, f(std::numbers::e)},
        {"pi", {}, f(std::numbers::pi)},
    });
    expectErrors({
        {"sqrt", {s("4")}, kType, "InvalidArgumentValue"},
        {"exp", {b(false)}, kType, "InvalidArgumentValue"},
        {"log", {list({})}, kType, "InvalidArgumentValue"},
        {"log10", {map({})}, kType, "InvalidArgumentValue"},
    });
}

TEST(FunctionMath, Trigonometry) {
    const double pi = std::numbers::pi;
    expectCalls({
        {"sin", {i(0)}, f(0.0)},
        {"cos", {i(0)}, f(1.0)},
        {"tan", {i(0)}, f(0.0)},
        {"asin", {i(1)}, f(pi / 2)},
        {"acos", {i(1)}, f(0.0)},
        {"acos", {i(2)}, f(kNaN)},
        {"atan", {i(1)}, f(pi / 4)},
        {"atan2", {i(1), i(1)}, f(pi / 4)},
        {"atan2", {i(0), i(-1)}, f(pi)},
        {"atan2", {f(-0.0), i(1)}, f(-0.0)},
        {"haversin", {i(0)}, f(0.0)},
        {"haversin", {f(pi)}, f(1.0)},
        {"cot", {i(0)}, f(kInf)},
        {"degrees", {f(pi)}, f(180.0)},
        {"degrees", {i(0)}, f(0.0)},
        {"radians", {i(180)}, f(pi)},
        {"radians", {f(-180.0)}, f(-pi)},
    });
    EXPECT_NEAR(call("sin", {f(pi / 6)}).asFloat(), 0.5, 1e-15);
    EXPECT_NEAR(call("cos", {f(pi / 3)}).asFloat(), 0.5, 1e-15);
    EXPECT_NEAR(call("tan", {f(pi / 4)}).asFloat(), 1.0, 1e-15);
    EXPECT_NEAR(call("cot", {f(pi / 4)}).asFloat(), 1.0, 1e-15);
    expectErrors({
        {"sin", {s("0")}, kType, "InvalidArgumentValue"},
        {"atan2", {i(1), s("1")}, kType, "InvalidArgumentValue"},
        {"atan2", {b(true), i(1)}, kType, "InvalidArgumentValue"},
        {"degrees", {list({})}, kType, "InvalidArgumentValue"},
    });
}

TEST(FunctionMath, IsNaN) {
    expectCalls({
        {"isNaN", {f(kNaN)}, b(true)},
        {"isNaN", {f(1.0)}, b(false)},
        {"isNaN", {f(kInf)}, b(false)},
        {"isNaN", {i(1)}, b(false)},
    });
    expectErrors({{"isNaN", {s("NaN")}, kType, "InvalidArgumentValue"}});
}

TEST(FunctionMath, RandIsUniformInTheUnitInterval) {
    std::set<double> seen;
    double sum = 0;
    constexpr int kDraws = 2000;
    for (int k = 0; k < kDraws; ++k) {
        Value r = call("rand", {});
        ASSERT_EQ(r.kind(), ValueKind::kFloat);
        ASSERT_GE(r.asFloat(), 0.0);
        ASSERT_LT(r.asFloat(), 1.0);
        seen.insert(r.asFloat());
        sum += r.asFloat();
    }
    EXPECT_GT(seen.size(), static_cast<std::size_t>(kDraws - 5));
    EXPECT_NEAR(sum / kDraws, 0.5, 0.05); // the standard error is about 0.0065
}

// ---------------------------------------------------------------------------------------------
// keys() and properties() of maps

TEST(FunctionMap, KeysAndProperties) {
    // Map3 [1]: keys of a literal map; the list is in key order.
    Value address = map({{"city", s("London")}, {"residential", b(true)}});
    Value person = map({{"name", s("Alice")}, {"age", i(38)}, {"address", address}});
    EXPECT_TRUE(identical(fn::mapKeys(person, kSpan), list(strings({"address", "age", "name"}))));
    // Map3 [3], [4]: null, empty maps, null-valued entries.
    EXPECT_TRUE(identical(fn::mapKeys(n(), kSpan), n()));
    EXPECT_TRUE(identical(fn::mapKeys(map({}), kSpan), list({})));
    EXPECT_TRUE(identical(fn::mapKeys(map({{"k", n()}}), kSpan), list(strings({"k"}))));
    EXPECT_TRUE(identical(fn::mapKeys(map({{"k", i(1)}, {"l", n()}, {"m", i(1)}}), kSpan),
                          list(strings({"k", "l", "m"}))));
    // Graph9 [3], [4].
    EXPECT_TRUE(identical(fn::mapProperties(person, kSpan), person));
    EXPECT_TRUE(identical(fn::mapProperties(n(), kSpan), n()));
    // Graph9 [5]-[7] (at runtime rather than compile time).
    for (const Value& v : {i(1), s("Cypher"), list({b(true), b(false)})}) {
        SCOPED_TRACE(show(v));
        EXPECT_TRUE(fails([&] { fn::mapProperties(v, kSpan); }, kType, "InvalidArgumentValue"));
        EXPECT_TRUE(fails([&] { fn::mapKeys(v, kSpan); }, kType, "InvalidArgumentValue"));
    }
}

} // namespace
