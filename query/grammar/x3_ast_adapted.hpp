// Fusion adaptations of the attribute tree (x3_ast.hpp), so X3 sequences fill its members in
// order. At global scope, as BOOST_FUSION_ADAPT_STRUCT requires.
#ifndef STEPPE_QUERY_GRAMMAR_X3_AST_ADAPTED_HPP_
#define STEPPE_QUERY_GRAMMAR_X3_AST_ADAPTED_HPP_

#include <boost/fusion/include/adapt_struct.hpp>

#include "query/grammar/x3_ast.hpp"

// clang-format off
BOOST_FUSION_ADAPT_STRUCT(steppe::query::grammar::x3ast::operation, op, rhs)
BOOST_FUSION_ADAPT_STRUCT(steppe::query::grammar::x3ast::chain, first, rest)
BOOST_FUSION_ADAPT_STRUCT(steppe::query::grammar::x3ast::prefix_expression, ops, subject)
BOOST_FUSION_ADAPT_STRUCT(steppe::query::grammar::x3ast::map_entry, key, value)
BOOST_FUSION_ADAPT_STRUCT(steppe::query::grammar::x3ast::map_literal, entries)
BOOST_FUSION_ADAPT_STRUCT(steppe::query::grammar::x3ast::list_literal, items)
BOOST_FUSION_ADAPT_STRUCT(steppe::query::grammar::x3ast::node_pattern, variable, labels, properties)
BOOST_FUSION_ADAPT_STRUCT(steppe::query::grammar::x3ast::range_literal, min, dots, max)
BOOST_FUSION_ADAPT_STRUCT(steppe::query::grammar::x3ast::relationship_detail,
                          variable, types, range, properties)
BOOST_FUSION_ADAPT_STRUCT(steppe::query::grammar::x3ast::relationship_pattern, left, detail, right)
BOOST_FUSION_ADAPT_STRUCT(steppe::query::grammar::x3ast::pattern_step, relationship, node)
BOOST_FUSION_ADAPT_STRUCT(steppe::query::grammar::x3ast::pattern_element, start, steps)
BOOST_FUSION_ADAPT_STRUCT(steppe::query::grammar::x3ast::shortest_path, function, element)
BOOST_FUSION_ADAPT_STRUCT(steppe::query::grammar::x3ast::pattern_part, path_variable, part)
BOOST_FUSION_ADAPT_STRUCT(steppe::query::grammar::x3ast::match_clause, optional, pattern, where)
BOOST_FUSION_ADAPT_STRUCT(steppe::query::grammar::x3ast::function_call, name, distinct, args)
BOOST_FUSION_ADAPT_STRUCT(steppe::query::grammar::x3ast::case_alternative, when, then)
BOOST_FUSION_ADAPT_STRUCT(steppe::query::grammar::x3ast::case_expression,
                          subject, alternatives, otherwise)
BOOST_FUSION_ADAPT_STRUCT(steppe::query::grammar::x3ast::list_comprehension,
                          variable, list, where, projection)
BOOST_FUSION_ADAPT_STRUCT(steppe::query::grammar::x3ast::quantifier_expression,
                          quantifier, variable, list, where)
BOOST_FUSION_ADAPT_STRUCT(steppe::query::grammar::x3ast::pattern_comprehension,
                          path_variable, pattern, where, projection)
BOOST_FUSION_ADAPT_STRUCT(steppe::query::grammar::x3ast::exists_subquery, body)
BOOST_FUSION_ADAPT_STRUCT(steppe::query::grammar::x3ast::index_suffix, from, dots, to)
BOOST_FUSION_ADAPT_STRUCT(steppe::query::grammar::x3ast::postfix_expression, subject, ops, labels)
BOOST_FUSION_ADAPT_STRUCT(steppe::query::grammar::x3ast::unwind_clause, list, variable)
BOOST_FUSION_ADAPT_STRUCT(steppe::query::grammar::x3ast::create_clause, pattern)
BOOST_FUSION_ADAPT_STRUCT(steppe::query::grammar::x3ast::projection_item, value, alias)
BOOST_FUSION_ADAPT_STRUCT(steppe::query::grammar::x3ast::projection_items, star, items)
BOOST_FUSION_ADAPT_STRUCT(steppe::query::grammar::x3ast::sort_item, value, descending)
BOOST_FUSION_ADAPT_STRUCT(steppe::query::grammar::x3ast::projection_body,
                          distinct, items, order, skip, limit)
BOOST_FUSION_ADAPT_STRUCT(steppe::query::grammar::x3ast::with_clause, body, where)
BOOST_FUSION_ADAPT_STRUCT(steppe::query::grammar::x3ast::return_clause, body)
BOOST_FUSION_ADAPT_STRUCT(steppe::query::grammar::x3ast::single_query, clauses)
BOOST_FUSION_ADAPT_STRUCT(steppe::query::grammar::x3ast::union_part, all, query)
BOOST_FUSION_ADAPT_STRUCT(steppe::query::grammar::x3ast::query, first, rest)
BOOST_FUSION_ADAPT_STRUCT(steppe::query::grammar::x3ast::statement, mode, body)
// clang-format on

#endif // STEPPE_QUERY_GRAMMAR_X3_AST_ADAPTED_HPP_
