// The abstract syntax tree of a Cypher statement, as the parser produces it and the binder
// consumes it.
//
// Plain std types only: the Spirit X3 attribute structures stay private to query/grammar/, and
// parser.cpp converts them into this tree once, so nothing outside the grammar pays for X3's
// headers. Every node records the span of source text it came from, so later stages can point
// at the exact place of an error. Syntactic sugar is removed by the parser's conversion:
// comparison chains become ANDs, `exists(pattern)` becomes a pattern predicate, `x IS NOT NULL`
// is its own operator. Names are kept as written; the binder resolves them.
#ifndef STEPPE_QUERY_AST_HPP_
#define STEPPE_QUERY_AST_HPP_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "steppe/value.hpp"

namespace steppe::query::ast {

// A range of the query text: [offset, offset + length) in bytes.
struct SourceSpan {
    std::uint32_t offset = 0;
    std::uint32_t length = 0;
};

struct Expression;
struct PatternPart;
struct Query;
using ExpressionPtr = std::unique_ptr<Expression>;

enum class ExpressionKind : std::uint8_t {
    kLiteral,              // literal: a null, boolean, integer, float or string Value
    kParameter,            // name: `$name` (name without the `$`)
    kVariable,             // name
    kProperty,             // children[0].name
    kList,                 // children: the items
    kMap,                  // keys[i] -> children[i]
    kIndex,                // children[0][children[1]]
    kSlice,                // children[0][children[1]..children[2]]; absent bounds are null pointers
    kUnary,                // op children[0]
    kBinary,               // children[0] op children[1]
    kFunctionCall,         // name(distinct? children...); name as written, e.g. "toUpper", "count"
    kCountStar,            // count(*)
    kCase,                 // see below
    kListComprehension,    // [name IN children[0] WHERE children[1] | children[2]]
    kPatternComprehension, // [pathName = pattern WHERE children[0] | children[1]]
    kPatternPredicate,     // a pattern used as a boolean (WHERE (a)-->(b), exists((a)-->()))
    kExistsSubquery,       // EXISTS { subquery } (MATCH ... [WHERE ...] [RETURN ...])
    kQuantifier,           // quantifier(name IN children[0] WHERE children[1])
    kLabelPredicate,       // children[0]:keys[0]:keys[1]... (`WHERE n:Person`)
};

enum class Operator : std::uint8_t {
    // Unary.
    kNot,
    kNegate,
    kPlus, // unary +
    kIsNull,
    kIsNotNull,
    // Binary, lowest precedence first.
    kOr,
    kXor,
    kAnd,
    kEqual,
    kNotEqual,
    kLess,
    kLessEqual,
    kGreater,
    kGreaterEqual,
    kStartsWith,
    kEndsWith,
    kContains,
    kRegexMatch, // =~
    kIn,
    kAdd,
    kSubtract,
    kMultiply,
    kDivide,
    kModulo,
    kPower,
};

enum class Quantifier : std::uint8_t { kAll, kAny, kNone, kSingle };

// Returns the operator as written in Cypher, e.g. "<>", "STARTS WITH", "IS NOT NULL".
const char* operatorText(Operator op);

struct Expression {
    ExpressionKind kind = ExpressionKind::kLiteral;
    SourceSpan span;
    Value literal;                // kLiteral
    Operator op = Operator::kNot; // kUnary, kBinary
    std::string name;             // variable, parameter, property key, function, comprehension
                                  // variable, pattern comprehension path name
    bool distinct = false;        // kFunctionCall: f(DISTINCT ...)
    Quantifier quantifier = Quantifier::kAll;
    // Operands, arguments, items or parts, as documented per kind. An optional part that is
    // absent is a null pointer, so positions stay fixed.
    std::vector<ExpressionPtr> children;
    std::vector<std::string> keys; // kMap
    // kCase: `CASE [children[0]] WHEN w THEN t ... [ELSE e] END`. hasCaseSubject tells whether
    // children[0] is the subject; then come (when, then) pairs, then the ELSE (or null).
    bool hasCaseSubject = false;
    // kPatternComprehension, kPatternPredicate: the pattern.
    std::shared_ptr<PatternPart> pattern;
    // kExistsSubquery: the query inside the braces.
    std::shared_ptr<Query> subquery;
};

// ---------------------------------------------------------------------------------------------
// Patterns

struct NodePattern {
    SourceSpan span;
    std::string variable; // empty when anonymous
    std::vector<std::string> labels;
    ExpressionPtr properties; // a map literal or a parameter, or null
};

enum class RelDirection : std::uint8_t {
    kRight, // (a)-[]->(b)
    kLeft,  // (a)<-[]-(b)
    kBoth,  // (a)-[]-(b) or (a)<-[]->(b): either direction
};

struct RelPattern {
    SourceSpan span;
    std::string variable;
    std::vector<std::string> types; // alternatives: [:A|B]; empty means any type
    RelDirection direction = RelDirection::kBoth;
    // Variable length: `*` gives {1, unbounded}, `*2` {2, 2}, `*1..3`, `*..3` {1, 3}, `*2..`.
    bool variableLength = false;
    std::optional<std::int64_t> minHops;
    std::optional<std::int64_t> maxHops;
    ExpressionPtr properties;
};

enum class PathFunction : std::uint8_t { kNone, kShortestPath, kAllShortestPaths };

struct PatternStep {
    RelPattern relationship;
    NodePattern node;
};

struct PatternPart {
    SourceSpan span;
    std::string pathVariable; // `p = ...`, empty when unnamed
    PathFunction function = PathFunction::kNone;
    NodePattern start;
    std::vector<PatternStep> steps;
};

using Pattern = std::vector<PatternPart>;

// ---------------------------------------------------------------------------------------------
// Clauses

struct ProjectionItem {
    SourceSpan span; // of the expression; its text names an unaliased column
    ExpressionPtr expression;
    std::string alias; // empty when there is no AS
};

struct SortItem {
    ExpressionPtr expression;
    bool descending = false;
};

// The body shared by WITH and RETURN.
struct Projection {
    bool distinct = false;
    bool star = false; // `*`, possibly followed by more items
    std::vector<ProjectionItem> items;
    std::vector<SortItem> orderBy;
    ExpressionPtr skip;
    ExpressionPtr limit;
};

struct MatchClause {
    bool optional = false;
    Pattern pattern;
    ExpressionPtr where;
};

struct UnwindClause {
    ExpressionPtr list;
    std::string variable;
    SourceSpan variableSpan;
};

struct CreateClause {
    Pattern pattern;
};

struct WithClause {
    Projection projection;
    ExpressionPtr where;
};

struct ReturnClause {
    Projection projection;
};

enum class ClauseKind : std::uint8_t { kMatch, kUnwind, kCreate, kWith, kReturn };

// One clause; exactly the member named by kind is set.
struct Clause {
    ClauseKind kind = ClauseKind::kMatch;
    SourceSpan span;
    std::unique_ptr<MatchClause> match;
    std::unique_ptr<UnwindClause> unwind;
    std::unique_ptr<CreateClause> create;
    std::unique_ptr<WithClause> with;
    std::unique_ptr<ReturnClause> ret;
};

struct SingleQuery {
    SourceSpan span;
    std::vector<Clause> clauses;
};

// `q1 UNION [ALL] q2 ...`: parts.size() == unionAll.size() + 1.
struct Query {
    SourceSpan span;
    std::vector<SingleQuery> parts;
    std::vector<bool> unionAll;
};

enum class StatementMode : std::uint8_t { kRun, kExplain, kProfile };

struct Statement {
    StatementMode mode = StatementMode::kRun;
    Query query;
};

} // namespace steppe::query::ast

#endif // STEPPE_QUERY_AST_HPP_
