// The parser facade: Cypher text in, AST out. Free of Spirit X3, so including it costs nothing;
// the grammar lives in query/grammar/ and is compiled once there.
#ifndef STEPPE_QUERY_PARSER_HPP_
#define STEPPE_QUERY_PARSER_HPP_

#include <string_view>

#include "query/ast.hpp"
#include "steppe/status.hpp"

namespace steppe::query {

// Parses one statement (an optional trailing `;` is allowed). On failure returns a kSyntaxError
// status whose location holds the offset of the fault (line and column filled in) and whose
// message says what was expected, in words: "expected ')'", "expected an expression".
Status parseStatement(std::string_view text, ast::Statement* statement);

} // namespace steppe::query

#endif // STEPPE_QUERY_PARSER_HPP_
