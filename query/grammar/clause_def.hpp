// The clause rules and the start rule. Included by clause.cpp only: it defines non-inline
// objects.
#ifndef STEPPE_QUERY_GRAMMAR_CLAUSE_DEF_HPP_
#define STEPPE_QUERY_GRAMMAR_CLAUSE_DEF_HPP_

#include <boost/spirit/home/x3.hpp>

#include "query/grammar/clause.hpp"
#include "query/grammar/common.hpp"
#include "query/grammar/error_handler.hpp"
#include "query/grammar/expression.hpp"
#include "query/grammar/pattern.hpp"
#include "query/grammar/x3_ast.hpp"
#include "query/grammar/x3_ast_adapted.hpp"

namespace steppe::query::grammar::parser {

constexpr table_entry<ast::StatementMode> kStatementModes[] = {
    {"EXPLAIN", ast::StatementMode::kExplain}, {"PROFILE", ast::StatementMode::kProfile}};
constexpr table_entry<bool> kMatchKeywords[] = {{"OPTIONAL MATCH", true}, {"MATCH", false}};
constexpr table_entry<bool> kSortDirections[] = {
    {"ASC", false}, {"ASCENDING", false}, {"DESC", true}, {"DESCENDING", true}};

constexpr auto statement_mode = table<ast::StatementMode>(kStatementModes, "EXPLAIN or PROFILE");
constexpr auto match_keyword = table<bool>(kMatchKeywords, "MATCH");
constexpr auto sort_direction = table<bool>(kSortDirections, "ASC or DESC");
constexpr variable_parser variable{};

namespace {
const auto expression = grammar::expression();
const auto pattern = grammar::pattern();
} // namespace

// Only the start rule handles errors: a failure deep inside is reported once, here.
struct statement_class : annotate_span, report_failure {};
struct query_class : annotate_span {};
struct union_part_class;
struct single_query_class : annotate_span {};
struct clause_class;
struct match_clause_class : annotate_span {};
struct unwind_clause_class : annotate_span {};
struct create_clause_class : annotate_span {};
struct with_clause_class : annotate_span {};
struct return_clause_class : annotate_span {};
struct projection_body_class;
struct projection_items_class;
struct projection_item_list_class;
struct projection_item_class : annotate_span {};
struct order_by_class;
struct sort_item_class;
struct exists_subquery_class : annotate_span {};
struct exists_body_class;
struct implicit_match_class : annotate_span {};

const statement_type statement = "statement";
const x3::rule<query_class, x3ast::query> query = "query";
const x3::rule<union_part_class, x3ast::union_part> union_part = "union_part";
const x3::rule<single_query_class, x3ast::single_query> single_query = "single_query";
const x3::rule<clause_class, x3ast::clause> clause = "clause";
const x3::rule<match_clause_class, x3ast::match_clause> match_clause = "match_clause";
const x3::rule<unwind_clause_class, x3ast::unwind_clause> unwind_clause = "unwind_clause";
const x3::rule<create_clause_class, x3ast::create_clause> create_clause = "create_clause";
const x3::rule<with_clause_class, x3ast::with_clause> with_clause = "with_clause";
const x3::rule<return_clause_class, x3ast::return_clause> return_clause = "return_clause";
const x3::rule<projection_body_class, x3ast::projection_body> projection_body = "projection_body";
const x3::rule<projection_items_class, x3ast::projection_items> projection_items =
    "projection_items";
const x3::rule<projection_item_list_class, std::vector<x3ast::projection_item>>
    projection_item_list = "projection_item_list";
const x3::rule<projection_item_class, x3ast::projection_item> projection_item = "projection_item";
const x3::rule<order_by_class, std::vector<x3ast::sort_item>> order_by = "order_by";
const x3::rule<sort_item_class, x3ast::sort_item> sort_item = "sort_item";
const exists_subquery_type exists_subquery = "exists_subquery";
const x3::rule<exists_body_class, x3ast::exists_body> exists_body = "exists_body";
const x3::rule<implicit_match_class, x3ast::match_clause> implicit_match = "implicit_match";

const auto statement_def = -statement_mode > query > -punct(";") > x3::eoi;
const auto query_def = single_query >> *union_part;
const auto union_part_def = kw("UNION") > x3::matches[kw("ALL")] > single_query;
const auto single_query_def = +clause;
const auto clause_def = match_clause | unwind_clause | create_clause | with_clause | return_clause;

const auto match_clause_def = match_keyword > pattern > -(kw("WHERE") > expression);
const auto unwind_clause_def = kw("UNWIND") > expression > kw("AS") > variable;
const auto create_clause_def = kw("CREATE") > pattern;
const auto with_clause_def = kw("WITH") > projection_body > -(kw("WHERE") > expression);
const auto return_clause_def = kw("RETURN") > projection_body;

const auto projection_body_def = x3::matches[kw("DISTINCT")] > projection_items > -order_by >
                                 -(kw("SKIP") > expression) > -(kw("LIMIT") > expression);
const auto projection_items_def =
    (punct("*") >> x3::attr(true) >> -(punct(",") > projection_item_list)) |
    (x3::attr(false) >> projection_item_list);
const auto projection_item_list_def = projection_item >> *(punct(",") > projection_item);
const auto projection_item_def = expression >> -(kw("AS") > variable);
const auto order_by_def = (kw("ORDER") > kw("BY") > sort_item) >> *(punct(",") > sort_item);
const auto sort_item_def = expression >> -sort_direction;

// `EXISTS { MATCH ... }`, or the short form `EXISTS { (a)-->(b) WHERE ... }`.
const auto exists_subquery_def = (kw("EXISTS") >> punct("{")) > exists_body > punct("}");
const auto exists_body_def = query | implicit_match;
// `EXISTS { }` fails here softly, so the report says that a query or a pattern was expected.
const auto implicit_match_def = x3::attr(false) >> !punct("}") >> pattern >>
                                -(kw("WHERE") > expression);

BOOST_SPIRIT_DEFINE(statement, query, union_part, single_query, clause, match_clause, unwind_clause,
                    create_clause, with_clause, return_clause, projection_body, projection_items,
                    projection_item_list, projection_item, order_by, sort_item, exists_subquery,
                    exists_body, implicit_match)

} // namespace steppe::query::grammar::parser

namespace steppe::query::grammar {

parser::statement_type statement() {
    return {"statement"}; // a fresh handle: no dependence on static initialisation order
}
parser::exists_subquery_type exists_subquery() {
    return {"exists_subquery"};
}

} // namespace steppe::query::grammar

#endif // STEPPE_QUERY_GRAMMAR_CLAUSE_DEF_HPP_
