// Binder: resolves the names of a parsed statement and checks that it means something.
//
// One class, one file per part (Kuzu's layout): bind_clause.cpp (MATCH, UNWIND, CREATE,
// WITH/RETURN), bind_pattern.cpp, bind_expression.cpp, bind_function.cpp. Every error carries
// the openCypher detail code and the span of the offending text.
#ifndef STEPPE_QUERY_BINDER_BINDER_HPP_
#define STEPPE_QUERY_BINDER_BINDER_HPP_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "engine/graph_store.hpp"
#include "query/ast.hpp"
#include "query/binder/bound_query.hpp"

namespace steppe::query {

// What a variable holds, as far as the binder can tell.
enum class VariableKind : std::uint8_t {
    kNode,
    kRelationship,
    kRelationshipList, // a variable-length relationship
    kPath,
    kValue,    // anything else (UNWIND, WITH of an expression)
    kConstant, // a value known at bind time, so certainly no node, relationship or path
};

struct Variable {
    Slot slot = 0;
    VariableKind kind = VariableKind::kValue;
};

// The names visible at one point of a query.
using Scope = std::map<std::string, Variable, std::less<>>;

class Binder {
public:
    // `text` is the query text (unaliased columns are named by their expression as written).
    Binder(const engine::GraphStore& graph, std::string_view text);

    // Binds a whole statement. Throws QueryError on a semantic error.
    BoundQuery bind(const ast::Statement& statement);

    // Names used in the query that occur nowhere in the graph, as warnings with a suggestion:
    // `label :Countyr does not occur in the graph (did you mean :Country?)`.
    const std::vector<std::string>& warnings() const { return warnings_; }

private:
    /*** clauses (bind_clause.cpp) ***/
    BoundSingleQuery bindSingleQuery(const ast::SingleQuery& query);
    BoundClause bindMatch(const ast::MatchClause& match);
    BoundClause bindUnwind(const ast::UnwindClause& unwind);
    BoundClause bindCreate(const ast::CreateClause& create);
    BoundClause bindProjection(const ast::Projection& projection, const ast::Expression* where,
                               bool isReturn);
    std::string columnName(const ast::ProjectionItem& item) const;
    // Binds an expression of a projection in `scope`, collecting aggregates into `collectInto`
    // (when not null) and reading projected columns by text (`substitutions`, when not null).
    BoundExpressionPtr bindProjected(const ast::Expression& e, BoundProjection* collectInto,
                                     const std::vector<std::pair<std::string, Slot>>* substitutions,
                                     Scope scope);
    std::string textOf(ast::SourceSpan span) const; // the query text of a span, trimmed

    /*** patterns (bind_pattern.cpp) ***/
    // Binds pattern parts into the current scope. `relsInClause` gathers relationship slots
    // for uniqueness; `forCreate` applies CREATE's rules.
    BoundPatternPart bindPatternPart(const ast::PatternPart& part, bool forCreate,
                                     std::vector<Slot>* introduced);
    BoundNode bindNode(const ast::NodePattern& node, bool forCreate, std::vector<Slot>* introduced);
    BoundRel bindRel(const ast::RelPattern& rel, bool forCreate, std::vector<Slot>* introduced);
    std::vector<BoundPropertyConstraint> bindPropertyMap(const ast::Expression* map,
                                                         BoundExpressionPtr* asParameter);
    std::shared_ptr<BoundPatternPredicate> bindPatternPredicate(const ast::PatternPart& part,
                                                                bool mayIntroduce);

    /*** expressions (bind_expression.cpp) ***/
    BoundExpressionPtr bindExpression(const ast::Expression& e);
    BoundExpressionPtr bindChild(const ast::Expression* e); // null stays null
    BoundExpressionPtr bindVariable(const ast::Expression& e);
    BoundExpressionPtr bindComprehension(const ast::Expression& e);

    /*** functions (bind_function.cpp) ***/
    BoundExpressionPtr bindFunctionCall(const ast::Expression& e);
    BoundExpressionPtr bindAggregate(const ast::Expression& e);
    // Rejects at compile time a graph function applied to what it can never take
    // (labels() of a path, type() of a node, properties() of a number).
    void checkGraphArgument(const ast::Expression& call, const BoundExpression& bound);

    /*** names ***/
    Slot newSlot() { return slotCount_++; }
    Variable declare(const std::string& name, VariableKind kind, ast::SourceSpan span);
    engine::LabelId labelId(const std::string& name, ast::SourceSpan span);
    engine::TypeId typeId(const std::string& name, ast::SourceSpan span);
    engine::KeyId keyId(const std::string& name, ast::SourceSpan span);
    void warnIfAbsent(const char* what, const char* prefix, const std::string& name,
                      const engine::Dictionary& names, bool present);

    const engine::GraphStore& graph_;
    std::string_view text_;
    Scope scope_;
    // The names bound before the pattern being bound: its own repeated variables are not
    // "bound" for the planner, which binds them where it first meets them.
    Scope patternOuterScope_;
    std::uint32_t slotCount_ = 0;
    bool writes_ = false;
    bool creating_ = false; // binding a CREATE pattern
    // Aggregates are allowed only while binding projection items; they are collected here.
    std::vector<BoundAggregate>* aggregates_ = nullptr;
    std::vector<Slot>* aggregateSlots_ = nullptr;
    bool insideAggregate_ = false;
    // While binding aggregating items and ORDER BY: expressions written exactly like a
    // projected one read that projection's slot instead (text -> slot).
    const std::vector<std::pair<std::string, Slot>>* substitutions_ = nullptr;
    std::vector<std::string> warnings_;
};

} // namespace steppe::query

#endif // STEPPE_QUERY_BINDER_BINDER_HPP_
