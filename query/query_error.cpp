#include "query/query_error.hpp"

namespace steppe::query {

SourceLocation locationOf(ast::SourceSpan span) {
    SourceLocation where;
    where.offset = span.offset;
    where.length = span.length;
    return where;
}

void throwSemanticError(std::string message, const char* detail, ast::SourceSpan span) {
    throw QueryError(
        Status::semanticError(std::move(message), locationOf(span)).withDetail(detail));
}

void throwTypeError(std::string message, const char* detail, ast::SourceSpan span) {
    throw QueryError(Status::typeError(std::move(message), locationOf(span)).withDetail(detail));
}

void throwArgumentError(std::string message, const char* detail, ast::SourceSpan span) {
    throw QueryError(
        Status::argumentError(std::move(message), locationOf(span)).withDetail(detail));
}

void throwInternalError(std::string message) {
    throw QueryError(Status::internal(std::move(message)));
}

} // namespace steppe::query
