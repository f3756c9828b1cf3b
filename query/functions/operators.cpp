#include "query/functions/operators.hpp"

#include <string>
#include <string_view>

#include "query/functions/argument_errors.hpp"
#include "query/functions/arithmetic.hpp"
#include "query/functions/regex_cache.hpp"
#include "query/query_error.hpp"

namespace steppe::query::functions {

namespace {

Value fromOptional(std::optional<bool> b) {
    return b ? Value::boolean(*b) : Value::null();
}

std::optional<bool> truthOperand(const Value& v, const char* op, ast::SourceSpan span) {
    switch (v.kind()) {
    case ValueKind::kBoolean:
        return v.asBoolean();
    case ValueKind::kNull:
        return std::nullopt;
    default:
        throwBadOperand(std::string(op) + " expects BOOLEAN operands, got " + describeValue(v),
                        span);
    }
}

// The ordering comparisons: `accept` turns the three-way result into the answer.
template <typename Accept>
Value ordered(const Value& a, const Value& b, Accept accept) {
    if (std::optional<int> order = compare(a, b)) {
        return Value::boolean(accept(*order));
    }
    // Two numbers are always comparable except with NaN, and then the answer is false, not
    // unknown (Comparison2 [5]).
    return a.isNumber() && b.isNumber() ? Value::boolean(false) : Value::null();
}

// The string predicates: `test` runs only when both operands are strings.
template <typename Test>
Value stringPredicate(const Value& a, const Value& b, Test test) {
    if (a.kind() != ValueKind::kString || b.kind() != ValueKind::kString) {
        return Value::null();
    }
    // Byte-wise search is code-point-correct: a valid UTF-8 needle can only match at a code
    // point boundary of a valid UTF-8 haystack.
    return Value::boolean(test(std::string_view(a.asString()), std::string_view(b.asString())));
}

// A bug in the caller: the evaluator dispatched an operator of the wrong arity.
[[noreturn]] void throwNotOperator(ast::Operator op, const char* arity) {
    throw QueryError(Status::internal("operator #" + std::to_string(static_cast<int>(op)) +
                                      " is not a " + arity + " operator"));
}

} // namespace

Value logicalAnd(const Value& a, const Value& b, ast::SourceSpan span) {
    std::optional<bool> x = truthOperand(a, "AND", span);
    std::optional<bool> y = truthOperand(b, "AND", span);
    if (x == false || y == false) {
        return Value::boolean(false);
    }
    return x && y ? Value::boolean(true) : Value::null();
}

Value logicalOr(const Value& a, const Value& b, ast::SourceSpan span) {
    std::optional<bool> x = truthOperand(a, "OR", span);
    std::optional<bool> y = truthOperand(b, "OR", span);
    if (x == true || y == true) {
        return Value::boolean(true);
    }
    return x && y ? Value::boolean(false) : Value::null();
}

Value logicalXor(const Value& a, const Value& b, ast::SourceSpan span) {
    std::optional<bool> x = truthOperand(a, "XOR", span);
    std::optional<bool> y = truthOperand(b, "XOR", span);
    return x && y ? Value::boolean(*x != *y) : Value::null();
}

Value logicalNot(const Value& a, ast::SourceSpan span) {
    std::optional<bool> x = truthOperand(a, "NOT", span);
    return x ? Value::boolean(!*x) : Value::null();
}

Value equalTo(const Value& a, const Value& b) {
    return fromOptional(equals(a, b));
}

Value notEqualTo(const Value& a, const Value& b) {
    std::optional<bool> same = equals(a, b);
    return same ? Value::boolean(!*same) : Value::null();
}

Value lessThan(const Value& a, const Value& b) {
    return ordered(a, b, [](int order) { return order < 0; });
}

Value lessOrEqual(const Value& a, const Value& b) {
    return ordered(a, b, [](int order) { return order <= 0; });
}

Value greaterThan(const Value& a, const Value& b) {
    return ordered(a, b, [](int order) { return order > 0; });
}

Value greaterOrEqual(const Value& a, const Value& b) {
    return ordered(a, b, [](int order) { return order >= 0; });
}

Value startsWith(const Value& text, const Value& prefix) {
    return stringPredicate(text, prefix,
                           [](std::string_view t, std::string_view p) { return t.starts_with(p); });
}

Value endsWith(const Value& text, const Value& suffix) {
    return stringPredicate(text, suffix,
                           [](std::string_view t, std::string_view s) { return t.ends_with(s); });
}

Value contains(const Value& text, const Value& part) {
    return stringPredicate(text, part, [](std::string_view t, std::string_view p) {
        return t.find(p) != std::string_view::npos;
    });
}

Value regexMatch(const Value& text, const Value& pattern, ast::SourceSpan span) {
    if (text.isNull() || pattern.isNull()) {
        return Value::null();
    }
    if (pattern.kind() != ValueKind::kString) {
        throwBadOperand("=~ expects a STRING pattern, got " + describeValue(pattern), span);
    }
    if (text.kind() != ValueKind::kString) {
        return Value::null();
    }
    return Value::boolean(matchRegex(text.asString(), pattern.asString(), span));
}

Value isIn(const Value& element, const Value& list, ast::SourceSpan span) {
    if (list.isNull()) {
        return Value::null();
    }
    if (list.kind() != ValueKind::kList) {
        throwBadOperand("IN expects a LIST on its right, got " + describeValue(list), span);
    }
    bool unknown = false;
    for (const Value& item : list.asList()) {
        std::optional<bool> same = equals(element, item);
        if (same == true) {
            return Value::boolean(true);
        }
        unknown = unknown || !same;
    }
    return unknown ? Value::null() : Value::boolean(false);
}

Value applyUnary(ast::Operator op, const Value& operand, ast::SourceSpan span) {
    switch (op) {
    case ast::Operator::kNot:
        return logicalNot(operand, span);
    case ast::Operator::kNegate:
        return negate(operand, span);
    case ast::Operator::kPlus:
        return unaryPlus(operand, span);
    case ast::Operator::kIsNull:
        return Value::boolean(operand.isNull());
    case ast::Operator::kIsNotNull:
        return Value::boolean(!operand.isNull());
    default:
        throwNotOperator(op, "unary");
    }
}

Value applyBinary(ast::Operator op, const Value& left, const Value& right, ast::SourceSpan span) {
    switch (op) {
    case ast::Operator::kOr:
        return logicalOr(left, right, span);
    case ast::Operator::kXor:
        return logicalXor(left, right, span);
    case ast::Operator::kAnd:
        return logicalAnd(left, right, span);
    case ast::Operator::kEqual:
        return equalTo(left, right);
    case ast::Operator::kNotEqual:
        return notEqualTo(left, right);
    case ast::Operator::kLess:
        return lessThan(left, right);
    case ast::Operator::kLessEqual:
        return lessOrEqual(left, right);
    case ast::Operator::kGreater:
        return greaterThan(left, right);
    case ast::Operator::kGreaterEqual:
        return greaterOrEqual(left, right);
    case ast::Operator::kStartsWith:
        return startsWith(left, right);
    case ast::Operator::kEndsWith:
        return endsWith(left, right);
    case ast::Operator::kContains:
        return contains(left, right);
    case ast::Operator::kRegexMatch:
        return regexMatch(left, right, span);
    case ast::Operator::kIn:
        return isIn(left, right, span);
    case ast::Operator::kAdd:
        return add(left, right, span);
    case ast::Operator::kSubtract:
        return subtract(left, right, span);
    case ast::Operator::kMultiply:
        return multiply(left, right, span);
    case ast::Operator::kDivide:
        return divide(left, right, span);
    case ast::Operator::kModulo:
        return modulo(left, right, span);
    case ast::Operator::kPower:
        return power(left, right, span);
    default:
        throwNotOperator(op, "binary");
    }
}

} // namespace steppe::query::functions
