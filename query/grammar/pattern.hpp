// The pattern module: node and relationship patterns, pattern parts and shortestPath. Defined in
// pattern_def.hpp and compiled once, in pattern.cpp.
#ifndef STEPPE_QUERY_GRAMMAR_PATTERN_HPP_
#define STEPPE_QUERY_GRAMMAR_PATTERN_HPP_

#include <vector>

#include <boost/spirit/home/x3/core.hpp>
#include <boost/spirit/home/x3/nonterminal/rule.hpp>

#include "query/grammar/config.hpp"
#include "query/grammar/x3_ast.hpp"

namespace steppe::query::grammar {
namespace parser {

struct pattern_class;
struct relationships_pattern_class;

// `part, part, ...` as in MATCH and CREATE.
using pattern_type = x3::rule<pattern_class, std::vector<x3ast::pattern_part>>;
// A chain with at least one relationship, `(a)-[:T]->(b)`: the pattern of a pattern predicate
// or comprehension, where a lone `(a)` would be a parenthesised expression.
using relationships_pattern_type = x3::rule<relationships_pattern_class, x3ast::pattern_element>;

BOOST_SPIRIT_DECLARE(pattern_type, relationships_pattern_type)

} // namespace parser

parser::pattern_type pattern();
parser::relationships_pattern_type relationships_pattern();

} // namespace steppe::query::grammar

#endif // STEPPE_QUERY_GRAMMAR_PATTERN_HPP_
