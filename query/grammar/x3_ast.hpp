// The attribute tree the Spirit X3 rules fill in: close to the grammar, with X3 variants and
// forward_ast for recursion. Private to query/grammar/: transform.cpp turns it into the std-only
// ast::Statement of query/ast.hpp, removing the sugar on the way.
//
// Nodes that derive from `tagged` carry the byte offsets [begin, end) of the text they came from.
// Tokens are tagged by the primitive parsers that read them (common.hpp); rule results by the
// rules' on_success handler (error_handler.hpp). Those offsets are not Fusion members.
#ifndef STEPPE_QUERY_GRAMMAR_X3_AST_HPP_
#define STEPPE_QUERY_GRAMMAR_X3_AST_HPP_

#include <cstdint>
#include <string>
#include <vector>

#include <boost/optional.hpp>
#include <boost/spirit/home/x3/support/ast/variant.hpp>

#include "query/ast.hpp"

namespace steppe::query::grammar::x3ast {

namespace x3 = boost::spirit::x3;

struct tagged {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
};

struct nil {};

// ---------------------------------------------------------------------------------------------
// Tokens

struct name_token : tagged {
    std::string name; // as written, backquotes removed; dotted for function names ("a.b.c")
};
struct number_token : tagged {}; // the text is the query's [begin, end)
struct string_token : tagged {
    std::string value; // escapes decoded
};
enum class constant : std::uint8_t { kTrue, kFalse, kNull };
struct constant_token : tagged {
    constant value = constant::kNull;
};
struct parameter_token : tagged {
    std::string name;
};
struct op_token : tagged {
    ast::Operator value = ast::Operator::kNot;
};

// ---------------------------------------------------------------------------------------------
// Expressions: a ladder of chains, one per precedence level (calc9's expression/operation).

struct chain;
struct prefix_expression;
struct postfix_expression;

struct operand : x3::variant<nil, x3::forward_ast<chain>, x3::forward_ast<prefix_expression>,
                             x3::forward_ast<postfix_expression>> {
    using base_type::base_type;
    using base_type::operator=;
};

// One `op rhs` step of a chain; rhs is nil for the postfix `IS [NOT] NULL`.
struct operation {
    op_token op;
    operand rhs;
};

// `first op rhs op rhs ...`, all operators of one precedence level.
struct chain : tagged {
    operand first;
    std::vector<operation> rest;
};
using expression = chain;

// `NOT NOT x` or `- - x`: prefix operators, outermost first.
struct prefix_expression : tagged {
    std::vector<op_token> ops;
    operand subject;
};

struct map_entry {
    name_token key;
    expression value;
};
struct map_literal : tagged {
    std::vector<map_entry> entries;
};
struct list_literal : tagged {
    std::vector<expression> items;
};

// ---------------------------------------------------------------------------------------------
// Patterns

struct property_source : x3::variant<map_literal, parameter_token> {
    using base_type::base_type;
    using base_type::operator=;
};

struct node_pattern : tagged {
    boost::optional<name_token> variable;
    std::vector<name_token> labels;
    boost::optional<property_source> properties;
};

// `*`, `*2`, `*1..3`, `*..3`, `*2..`.
struct range_literal : tagged {
    boost::optional<number_token> min;
    bool dots = false;
    boost::optional<number_token> max;
};

struct relationship_detail : tagged {
    boost::optional<name_token> variable;
    std::vector<name_token> types;
    boost::optional<range_literal> range;
    boost::optional<property_source> properties;
};

struct relationship_pattern : tagged {
    bool left = false; // `<-`
    boost::optional<relationship_detail> detail;
    bool right = false; // `->`
};

struct pattern_step {
    relationship_pattern relationship;
    node_pattern node;
};

struct pattern_element : tagged {
    node_pattern start;
    std::vector<pattern_step> steps;
};

struct shortest_path : tagged {
    ast::PathFunction function = ast::PathFunction::kShortestPath;
    pattern_element element;
};

struct anonymous_pattern_part : x3::variant<pattern_element, shortest_path> {
    using base_type::base_type;
    using base_type::operator=;
};

struct pattern_part : tagged {
    boost::optional<name_token> path_variable;
    anonymous_pattern_part part;
};

struct match_clause : tagged {
    bool optional = false;
    std::vector<pattern_part> pattern;
    boost::optional<expression> where;
};

// ---------------------------------------------------------------------------------------------
// Atoms and postfix operators

struct query;

struct count_star : tagged {};

struct function_call : tagged {
    name_token name;
    bool distinct = false;
    std::vector<expression> args;
};

struct case_alternative {
    expression when;
    expression then;
};
struct case_expression : tagged {
    boost::optional<expression> subject;
    std::vector<case_alternative> alternatives;
    boost::optional<expression> otherwise;
};

struct list_comprehension : tagged {
    name_token variable;
    expression list;
    boost::optional<expression> where;
    boost::optional<expression> projection;
};

struct quantifier_expression : tagged {
    ast::Quantifier quantifier = ast::Quantifier::kAll;
    name_token variable;
    expression list;
    boost::optional<expression> where;
};

struct pattern_comprehension : tagged {
    boost::optional<name_token> path_variable;
    pattern_element pattern;
    boost::optional<expression> where;
    expression projection;
};

// `EXISTS { MATCH ... }`, or the short form `EXISTS { (a)-->(b) WHERE ... }`.
struct exists_body : x3::variant<x3::forward_ast<query>, match_clause> {
    using base_type::base_type;
    using base_type::operator=;
};
struct exists_subquery : tagged {
    exists_body body;
};

// A parenthesised expression is the one atom that is a bare chain.
struct atom : x3::variant<nil, number_token, string_token, constant_token, parameter_token,
                          name_token, list_literal, map_literal, count_star, function_call,
                          case_expression, list_comprehension, pattern_comprehension,
                          quantifier_expression, pattern_element, exists_subquery, expression> {
    using base_type::base_type;
    using base_type::operator=;
};

// `[i]`, `[a..b]`, `[..b]`, `[a..]`.
struct index_suffix : tagged {
    boost::optional<expression> from;
    bool dots = false;
    boost::optional<expression> to;
};

// A property lookup (`.key`, the key token) or an index or slice.
struct postfix_op : x3::variant<name_token, index_suffix> {
    using base_type::base_type;
    using base_type::operator=;
};

struct postfix_expression : tagged {
    atom subject;
    std::vector<postfix_op> ops;
    std::vector<name_token> labels; // a label predicate `n:A:B`, after any lookups
};

// ---------------------------------------------------------------------------------------------
// Clauses and queries

struct unwind_clause : tagged {
    expression list;
    name_token variable;
};

struct create_clause : tagged {
    std::vector<pattern_part> pattern;
};

struct projection_item : tagged {
    expression value;
    boost::optional<name_token> alias;
};

struct projection_items {
    bool star = false;
    std::vector<projection_item> items;
};

struct sort_item {
    expression value;
    boost::optional<bool> descending;
};

struct projection_body {
    bool distinct = false;
    projection_items items;
    std::vector<sort_item> order;
    boost::optional<expression> skip;
    boost::optional<expression> limit;
};

struct with_clause : tagged {
    projection_body body;
    boost::optional<expression> where;
};

struct return_clause : tagged {
    projection_body body;
};

struct clause
    : x3::variant<match_clause, unwind_clause, create_clause, with_clause, return_clause> {
    using base_type::base_type;
    using base_type::operator=;
};

struct single_query : tagged {
    std::vector<clause> clauses;
};

struct union_part {
    bool all = false;
    single_query query;
};

struct query : tagged {
    single_query first;
    std::vector<union_part> rest;
};

struct statement {
    boost::optional<ast::StatementMode> mode;
    query body;
};

} // namespace steppe::query::grammar::x3ast

#endif // STEPPE_QUERY_GRAMMAR_X3_AST_HPP_
