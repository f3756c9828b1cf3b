// The pattern rules. Included by pattern.cpp only: it defines non-inline objects.
//
//   (n:A:B {k: v})-[r:T|U*1..3 {k: v}]->(m)    p = shortestPath((a)-[*]-(b))
#ifndef STEPPE_QUERY_GRAMMAR_PATTERN_DEF_HPP_
#define STEPPE_QUERY_GRAMMAR_PATTERN_DEF_HPP_

#include <boost/spirit/home/x3.hpp>

#include "query/grammar/common.hpp"
#include "query/grammar/error_handler.hpp"
#include "query/grammar/expression.hpp"
#include "query/grammar/pattern.hpp"
#include "query/grammar/x3_ast.hpp"
#include "query/grammar/x3_ast_adapted.hpp"

namespace steppe::query::grammar::parser {

constexpr table_entry<ast::PathFunction> kPathFunctions[] = {
    {"SHORTESTPATH", ast::PathFunction::kShortestPath},
    {"ALLSHORTESTPATHS", ast::PathFunction::kAllShortestPaths}};

constexpr auto path_function = table<ast::PathFunction>(kPathFunctions, "shortestPath");
constexpr variable_parser variable{};
constexpr schema_name_parser schema_name{};
constexpr number_parser number{};
constexpr parameter_parser parameter{};

namespace {
const auto map_literal = grammar::map_literal();
} // namespace

struct pattern_class;
struct pattern_part_class : annotate_span {};
struct path_binding_class;
struct anonymous_pattern_part_class;
struct shortest_path_class : annotate_span {};
struct pattern_element_class : annotate_span {};
struct relationships_pattern_class : annotate_span {};
struct pattern_step_class;
struct node_pattern_class : annotate_span {};
struct node_labels_class;
struct label_name_class;
struct properties_class;
struct relationship_pattern_class : annotate_span {};
struct relationship_detail_class : annotate_span {};
struct relationship_detail_end_class;
struct relationship_types_class;
struct relationship_type_class;
struct range_literal_class : annotate_span {};

const pattern_type pattern = "pattern";
const x3::rule<pattern_part_class, x3ast::pattern_part> pattern_part = "pattern_part";
const x3::rule<path_binding_class, x3ast::name_token> path_binding = "path_binding";
const x3::rule<anonymous_pattern_part_class, x3ast::anonymous_pattern_part> anonymous_pattern_part =
    "anonymous_pattern_part";
const x3::rule<shortest_path_class, x3ast::shortest_path> shortest_path = "shortest_path";
const x3::rule<pattern_element_class, x3ast::pattern_element> pattern_element = "pattern_element";
const relationships_pattern_type relationships_pattern = "relationships_pattern";
const x3::rule<pattern_step_class, x3ast::pattern_step> pattern_step = "pattern_step";
const x3::rule<node_pattern_class, x3ast::node_pattern> node_pattern = "node_pattern";
const x3::rule<node_labels_class, std::vector<x3ast::name_token>> node_labels = "node_labels";
const x3::rule<label_name_class, x3ast::name_token> label_name = "label_name";
const x3::rule<properties_class, x3ast::property_source> properties = "properties";
const x3::rule<relationship_pattern_class, x3ast::relationship_pattern> relationship_pattern =
    "relationship_pattern";
const x3::rule<relationship_detail_class, x3ast::relationship_detail> relationship_detail =
    "relationship_detail";
const x3::rule<relationship_detail_end_class> relationship_detail_end = "relationship_detail_end";
const x3::rule<relationship_types_class, std::vector<x3ast::name_token>> relationship_types =
    "relationship_types";
const x3::rule<relationship_type_class, x3ast::name_token> relationship_type = "relationship_type";
const x3::rule<range_literal_class, x3ast::range_literal> range_literal = "range_literal";

const auto pattern_def = pattern_part >> *(punct(",") > pattern_part);
const auto pattern_part_def = -path_binding > anonymous_pattern_part;
// A rule of its own: X3 hands `-(variable >> '=')` the optional itself, which would keep a
// variable not followed by `=` (`allShortestPaths(...)` read as `allShortestPaths = ...`).
const auto path_binding_def = variable >> punct("=");
const auto anonymous_pattern_part_def = shortest_path | pattern_element;
const auto shortest_path_def = path_function > punct("(") > pattern_element > punct(")");
const auto pattern_element_def = node_pattern >> *pattern_step;
const auto relationships_pattern_def = node_pattern >> +pattern_step;
const auto pattern_step_def = relationship_pattern > node_pattern;

const auto node_pattern_def = (punct("(") >> -variable >> node_labels >> -properties) > punct(")");
const auto node_labels_def = *(punct(":") > label_name);
const auto label_name_def = schema_name;
const auto properties_def = map_literal | parameter;

// `-[...]->`, `<-[...]-`, `-[...]-`, `<-[...]->` and the short forms `-->`, `<--`, `--`.
const auto relationship_pattern_def = (x3::matches[punct("<")] >> punct("-")) >
                                      -relationship_detail > punct("-") > x3::matches[punct(">")];
const auto relationship_detail_def = punct("[") > -variable > -relationship_types > -range_literal >
                                     -properties > relationship_detail_end;
// Named so that the report can explain a malformed range (`[:T..2]`, `[*-1]`).
const auto relationship_detail_end_def = punct("]");
// `:A|B`, also `:A|:B`.
const auto relationship_types_def = (punct(":") > relationship_type) >>
                                    *(punct("|") > -punct(":") > relationship_type);
const auto relationship_type_def = schema_name;
const auto range_literal_def = punct("*") > -number > x3::matches[punct("..")] > -number;

BOOST_SPIRIT_DEFINE(pattern, pattern_part, path_binding, anonymous_pattern_part, shortest_path,
                    pattern_element, relationships_pattern, pattern_step, node_pattern, node_labels,
                    label_name, properties, relationship_pattern, relationship_detail,
                    relationship_detail_end, relationship_types, relationship_type, range_literal)

} // namespace steppe::query::grammar::parser

namespace steppe::query::grammar {

parser::pattern_type pattern() {
    return {"pattern"}; // a fresh handle: no dependence on static initialisation order
}
parser::relationships_pattern_type relationships_pattern() {
    return {"relationships_pattern"};
}

} // namespace steppe::query::grammar

#endif // STEPPE_QUERY_GRAMMAR_PATTERN_DEF_HPP_
