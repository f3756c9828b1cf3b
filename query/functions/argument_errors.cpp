#include "query/functions/argument_errors.hpp"

#include <utility>

#include "query/functions/utf8.hpp"
#include "query/query_error.hpp"

namespace steppe::query::functions {

namespace {

constexpr std::size_t kMaxQuotedCodePoints = 40;

} // namespace

std::string describeValue(const Value& v) {
    switch (v.kind()) {
    case ValueKind::kNull:
        return "null";
    case ValueKind::kBoolean:
    case ValueKind::kInteger:
    case ValueKind::kFloat:
        return v.toCypherLiteral() + " (" + valueKindName(v.kind()) + ")";
    case ValueKind::kString: {
        const std::string& text = v.asString();
        if (utf8::length(text) <= kMaxQuotedCodePoints) {
            return v.toCypherLiteral() + " (STRING)";
        }
        std::string head = text.substr(0, utf8::offsetOf(text, kMaxQuotedCodePoints));
        std::string literal = Value::string(std::move(head)).toCypherLiteral();
        literal.insert(literal.size() - 1, "...");
        return literal + " (STRING)";
    }
    default:
        return std::string("a ") + valueKindName(v.kind());
    }
}

void throwBadArgument(const char* function, const char* expected, const Value& got,
                      ast::SourceSpan span) {
    throwTypeError(std::string("invalid argument for ") + function + "(): expected " + expected +
                       ", got " + describeValue(got),
                   "InvalidArgumentValue", span);
}

void throwBadOperand(std::string message, ast::SourceSpan span) {
    throwTypeError(std::move(message), "InvalidArgumentType", span);
}

void throwBadValue(std::string message, const char* detail, ast::SourceSpan span) {
    throwArgumentError(std::move(message), detail, span);
}

} // namespace steppe::query::functions
