// The grammar's entry point for query/parser.cpp: text in, AST or a located failure out. Free of
// Spirit X3, so parser.cpp compiles without it.
#ifndef STEPPE_QUERY_GRAMMAR_PARSE_HPP_
#define STEPPE_QUERY_GRAMMAR_PARSE_HPP_

#include <cstdint>
#include <string>
#include <string_view>

#include "query/ast.hpp"

namespace steppe::query::grammar {

// Why and where a parse failed. `offset` is the first byte that could not be consumed, past any
// whitespace and comments; `length` covers the offending token when the error is about a token
// (an integer literal out of range, `!=`), else 0.
struct SyntaxFailure {
    std::uint32_t offset = 0;
    std::uint32_t length = 0;
    std::string message; // e.g. "expected ')'"
    std::string hint;    // e.g. "use '<>' for inequality", or ""
    std::string detail;  // openCypher detail code: "UnexpectedSyntax", "IntegerOverflow", ...
};

// Parses one statement. Returns true and fills `statement`, or returns false and fills
// `failure`.
bool parseCypher(std::string_view text, ast::Statement* statement, SyntaxFailure* failure);

} // namespace steppe::query::grammar

#endif // STEPPE_QUERY_GRAMMAR_PARSE_HPP_
