#include "query/ast.hpp"

namespace steppe::query::ast {

const char* operatorText(Operator op) {
    switch (op) {
    case Operator::kNot:
        return "NOT";
    case Operator::kNegate:
        return "-";
    case Operator::kPlus:
        return "+";
    case Operator::kIsNull:
        return "IS NULL";
    case Operator::kIsNotNull:
        return "IS NOT NULL";
    case Operator::kOr:
        return "OR";
    case Operator::kXor:
        return "XOR";
    case Operator::kAnd:
        return "AND";
    case Operator::kEqual:
        return "=";
    case Operator::kNotEqual:
        return "<>";
    case Operator::kLess:
        return "<";
    case Operator::kLessEqual:
        return "<=";
    case Operator::kGreater:
        return ">";
    case Operator::kGreaterEqual:
        return ">=";
    case Operator::kStartsWith:
        return "STARTS WITH";
    case Operator::kEndsWith:
        return "ENDS WITH";
    case Operator::kContains:
        return "CONTAINS";
    case Operator::kRegexMatch:
        return "=~";
    case Operator::kIn:
        return "IN";
    case Operator::kAdd:
        return "+";
    case Operator::kSubtract:
        return "-";
    case Operator::kMultiply:
        return "*";
    case Operator::kDivide:
        return "/";
    case Operator::kModulo:
        return "%";
    case Operator::kPower:
        return "^";
    }
    return "?";
}

} // namespace steppe::query::ast
