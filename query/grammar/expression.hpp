// The expression module: operator precedence, atoms, literals and comprehensions. The rules are
// defined in expression_def.hpp and compiled once, in expression.cpp; other modules reach them
// through these accessors (calc9's split).
#ifndef STEPPE_QUERY_GRAMMAR_EXPRESSION_HPP_
#define STEPPE_QUERY_GRAMMAR_EXPRESSION_HPP_

#include <boost/spirit/home/x3/core.hpp>
#include <boost/spirit/home/x3/nonterminal/rule.hpp>

#include "query/grammar/config.hpp"
#include "query/grammar/x3_ast.hpp"

namespace steppe::query::grammar {
namespace parser {

struct expression_class;
struct map_literal_class;

using expression_type = x3::rule<expression_class, x3ast::expression>;
using map_literal_type = x3::rule<map_literal_class, x3ast::map_literal>;

BOOST_SPIRIT_DECLARE(expression_type, map_literal_type)

} // namespace parser

parser::expression_type expression();
parser::map_literal_type map_literal();

} // namespace steppe::query::grammar

#endif // STEPPE_QUERY_GRAMMAR_EXPRESSION_HPP_
