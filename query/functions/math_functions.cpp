// Math functions: abs, ceil, floor, round, sign, sqrt, exp, log, log10, e, pi, rand, the
// trigonometric functions, degrees, radians, isNaN.
//
// abs keeps the kind of its argument and sign returns an INTEGER; every other function here
// returns a FLOAT, for INTEGER arguments too (ceil(1) = 1.0), as in openCypher and Neo4j.
// Domain errors follow IEEE 754 rather than raising: sqrt(-1) and log(-1) are NaN, log(0) is
// -Infinity.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <numbers>
#include <random>
#include <string>

#include "query/functions/argument_errors.hpp"
#include "query/functions/decimal_rounding.hpp"
#include "query/functions/function_groups.hpp"

namespace steppe::query::functions {

namespace {

// A function name as a template argument, so that one template serves every function below.
template <std::size_t N>
struct Name {
    // Implicit on purpose: floatOf<"sqrt", ...> converts the literal through it.
    constexpr Name(const char (&name)[N]) { std::copy_n(name, N, text); } // NOLINT
    char text[N];
};

// The functions from one number to one FLOAT. F is a captureless lambda (the standard
// library's functions may not have their address taken).
template <Name name, double (*F)(double)>
Value floatOf(std::span<const Value> args, ast::SourceSpan span) {
    if (args[0].isNull()) {
        return Value::null();
    }
    return Value::floating(F(numberArgument(args[0], name.text, span)));
}

// Java's Math.toDegrees and Math.toRadians multiply by these, so that degrees(pi()) is 180.0
// and radians(180) is pi() exactly.
constexpr double kDegreesPerRadian = 180.0 / std::numbers::pi;
constexpr double kRadiansPerDegree = std::numbers::pi / 180.0;

Value atan2(std::span<const Value> args, ast::SourceSpan span) {
    if (anyNull(args)) {
        return Value::null();
    }
    return Value::floating(
        std::atan2(numberArgument(args[0], "atan2", span), numberArgument(args[1], "atan2", span)));
}

Value abs(std::span<const Value> args, ast::SourceSpan span) {
    const Value& v = args[0];
    switch (v.kind()) {
    case ValueKind::kNull:
        return v;
    case ValueKind::kInteger:
        if (v.asInteger() == std::numeric_limits<std::int64_t>::min()) {
            throwBadValue("abs(" + v.toCypherLiteral() + ") does not fit in a 64-bit integer",
                          "IntegerOverflow", span);
        }
        return Value::integer(v.asInteger() < 0 ? -v.asInteger() : v.asInteger());
    case ValueKind::kFloat:
        return Value::floating(std::fabs(v.asFloat()));
    default:
        throwBadArgument("abs", "an INTEGER or a FLOAT", v, span);
    }
}

// sign() is an INTEGER: -1, 0 or 1; 0 for NaN, as in Neo4j.
Value sign(std::span<const Value> args, ast::SourceSpan span) {
    if (args[0].isNull()) {
        return Value::null();
    }
    double x = numberArgument(args[0], "sign", span);
    return Value::integer(x > 0 ? 1 : x < 0 ? -1 : 0);
}

Value isNaN(std::span<const Value> args, ast::SourceSpan span) {
    if (args[0].isNull()) {
        return Value::null();
    }
    return Value::boolean(std::isnan(numberArgument(args[0], "isNaN", span)));
}

Value e(std::span<const Value>, ast::SourceSpan) {
    return Value::floating(std::numbers::e);
}

Value pi(std::span<const Value>, ast::SourceSpan) {
    return Value::floating(std::numbers::pi);
}

// A uniform double in [0, 1). Each thread has its own generator, so no locking is needed.
Value rand(std::span<const Value>, ast::SourceSpan) {
    thread_local std::mt19937_64 generator(std::random_device{}());
    // The top 53 bits make every double k / 2^53 equally likely; 1.0 cannot come out.
    return Value::floating(static_cast<double>(generator() >> 11) * 0x1.0p-53);
}

// round(x): to the nearest integer, ties toward positive infinity (Java's Math.round, which
// Neo4j uses: round(-2.5) = -2.0). round(x, precision [, mode]): to `precision` decimal places
// (see decimal_rounding.hpp); without a mode, ties go away from zero (HALF_UP), except that
// precision 0 keeps Math.round's rule, as in Neo4j.
Value round(std::span<const Value> args, ast::SourceSpan span) {
    if (anyNull(args)) {
        return Value::null();
    }
    double x = numberArgument(args[0], "round", span);
    std::int64_t precision = args.size() > 1 ? integerArgument(args[1], "round", span) : 0;
    if (precision < 0) {
        throwBadValue("round(): the precision must not be negative, got " +
                          std::to_string(precision),
                      "NumberOutOfRange", span);
    }
    if (args.size() < 3 && precision == 0) {
        // Not floor(x + 0.5): the sum can round up (0.49999999999999994 + 0.5 is 1.0). The
        // fraction x - floor(x) is exact except for x in (-0.5, 0), where it rounds but stays
        // above 0.5, so the comparison is always right.
        double whole = std::floor(x);
        return Value::floating(std::isfinite(x) && x - whole >= 0.5 ? whole + 1 : whole);
    }
    RoundingMode mode = RoundingMode::kHalfUp;
    if (args.size() == 3) {
        const std::string& name = stringArgument(args[2], "round", span);
        if (!parseRoundingMode(name, &mode)) {
            throwBadValue("round(): unknown rounding mode " + describeValue(args[2]) +
                              "; the modes are CEILING, FLOOR, UP, DOWN, HALF_EVEN, HALF_UP, "
                              "HALF_DOWN and UNNECESSARY",
                          "InvalidArgumentValue", span);
        }
    }
    double rounded = 0;
    if (!roundDecimal(x, precision, mode, &rounded)) {
        throwBadValue("round(): mode UNNECESSARY forbids rounding " + describeValue(args[0]) +
                          " to " + std::to_string(precision) + " decimal places",
                      "InvalidArgumentValue", span);
    }
    return Value::floating(rounded);
}

constexpr ScalarFunction kFunctions[] = {
    {"abs", 1, 1, abs, true},
    {"ceil", 1, 1, floatOf<"ceil", +[](double x) { return std::ceil(x); }>, true},
    {"floor", 1, 1, floatOf<"floor", +[](double x) { return std::floor(x); }>, true},
    {"round", 1, 3, round, true},
    {"sign", 1, 1, sign, true},
    {"sqrt", 1, 1, floatOf<"sqrt", +[](double x) { return std::sqrt(x); }>, true},
    {"exp", 1, 1, floatOf<"exp", +[](double x) { return std::exp(x); }>, true},
    {"log", 1, 1, floatOf<"log", +[](double x) { return std::log(x); }>, true},
    {"log10", 1, 1, floatOf<"log10", +[](double x) { return std::log10(x); }>, true},
    {"e", 0, 0, e, true},
    {"pi", 0, 0, pi, true},
    {"rand", 0, 0, rand, false},
    {"sin", 1, 1, floatOf<"sin", +[](double x) { return std::sin(x); }>, true},
    {"cos", 1, 1, floatOf<"cos", +[](double x) { return std::cos(x); }>, true},
    {"tan", 1, 1, floatOf<"tan", +[](double x) { return std::tan(x); }>, true},
    {"cot", 1, 1, floatOf<"cot", +[](double x) { return 1.0 / std::tan(x); }>, true},
    {"asin", 1, 1, floatOf<"asin", +[](double x) { return std::asin(x); }>, true},
    {"acos", 1, 1, floatOf<"acos", +[](double x) { return std::acos(x); }>, true},
    {"atan", 1, 1, floatOf<"atan", +[](double x) { return std::atan(x); }>, true},
    {"atan2", 2, 2, atan2, true},
    {"haversin", 1, 1, floatOf<"haversin", +[](double x) { return (1.0 - std::cos(x)) / 2.0; }>,
     true},
    {"degrees", 1, 1, floatOf<"degrees", +[](double x) { return x * kDegreesPerRadian; }>, true},
    {"radians", 1, 1, floatOf<"radians", +[](double x) { return x * kRadiansPerDegree; }>, true},
    {"isNaN", 1, 1, isNaN, true},
};

} // namespace

std::span<const ScalarFunction> mathFunctions() {
    return kFunctions;
}

} // namespace steppe::query::functions
