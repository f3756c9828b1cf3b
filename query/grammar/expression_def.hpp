// The expression rules. Included by expression.cpp only: it defines non-inline objects.
//
// Precedence, lowest first, as in openCypher 9: OR, XOR, AND, NOT, comparison (`=` ... chains),
// string/list/null predicates (STARTS WITH, IN, IS NULL ...), `+ -`, `* / %`, `^`, unary `+ -`,
// postfix (`.key`, `[i]`, `[a..b]`), atoms. Each level is a chain rule; transform.cpp builds the
// trees. An expectation point (`>`) follows every token that commits to a construct, so a failure
// names what was expected there.
#ifndef STEPPE_QUERY_GRAMMAR_EXPRESSION_DEF_HPP_
#define STEPPE_QUERY_GRAMMAR_EXPRESSION_DEF_HPP_

#include <boost/spirit/home/x3.hpp>

#include "query/grammar/clause.hpp"
#include "query/grammar/common.hpp"
#include "query/grammar/error_handler.hpp"
#include "query/grammar/expression.hpp"
#include "query/grammar/pattern.hpp"
#include "query/grammar/x3_ast.hpp"
#include "query/grammar/x3_ast_adapted.hpp"

namespace steppe::query::grammar::parser {

using ast::Operator;

// ---------------------------------------------------------------------------------------------
// Tokens

constexpr table_entry<Operator> kOrOp[] = {{"OR", Operator::kOr}};
constexpr table_entry<Operator> kXorOp[] = {{"XOR", Operator::kXor}};
constexpr table_entry<Operator> kAndOp[] = {{"AND", Operator::kAnd}};
constexpr table_entry<Operator> kNotOp[] = {{"NOT", Operator::kNot}};
constexpr table_entry<Operator> kComparisonOps[] = {
    {"=", Operator::kEqual},      {"<>", Operator::kNotEqual}, {"<", Operator::kLess},
    {"<=", Operator::kLessEqual}, {">", Operator::kGreater},   {">=", Operator::kGreaterEqual}};
constexpr table_entry<Operator> kPredicateOps[] = {{"STARTS WITH", Operator::kStartsWith},
                                                   {"ENDS WITH", Operator::kEndsWith},
                                                   {"CONTAINS", Operator::kContains},
                                                   {"=~", Operator::kRegexMatch},
                                                   {"IN", Operator::kIn}};
constexpr table_entry<Operator> kNullOps[] = {{"IS NULL", Operator::kIsNull},
                                              {"IS NOT NULL", Operator::kIsNotNull}};
constexpr table_entry<Operator> kAdditiveOps[] = {{"+", Operator::kAdd},
                                                  {"-", Operator::kSubtract}};
constexpr table_entry<Operator> kMultiplicativeOps[] = {
    {"*", Operator::kMultiply}, {"/", Operator::kDivide}, {"%", Operator::kModulo}};
constexpr table_entry<Operator> kPowerOp[] = {{"^", Operator::kPower}};
constexpr table_entry<Operator> kSignOps[] = {{"+", Operator::kPlus}, {"-", Operator::kNegate}};
constexpr table_entry<x3ast::constant> kConstants[] = {{"TRUE", x3ast::constant::kTrue},
                                                       {"FALSE", x3ast::constant::kFalse},
                                                       {"NULL", x3ast::constant::kNull}};
constexpr table_entry<ast::Quantifier> kQuantifiers[] = {{"ALL", ast::Quantifier::kAll},
                                                         {"ANY", ast::Quantifier::kAny},
                                                         {"NONE", ast::Quantifier::kNone},
                                                         {"SINGLE", ast::Quantifier::kSingle}};

constexpr auto or_op = table<x3ast::op_token>(kOrOp, "OR");
constexpr auto xor_op = table<x3ast::op_token>(kXorOp, "XOR");
constexpr auto and_op = table<x3ast::op_token>(kAndOp, "AND");
constexpr auto not_op = table<x3ast::op_token>(kNotOp, "NOT");
constexpr auto comparison_op = table<x3ast::op_token>(kComparisonOps, "comparison");
constexpr auto predicate_op = table<x3ast::op_token>(kPredicateOps, "predicate");
constexpr auto null_op = table<x3ast::op_token>(kNullOps, "IS NULL");
constexpr auto additive_op = table<x3ast::op_token>(kAdditiveOps, "'+' or '-'");
constexpr auto multiplicative_op = table<x3ast::op_token>(kMultiplicativeOps, "'*', '/' or '%'");
constexpr auto power_op = table<x3ast::op_token>(kPowerOp, "'^'");
constexpr auto sign_op = table<x3ast::op_token>(kSignOps, "'+' or '-'");
constexpr auto constant = table<x3ast::constant_token>(kConstants, "constant");
constexpr auto quantifier = table<ast::Quantifier>(kQuantifiers, "quantifier");

constexpr variable_parser variable{};
constexpr schema_name_parser property_key_name{};
constexpr schema_name_parser schema_name{};
constexpr function_name_parser function_name{};
constexpr property_lookup_parser property_lookup{};
constexpr number_parser number{};
constexpr string_parser string_literal{};
constexpr parameter_parser parameter{};

// Imported from the other modules (compiled there).
namespace {
const auto relationships_pattern = grammar::relationships_pattern();
const auto exists_subquery = grammar::exists_subquery();
} // namespace

// ---------------------------------------------------------------------------------------------
// Rules

struct expression_class : annotate_span {};
struct or_expression_class : annotate_span {};
struct xor_expression_class : annotate_span {};
struct and_expression_class : annotate_span {};
struct not_expression_class;
struct negation_class : annotate_span {};
struct comparison_expression_class : annotate_span {};
struct predicate_expression_class : annotate_span {};
struct predicate_suffix_class;
struct additive_expression_class : annotate_span {};
struct multiplicative_expression_class : annotate_span {};
struct power_expression_class : annotate_span {};
struct unary_expression_class;
struct signed_expression_class : annotate_span {};
struct postfix_expression_class : annotate_span {};
struct index_suffix_class : annotate_span {};
struct expression_label_class;
struct atom_class;
struct parenthesized_expression_class;
struct pattern_predicate_class : annotate_span {};
struct expression_list_class;
struct list_literal_class : annotate_span {};
struct map_literal_class : annotate_span {};
struct map_entries_class;
struct map_entry_class;
struct function_call_class : annotate_span {};
struct count_star_class : annotate_span {};
struct case_expression_class : annotate_span {};
struct case_alternatives_class;
struct case_alternative_class;
struct list_comprehension_class : annotate_span {};
struct pattern_comprehension_class : annotate_span {};
struct comprehension_binding_class;
struct quantifier_expression_class : annotate_span {};

const expression_type expression = "expression";
const x3::rule<or_expression_class, x3ast::chain> or_expression = "or_expression";
const x3::rule<xor_expression_class, x3ast::chain> xor_expression = "xor_expression";
const x3::rule<and_expression_class, x3ast::chain> and_expression = "and_expression";
const x3::rule<not_expression_class, x3ast::operand> not_expression = "not_expression";
const x3::rule<negation_class, x3ast::prefix_expression> negation = "negation";
const x3::rule<comparison_expression_class, x3ast::chain> comparison_expression =
    "comparison_expression";
const x3::rule<predicate_expression_class, x3ast::chain> predicate_expression =
    "predicate_expression";
const x3::rule<predicate_suffix_class, x3ast::operation> predicate_suffix = "predicate_suffix";
const x3::rule<additive_expression_class, x3ast::chain> additive_expression = "additive_expression";
const x3::rule<multiplicative_expression_class, x3ast::chain> multiplicative_expression =
    "multiplicative_expression";
const x3::rule<power_expression_class, x3ast::chain> power_expression = "power_expression";
const x3::rule<unary_expression_class, x3ast::operand> unary_expression = "unary_expression";
const x3::rule<signed_expression_class, x3ast::prefix_expression> signed_expression =
    "signed_expression";
const x3::rule<postfix_expression_class, x3ast::postfix_expression> postfix_expression =
    "postfix_expression";
const x3::rule<index_suffix_class, x3ast::index_suffix> index_suffix = "index_suffix";
const x3::rule<expression_label_class, x3ast::name_token> label_name = "label_name";
const x3::rule<atom_class, x3ast::atom> atom = "atom";
const x3::rule<parenthesized_expression_class, x3ast::chain> parenthesized_expression =
    "parenthesized_expression";
const x3::rule<pattern_predicate_class, x3ast::pattern_element> pattern_predicate =
    "pattern_predicate";
const x3::rule<expression_list_class, std::vector<x3ast::expression>> expression_list =
    "expression_list";
const x3::rule<list_literal_class, x3ast::list_literal> list_literal = "list_literal";
const map_literal_type map_literal = "map_literal";
const x3::rule<map_entries_class, std::vector<x3ast::map_entry>> map_entries = "map_entries";
const x3::rule<map_entry_class, x3ast::map_entry> map_entry = "map_entry";
const x3::rule<function_call_class, x3ast::function_call> function_call = "function_call";
const x3::rule<count_star_class, x3ast::count_star> count_star = "count_star";
const x3::rule<case_expression_class, x3ast::case_expression> case_expression = "case_expression";
const x3::rule<case_alternatives_class, std::vector<x3ast::case_alternative>> case_alternatives =
    "case_alternatives";
const x3::rule<case_alternative_class, x3ast::case_alternative> case_alternative =
    "case_alternative";
const x3::rule<list_comprehension_class, x3ast::list_comprehension> list_comprehension =
    "list_comprehension";
const x3::rule<pattern_comprehension_class, x3ast::pattern_comprehension> pattern_comprehension =
    "pattern_comprehension";
const x3::rule<comprehension_binding_class, x3ast::name_token> comprehension_binding =
    "comprehension_binding";
const x3::rule<quantifier_expression_class, x3ast::quantifier_expression> quantifier_expression =
    "quantifier_expression";

// Every nested expression passes through here, so this bounds the recursion and the work.
const auto expression_def = expression_guard[or_expression];

const auto or_expression_def = xor_expression >> *(or_op > xor_expression);
const auto xor_expression_def = and_expression >> *(xor_op > and_expression);
const auto and_expression_def = not_expression >> *(and_op > not_expression);
const auto not_expression_def = negation | comparison_expression;
const auto negation_def = +not_op > comparison_expression;
const auto comparison_expression_def = predicate_expression >>
                                       *(comparison_op > predicate_expression);
const auto predicate_expression_def = additive_expression >> *predicate_suffix;
const auto predicate_suffix_def =
    (predicate_op > additive_expression) | (null_op >> x3::attr(x3ast::operand()));
const auto additive_expression_def = multiplicative_expression >>
                                     *(additive_op > multiplicative_expression);
const auto multiplicative_expression_def = power_expression >>
                                           *(multiplicative_op > power_expression);
const auto power_expression_def = unary_expression >> *(power_op > unary_expression);
const auto unary_expression_def = signed_expression | postfix_expression;
const auto signed_expression_def = +sign_op > postfix_expression;
const auto postfix_expression_def = atom >> *(property_lookup | index_suffix) >>
                                    *(punct(":") > label_name);
const auto label_name_def = schema_name;
const auto index_suffix_def = punct("[") > -expression > x3::matches[punct("..")] > -expression >
                              punct("]");

// Order matters where a prefix is shared: count(*) and the quantifiers before function calls,
// comprehensions before list literals, a pattern predicate before a parenthesised expression.
const auto atom_def = number | string_literal | constant | parameter | case_expression |
                      count_star | quantifier_expression | exists_subquery | list_comprehension |
                      pattern_comprehension | list_literal | map_literal | pattern_predicate |
                      parenthesized_expression | function_call | variable;

const auto parenthesized_expression_def = punct("(") > expression > punct(")");
// `(a)-->(b)` or `(a + b)`: which one is known only at the end, so the pattern is speculative.
const auto pattern_predicate_def = soft[relationships_pattern];

const auto expression_list_def = expression >> *(punct(",") > expression);
const auto list_literal_def = punct("[") > -expression_list > punct("]");
const auto map_literal_def = punct("{") > -map_entries > punct("}");
const auto map_entries_def = map_entry >> *(punct(",") > map_entry);
const auto map_entry_def = property_key_name > punct(":") > expression;

const auto function_call_def = (function_name >> punct("(")) > x3::matches[kw("DISTINCT")] >
                               -expression_list > punct(")");
const auto count_star_def = x3::omit[kw("COUNT") >> punct("(") >> punct("*") >> punct(")")];

const auto case_expression_def = kw("CASE") > -(!kw("WHEN") >> expression) > case_alternatives >
                                 -(kw("ELSE") > expression) > kw("END");
const auto case_alternatives_def = +case_alternative;
const auto case_alternative_def = kw("WHEN") > expression > kw("THEN") > expression;

// `[x IN list WHERE pred | expr]`; `[x IN list]` alone is a comprehension too, not a list
// holding `x IN list`.
const auto list_comprehension_def = (punct("[") >> variable >> kw("IN")) > expression >
                                    -(kw("WHERE") > expression) > -(punct("|") > expression) >
                                    punct("]");
// Without `|` (or WHERE), `[(a)-->(b)]` is a list holding a pattern predicate; after WHERE, `|`
// must follow.
const auto pattern_comprehension_def = punct("[") >> -comprehension_binding >>
                                       soft[relationships_pattern] >>
                                       -(kw("WHERE") > expression > &punct("|")) >>
                                       (punct("|") > expression > punct("]"));
// A rule of its own, so that a variable not followed by `=` is not kept (see pattern_def.hpp).
const auto comprehension_binding_def = variable >> punct("=");
const auto quantifier_expression_def = (quantifier >> punct("(") >> variable >> kw("IN")) >
                                       expression > -(kw("WHERE") > expression) > punct(")");

BOOST_SPIRIT_DEFINE(expression, or_expression, xor_expression, and_expression, not_expression,
                    negation, comparison_expression, predicate_expression, predicate_suffix,
                    additive_expression, multiplicative_expression, power_expression,
                    unary_expression, signed_expression, postfix_expression, index_suffix,
                    label_name, atom, parenthesized_expression, pattern_predicate, expression_list,
                    list_literal, map_literal, map_entries, map_entry, function_call, count_star,
                    case_expression, case_alternatives, case_alternative, list_comprehension,
                    pattern_comprehension, comprehension_binding, quantifier_expression)

} // namespace steppe::query::grammar::parser

namespace steppe::query::grammar {

parser::expression_type expression() {
    return {"expression"}; // a fresh handle: no dependence on static initialisation order
}
parser::map_literal_type map_literal() {
    return {"map_literal"};
}

} // namespace steppe::query::grammar

#endif // STEPPE_QUERY_GRAMMAR_EXPRESSION_DEF_HPP_
