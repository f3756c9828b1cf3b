// QueryError: how the query stages (parser, binder, planner, executor) report failure inside
// the pipeline. Each stage throws one; Database::query catches it once and returns its Status,
// so the public API never throws.
#ifndef STEPPE_QUERY_QUERY_ERROR_HPP_
#define STEPPE_QUERY_QUERY_ERROR_HPP_

#include <exception>
#include <string>
#include <utility>

#include "query/ast.hpp"
#include "steppe/status.hpp"

namespace steppe::query {

class QueryError : public std::exception {
public:
    explicit QueryError(Status status) : status_(std::move(status)) {}
    const char* what() const noexcept override { return status_.message().c_str(); }
    const Status& status() const { return status_; }

private:
    Status status_;
};

// Convenience throwers. `detail` is the openCypher detail code (e.g. "UndefinedVariable");
// `span` the offending part of the query, or {} when it is not known.
[[noreturn]] void throwSemanticError(std::string message, const char* detail,
                                     ast::SourceSpan span = {});
[[noreturn]] void throwTypeError(std::string message, const char* detail,
                                 ast::SourceSpan span = {});
[[noreturn]] void throwArgumentError(std::string message, const char* detail,
                                     ast::SourceSpan span = {});

// A bug in Steppe, not in the query: a case the code should never meet (e.g. after a switch
// that covers every enumerator). Reported as StatusCode::kInternal.
[[noreturn]] void throwInternalError(std::string message);

// A span as a SourceLocation with offset and length only; Database::query fills in the line
// and column from the query text.
SourceLocation locationOf(ast::SourceSpan span);

} // namespace steppe::query

#endif // STEPPE_QUERY_QUERY_ERROR_HPP_
