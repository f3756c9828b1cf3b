// Placeholder until the Spirit X3 grammar lands in query/grammar/.
#include "query/parser.hpp"

namespace steppe::query {

Status parseStatement(std::string_view, ast::Statement*) {
    return Status::syntaxError("the query language is not available yet");
}

} // namespace steppe::query
