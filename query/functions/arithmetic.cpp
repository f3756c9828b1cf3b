#include "query/functions/arithmetic.hpp"

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>

#include "query/functions/argument_errors.hpp"
#include "query/functions/scalar_text.hpp"

namespace steppe::query::functions {

namespace {

bool bothIntegers(const Value& a, const Value& b) {
    return a.kind() == ValueKind::kInteger && b.kind() == ValueKind::kInteger;
}

bool bothNumbers(const Value& a, const Value& b) {
    return a.isNumber() && b.isNumber();
}

[[noreturn]] void throwOverflow(const Value& a, const char* op, const Value& b,
                                ast::SourceSpan span) {
    throwBadValue("integer overflow: " + a.toCypherLiteral() + " " + op + " " +
                      b.toCypherLiteral() + " does not fit in a 64-bit integer",
                  "IntegerOverflow", span);
}

[[noreturn]] void throwDivisionByZero(const Value& a, const char* op, ast::SourceSpan span) {
    throwBadValue("division by zero: " + a.toCypherLiteral() + " " + op + " 0", "DivisionByZero",
                  span);
}

[[noreturn]] void throwKinds(const char* verb, const Value& a, const char* joiner, const Value& b,
                             ast::SourceSpan span) {
    throwBadOperand(std::string("cannot ") + verb + " " + valueKindName(a.kind()) + " " + joiner +
                        " " + valueKindName(b.kind()),
                    span);
}

Value concatenateLists(const Value& a, const Value& b) {
    ValueList items;
    bool aList = a.kind() == ValueKind::kList;
    bool bList = b.kind() == ValueKind::kList;
    items.reserve((aList ? a.asList().size() : 1) + (bList ? b.asList().size() : 1));
    if (aList) {
        items.insert(items.end(), a.asList().begin(), a.asList().end());
    } else {
        items.push_back(a);
    }
    if (bList) {
        items.insert(items.end(), b.asList().begin(), b.asList().end());
    } else {
        items.push_back(b);
    }
    return Value::list(std::move(items));
}

} // namespace

Value add(const Value& a, const Value& b, ast::SourceSpan span) {
    if (a.isNull() || b.isNull()) {
        return Value::null();
    }
    if (bothIntegers(a, b)) {
        std::int64_t sum = 0;
        if (__builtin_add_overflow(a.asInteger(), b.asInteger(), &sum)) {
            throwOverflow(a, "+", b, span);
        }
        return Value::integer(sum);
    }
    if (bothNumbers(a, b)) {
        return Value::floating(a.asNumber() + b.asNumber());
    }
    if (a.kind() == ValueKind::kList || b.kind() == ValueKind::kList) {
        return concatenateLists(a, b);
    }
    if (a.kind() == ValueKind::kString || b.kind() == ValueKind::kString) {
        // appendScalarText takes strings, numbers and booleans and refuses the rest.
        std::string text;
        if (appendScalarText(text, a) && appendScalarText(text, b)) {
            return Value::string(std::move(text));
        }
    }
    throwKinds("add", a, "and", b, span);
}

Value subtract(const Value& a, const Value& b, ast::SourceSpan span) {
    if (a.isNull() || b.isNull()) {
        return Value::null();
    }
    if (bothIntegers(a, b)) {
        std::int64_t difference = 0;
        if (__builtin_sub_overflow(a.asInteger(), b.asInteger(), &difference)) {
            throwOverflow(a, "-", b, span);
        }
        return Value::integer(difference);
    }
    if (bothNumbers(a, b)) {
        return Value::floating(a.asNumber() - b.asNumber());
    }
    throwBadOperand(std::string("cannot subtract ") + valueKindName(b.kind()) + " from " +
                        valueKindName(a.kind()),
                    span);
}

Value multiply(const Value& a, const Value& b, ast::SourceSpan span) {
    if (a.isNull() || b.isNull()) {
        return Value::null();
    }
    if (bothIntegers(a, b)) {
        std::int64_t product = 0;
        if (__builtin_mul_overflow(a.asInteger(), b.asInteger(), &product)) {
            throwOverflow(a, "*", b, span);
        }
        return Value::integer(product);
    }
    if (bothNumbers(a, b)) {
        return Value::floating(a.asNumber() * b.asNumber());
    }
    throwKinds("multiply", a, "and", b, span);
}

Value divide(const Value& a, const Value& b, ast::SourceSpan span) {
    if (a.isNull() || b.isNull()) {
        return Value::null();
    }
    if (bothIntegers(a, b)) {
        std::int64_t divisor = b.asInteger();
        if (divisor == 0) {
            throwDivisionByZero(a, "/", span);
        }
        if (divisor == -1 && a.asInteger() == std::numeric_limits<std::int64_t>::min()) {
            throwOverflow(a, "/", b, span);
        }
        return Value::integer(a.asInteger() / divisor);
    }
    if (bothNumbers(a, b)) {
        return Value::floating(a.asNumber() / b.asNumber());
    }
    throwKinds("divide", a, "by", b, span);
}

Value modulo(const Value& a, const Value& b, ast::SourceSpan span) {
    if (a.isNull() || b.isNull()) {
        return Value::null();
    }
    if (bothIntegers(a, b)) {
        std::int64_t divisor = b.asInteger();
        if (divisor == 0) {
            throwDivisionByZero(a, "%", span);
        }
        // INT64_MIN % -1 is undefined behaviour in C++; mathematically (and in Java) it is 0.
        return Value::integer(divisor == -1 ? 0 : a.asInteger() % divisor);
    }
    if (bothNumbers(a, b)) {
        return Value::floating(std::fmod(a.asNumber(), b.asNumber()));
    }
    throwKinds("compute the modulo of", a, "and", b, span);
}

Value power(const Value& a, const Value& b, ast::SourceSpan span) {
    if (a.isNull() || b.isNull()) {
        return Value::null();
    }
    if (bothNumbers(a, b)) {
        return Value::floating(std::pow(a.asNumber(), b.asNumber()));
    }
    throwKinds("raise", a, "to the power of", b, span);
}

Value negate(const Value& a, ast::SourceSpan span) {
    switch (a.kind()) {
    case ValueKind::kNull:
        return a;
    case ValueKind::kInteger:
        if (a.asInteger() == std::numeric_limits<std::int64_t>::min()) {
            throwBadValue("integer overflow: -(" + a.toCypherLiteral() +
                              ") does not fit in a 64-bit integer",
                          "IntegerOverflow", span);
        }
        return Value::integer(-a.asInteger());
    case ValueKind::kFloat:
        return Value::floating(-a.asFloat());
    default:
        throwBadOperand(std::string("cannot negate ") + valueKindName(a.kind()), span);
    }
}

Value unaryPlus(const Value& a, ast::SourceSpan span) {
    if (a.isNull() || a.isNumber()) {
        return a;
    }
    throwBadOperand(std::string("cannot apply unary + to ") + valueKindName(a.kind()), span);
}

} // namespace steppe::query::functions
