// An S-expression dump of the AST, for golden tests and debugging.
//
//   (statement
//     (query
//       (single
//         (match
//           (part (node n :Person) (rel -> :KNOWS) (node m))
//           (where (> (. n age) 30)))
//         (return
//           (item "m.name" (. m name) AS name)))))
//
// Clauses and their parts take one line each; expressions print on one line, operators as
// written in Cypher (`(STARTS WITH a b)`, `(IS NOT NULL x)`), lists and maps as `[a, b]` and
// `{k: v}`, literals as Cypher literals.
#ifndef STEPPE_QUERY_AST_PRINTER_HPP_
#define STEPPE_QUERY_AST_PRINTER_HPP_

#include <string>
#include <string_view>

#include "query/ast.hpp"

namespace steppe::query {

struct AstPrintOptions {
    // The query text the AST was parsed from. When set, a projection item shows the text that
    // names its column (`(item "count(*)" ...)`) and spans print as the text they cover.
    std::string_view source;
    // Print the span of every expression, pattern element and clause: `@"n.name"` (with a
    // source) or `@7+6` (offset and length, without).
    bool spans = false;
};

// Returns the dump, ending with a newline.
std::string printAst(const ast::Statement& statement, const AstPrintOptions& options = {});

// Returns one expression on one line (a subquery inside takes more lines).
std::string printExpression(const ast::Expression& expression, const AstPrintOptions& options = {});

} // namespace steppe::query

#endif // STEPPE_QUERY_AST_PRINTER_HPP_
