// Type conversion: toString, toInteger, toFloat, toBoolean, their *OrNull forms, and coalesce.
//
// The plain forms accept the kinds that have a meaningful conversion and raise a TypeError
// "InvalidArgumentValue" for the others (TypeConversion1-4); a string that does not spell a
// value converts to null. The *OrNull forms return null wherever the plain form would fail.
#include <cmath>
#include <cstdint>
#include <string>

#include "query/functions/argument_errors.hpp"
#include "query/functions/function_groups.hpp"
#include "query/functions/scalar_text.hpp"
#include "query/functions/utf8.hpp"

namespace steppe::query::functions {

namespace {

// Whether a conversion reports a value it cannot convert, or returns null for it.
enum class OnFailure : bool { kThrow, kNull };

Value toStringValue(const Value& v, OnFailure onFailure, ast::SourceSpan span) {
    if (v.isNull() || v.kind() == ValueKind::kString) {
        return v;
    }
    std::string text;
    if (appendScalarText(text, v)) {
        return Value::string(std::move(text));
    }
    if (onFailure == OnFailure::kNull) {
        return Value::null();
    }
    throwBadArgument("toString", "a STRING, INTEGER, FLOAT or BOOLEAN", v, span);
}

// toInteger(1e30) or toInteger('1e30') has no INTEGER answer; Neo4j reports the string case
// as an error and silently saturates the float case. Both are errors here.
[[noreturn]] void throwTooLarge(const Value& v, ast::SourceSpan span) {
    throwBadValue("toInteger(): " + describeValue(v) + " is outside the INTEGER range",
                  "NumberOutOfRange", span);
}

Value toIntegerValue(const Value& v, OnFailure onFailure, ast::SourceSpan span) {
    std::int64_t result = 0;
    switch (v.kind()) {
    case ValueKind::kNull:
    case ValueKind::kInteger:
        return v;
    case ValueKind::kBoolean:
        return Value::integer(v.asBoolean() ? 1 : 0);
    case ValueKind::kFloat:
        if (truncateToInteger(v.asFloat(), &result)) {
            return Value::integer(result);
        }
        break;
    case ValueKind::kString:
        switch (parseInteger(v.asString(), &result)) {
        case ParseResult::kOk:
            return Value::integer(result);
        case ParseResult::kNotANumber:
            return Value::null();
        case ParseResult::kOutOfRange:
            break;
        }
        break;
    default:
        if (onFailure == OnFailure::kNull) {
            return Value::null();
        }
        throwBadArgument("toInteger", "a STRING, INTEGER, FLOAT or BOOLEAN", v, span);
    }
    if (onFailure == OnFailure::kNull) {
        return Value::null();
    }
    throwTooLarge(v, span);
}

Value toFloatValue(const Value& v, OnFailure onFailure, ast::SourceSpan span) {
    double result = 0;
    switch (v.kind()) {
    case ValueKind::kNull:
    case ValueKind::kFloat:
        return v;
    case ValueKind::kInteger:
        return Value::floating(static_cast<double>(v.asInteger()));
    case ValueKind::kString:
        return parseFloat(v.asString(), &result) ? Value::floating(result) : Value::null();
    default:
        if (onFailure == OnFailure::kNull) {
            return Value::null();
        }
        throwBadArgument("toFloat", "a STRING, INTEGER or FLOAT", v, span);
    }
}

bool equalsIgnoringAsciiCase(std::string_view text, std::string_view lowerCaseWord) {
    if (text.size() != lowerCaseWord.size()) {
        return false;
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
        if (c != lowerCaseWord[i]) {
            return false;
        }
    }
    return true;
}

// Strings: 'true' and 'false' in any case, surrounding whitespace ignored (as in Neo4j);
// anything else is null (TypeConversion1 [4]). Integers: 0 is false, others true (Neo4j).
Value toBooleanValue(const Value& v, OnFailure onFailure, ast::SourceSpan span) {
    switch (v.kind()) {
    case ValueKind::kNull:
    case ValueKind::kBoolean:
        return v;
    case ValueKind::kInteger:
        return Value::boolean(v.asInteger() != 0);
    case ValueKind::kString: {
        std::string_view text = utf8::trim(v.asString());
        if (equalsIgnoringAsciiCase(text, "true")) {
            return Value::boolean(true);
        }
        return equalsIgnoringAsciiCase(text, "false") ? Value::boolean(false) : Value::null();
    }
    default:
        if (onFailure == OnFailure::kNull) {
            return Value::null();
        }
        throwBadArgument("toBoolean", "a STRING, INTEGER or BOOLEAN", v, span);
    }
}

template <Value (*Convert)(const Value&, OnFailure, ast::SourceSpan), OnFailure Mode>
Value convert(std::span<const Value> args, ast::SourceSpan span) {
    return Convert(args[0], Mode, span);
}

Value coalesce(std::span<const Value> args, ast::SourceSpan) {
    for (const Value& v : args) {
        if (!v.isNull()) {
            return v;
        }
    }
    return Value::null();
}

constexpr ScalarFunction kFunctions[] = {
    {"toString", 1, 1, convert<toStringValue, OnFailure::kThrow>, true},
    {"toStringOrNull", 1, 1, convert<toStringValue, OnFailure::kNull>, true},
    {"toInteger", 1, 1, convert<toIntegerValue, OnFailure::kThrow>, true},
    {"toIntegerOrNull", 1, 1, convert<toIntegerValue, OnFailure::kNull>, true},
    {"toFloat", 1, 1, convert<toFloatValue, OnFailure::kThrow>, true},
    {"toFloatOrNull", 1, 1, convert<toFloatValue, OnFailure::kNull>, true},
    {"toBoolean", 1, 1, convert<toBooleanValue, OnFailure::kThrow>, true},
    {"toBooleanOrNull", 1, 1, convert<toBooleanValue, OnFailure::kNull>, true},
    {"coalesce", 1, kVariadic, coalesce, true},
};

} // namespace

std::span<const ScalarFunction> conversionFunctions() {
    return kFunctions;
}

} // namespace steppe::query::functions
