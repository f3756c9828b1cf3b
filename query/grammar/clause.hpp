// The clause module: clauses, projections, UNION and the statement, the grammar's start rule.
// Defined in clause_def.hpp and compiled once, in clause.cpp.
#ifndef STEPPE_QUERY_GRAMMAR_CLAUSE_HPP_
#define STEPPE_QUERY_GRAMMAR_CLAUSE_HPP_

#include <boost/spirit/home/x3/core.hpp>
#include <boost/spirit/home/x3/nonterminal/rule.hpp>

#include "query/grammar/config.hpp"
#include "query/grammar/x3_ast.hpp"

namespace steppe::query::grammar {
namespace parser {

struct statement_class;
struct exists_subquery_class;

using statement_type = x3::rule<statement_class, x3ast::statement>;
// `EXISTS { ... }`, an expression atom whose body is a query.
using exists_subquery_type = x3::rule<exists_subquery_class, x3ast::exists_subquery>;

BOOST_SPIRIT_DECLARE(statement_type, exists_subquery_type)

} // namespace parser

parser::statement_type statement();
parser::exists_subquery_type exists_subquery();

} // namespace steppe::query::grammar

#endif // STEPPE_QUERY_GRAMMAR_CLAUSE_HPP_
