// The bound query: clauses whose names are resolved to row slots and store ids, checked for
// meaning, ready for the planner.
#ifndef STEPPE_QUERY_BINDER_BOUND_QUERY_HPP_
#define STEPPE_QUERY_BINDER_BOUND_QUERY_HPP_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "query/binder/bound_expression.hpp"

namespace steppe::query {

struct CompiledPattern; // a pattern predicate's pipeline, made by the planner

// A property constraint of a pattern element: `{key: expression}`.
struct BoundPropertyConstraint {
    engine::KeyId key = engine::kNoId;
    std::string name;
    BoundExpressionPtr value;
};

struct BoundNode {
    Slot slot = 0;
    std::string variable;  // as written; empty when anonymous
    bool bound = false;    // bound before this pattern: check, don't bind
    bool repeated = false; // named earlier in the same pattern (CREATE reuses that node)
    std::vector<engine::LabelId> labels; // kNoId: a label absent from the graph (no match)
    std::vector<std::string> labelNames;
    std::vector<BoundPropertyConstraint> properties;
    BoundExpressionPtr propertyMap; // `{...}` given as a parameter: a map checked at run time
    ast::SourceSpan span;
};

struct BoundRel {
    Slot slot = 0;        // for a variable-length relationship: the list of relationships
    std::string variable; // as written; empty when anonymous
    bool bound = false;   // bound before this pattern
    std::vector<engine::TypeId> types; // empty: any type; kNoId entries match nothing
    std::vector<std::string> typeNames;
    ast::RelDirection direction = ast::RelDirection::kBoth;
    bool variableLength = false;
    std::int64_t minHops = 1;
    std::int64_t maxHops = 1; // -1: unbounded
    std::vector<BoundPropertyConstraint> properties;
    BoundExpressionPtr propertyMap;
    ast::SourceSpan span;
};

// One comma-separated part of a pattern: nodes[i] -rels[i]- nodes[i + 1].
struct BoundPatternPart {
    std::vector<BoundNode> nodes;
    std::vector<BoundRel> rels;
    std::optional<Slot> pathSlot;
    ast::PathFunction function = ast::PathFunction::kNone;
    ast::SourceSpan span;
};

// A pattern used as an expression (predicate, comprehension, EXISTS): matched per row with
// the row's bound variables.
struct BoundPatternPredicate {
    std::vector<BoundPatternPart> parts;
    BoundExpressionPtr where;
    // The relationship slots of outer scopes are not included: a predicate's own relationships
    // are unique among themselves only.
    std::shared_ptr<CompiledPattern> compiled; // filled in by the planner
};

struct BoundMatch {
    bool optional = false;
    std::vector<BoundPatternPart> parts;
    BoundExpressionPtr where;
    std::vector<Slot> introduced; // slots this clause binds (set to null when OPTIONAL fails)
};

struct BoundUnwind {
    BoundExpressionPtr list;
    Slot slot = 0;
};

struct BoundCreate {
    std::vector<BoundPatternPart> parts;
};

struct BoundProjectionItem {
    BoundExpressionPtr expression;
    Slot slot = 0;
    std::string name; // the column name or alias
};

struct BoundSortKey {
    BoundExpressionPtr expression;
    bool descending = false;
};

// WITH or RETURN.
struct BoundProjection {
    bool isReturn = false;
    bool distinct = false;
    std::vector<BoundProjectionItem> items;
    std::vector<BoundAggregate> aggregates; // when non-empty, items without one group
    std::vector<Slot> aggregateSlots;       // where each aggregate's value goes
    std::vector<bool> itemIsGroupKey;       // per item: a grouping key (no aggregate inside)
    std::vector<BoundSortKey> orderBy;
    BoundExpressionPtr skip;
    BoundExpressionPtr limit;
    BoundExpressionPtr where; // WITH ... WHERE
};

enum class BoundClauseKind : std::uint8_t { kMatch, kUnwind, kCreate, kProjection };

struct BoundClause {
    BoundClauseKind kind = BoundClauseKind::kMatch;
    std::unique_ptr<BoundMatch> match;
    std::unique_ptr<BoundUnwind> unwind;
    std::unique_ptr<BoundCreate> create;
    std::unique_ptr<BoundProjection> projection;
};

struct BoundSingleQuery {
    std::vector<BoundClause> clauses;
    std::vector<std::string> columns; // empty when the query ends without RETURN
    std::vector<Slot> columnSlots;
};

struct BoundQuery {
    std::vector<BoundSingleQuery> parts;
    std::vector<bool> unionAll;
    std::uint32_t slotCount = 0;
    bool writes = false;
    ast::StatementMode mode = ast::StatementMode::kRun;
};

} // namespace steppe::query

#endif // STEPPE_QUERY_BINDER_BOUND_QUERY_HPP_
