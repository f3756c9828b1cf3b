// Binding of whole statements and of their clauses: MATCH, UNWIND, CREATE, WITH and RETURN.
#include <algorithm>
#include <cctype>
#include <set>
#include <utility>

#include "query/binder/binder.hpp"
#include "query/query_error.hpp"

namespace steppe::query {

namespace {

std::string_view trimmed(std::string_view s) {
    const char* space = " \t\r\n";
    std::size_t first = s.find_first_not_of(space);
    if (first == std::string_view::npos) {
        return {};
    }
    return s.substr(first, s.find_last_not_of(space) - first + 1);
}

// Collects the slots an expression reads outside aggregate calls.
void slotsOutsideAggregates(const BoundExpression& e, std::set<Slot>* slots,
                            const std::set<Slot>& local) {
    if (e.kind == BoundKind::kAggregate) {
        return;
    }
    if (e.kind == BoundKind::kSlot && !local.contains(e.slot)) {
        slots->insert(e.slot);
    }
    std::set<Slot> inner = local;
    if (e.kind == BoundKind::kListComprehension || e.kind == BoundKind::kQuantifier) {
        inner.insert(e.slot);
    }
    for (const BoundExpressionPtr& child : e.children) {
        if (child) {
            slotsOutsideAggregates(*child, slots, inner);
        }
    }
}

bool containsAggregate(const BoundExpression& e) {
    if (e.kind == BoundKind::kAggregate) {
        return true;
    }
    return std::any_of(e.children.begin(), e.children.end(),
                       [](const BoundExpressionPtr& c) { return c && containsAggregate(*c); });
}

// True when the expression calls an aggregate function (outside nested queries).
bool astHasAggregate(const ast::Expression& e) {
    static const char* const kAggregateNames[] = {
        "count",          "sum",           "avg", "min", "max", "collect", "stdev", "stdevp",
        "percentiledisc", "percentilecont"};
    if (e.kind == ast::ExpressionKind::kCountStar) {
        return true;
    }
    if (e.kind == ast::ExpressionKind::kFunctionCall) {
        std::string name = e.name;
        std::transform(name.begin(), name.end(), name.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        for (const char* aggregate : kAggregateNames) {
            if (name == aggregate) {
                return true;
            }
        }
    }
    return std::any_of(e.children.begin(), e.children.end(),
                       [](const ast::ExpressionPtr& c) { return c && astHasAggregate(*c); });
}

// Only a variable or a property of one (n.age, n.address.city) may be reused by its text
// inside an aggregating expression; openCypher rejects anything more complex as ambiguous.
bool isVariableOrProperty(const ast::Expression& e) {
    if (e.kind == ast::ExpressionKind::kVariable) {
        return true;
    }
    return e.kind == ast::ExpressionKind::kProperty && isVariableOrProperty(*e.children[0]);
}

} // namespace

Binder::Binder(const engine::GraphStore& graph, std::string_view text)
    : graph_(graph), text_(text) {}

BoundQuery Binder::bind(const ast::Statement& statement) {
    BoundQuery bound;
    bound.mode = statement.mode;
    const ast::Query& query = statement.query;
    for (std::size_t i = 0; i < query.parts.size(); ++i) {
        scope_.clear();
        bound.parts.push_back(bindSingleQuery(query.parts[i]));
        if (i > 0 && bound.parts[i].columns != bound.parts[0].columns) {
            throwSemanticError("All sub queries in an UNION must have the same column names",
                               "DifferentColumnsInUnion", query.parts[i].span);
        }
    }
    for (std::size_t i = 1; i < query.unionAll.size(); ++i) {
        if (query.unionAll[i] != query.unionAll[0]) {
            throwSemanticError("Invalid combination of UNION and UNION ALL",
                               "InvalidClauseComposition", query.span);
        }
    }
    bound.unionAll = query.unionAll;
    bound.slotCount = slotCount_;
    bound.writes = writes_;
    return bound;
}

BoundSingleQuery Binder::bindSingleQuery(const ast::SingleQuery& query) {
    BoundSingleQuery bound;
    for (std::size_t i = 0; i < query.clauses.size(); ++i) {
        const ast::Clause& clause = query.clauses[i];
        const bool last = i + 1 == query.clauses.size();
        switch (clause.kind) {
        case ast::ClauseKind::kMatch:
            bound.clauses.push_back(bindMatch(*clause.match));
            break;
        case ast::ClauseKind::kUnwind:
            bound.clauses.push_back(bindUnwind(*clause.unwind));
            break;
        case ast::ClauseKind::kCreate:
            bound.clauses.push_back(bindCreate(*clause.create));
            break;
        case ast::ClauseKind::kWith:
            if (last) {
                throwSemanticError("Query cannot conclude with WITH (must be a RETURN clause, "
                                   "an update clause, a unit subquery call, or a procedure call "
                                   "with no YIELD)",
                                   "InvalidClauseComposition", clause.span);
            }
            bound.clauses.push_back(
                bindProjection(clause.with->projection, clause.with->where.get(), false));
            break;
        case ast::ClauseKind::kReturn: {
            if (!last) {
                throwSemanticError("RETURN can only be used at the end of the query",
                                   "InvalidClauseComposition", clause.span);
            }
            const ast::Projection& projection = clause.ret->projection;
            if (projection.star && projection.items.empty() && scope_.empty()) {
                throwSemanticError("RETURN * is not allowed when there are no variables in scope",
                                   "NoVariablesInScope", clause.span);
            }
            bound.clauses.push_back(bindProjection(projection, nullptr, true));
            for (const BoundProjectionItem& item : bound.clauses.back().projection->items) {
                bound.columns.push_back(item.name);
                bound.columnSlots.push_back(item.slot);
            }
            break;
        }
        }
        if (last && clause.kind == ast::ClauseKind::kMatch) {
            throwSemanticError("Query cannot conclude with MATCH (must be a RETURN clause, an "
                               "update clause, a unit subquery call, or a procedure call with no "
                               "YIELD)",
                               "InvalidClauseComposition", clause.span);
        }
        if (last && clause.kind == ast::ClauseKind::kUnwind) {
            throwSemanticError("Query cannot conclude with UNWIND (must be a RETURN clause, an "
                               "update clause, a unit subquery call, or a procedure call with no "
                               "YIELD)",
                               "InvalidClauseComposition", clause.span);
        }
    }
    return bound;
}

BoundClause Binder::bindMatch(const ast::MatchClause& match) {
    auto bound = std::make_unique<BoundMatch>();
    bound->optional = match.optional;
    std::set<std::string> relNames;
    for (const ast::PatternPart& part : match.pattern) {
        for (const ast::PatternStep& step : part.steps) {
            const std::string& name = step.relationship.variable;
            if (!name.empty() && !relNames.insert(name).second) {
                throwSemanticError("Cannot use the same relationship variable '" + name +
                                       "' for multiple relationships",
                                   "RelationshipUniquenessViolation", step.relationship.span);
            }
        }
    }
    patternOuterScope_ = scope_;
    for (const ast::PatternPart& part : match.pattern) {
        bound->parts.push_back(bindPatternPart(part, false, &bound->introduced));
    }
    bound->where = bindChild(match.where.get());
    BoundClause clause;
    clause.kind = BoundClauseKind::kMatch;
    clause.match = std::move(bound);
    return clause;
}

BoundClause Binder::bindUnwind(const ast::UnwindClause& unwind) {
    auto bound = std::make_unique<BoundUnwind>();
    bound->list = bindExpression(*unwind.list);
    if (scope_.contains(unwind.variable)) {
        throwSemanticError("Variable `" + unwind.variable + "` already declared",
                           "VariableAlreadyBound", unwind.variableSpan);
    }
    bound->slot = declare(unwind.variable, VariableKind::kValue, unwind.variableSpan).slot;
    BoundClause clause;
    clause.kind = BoundClauseKind::kUnwind;
    clause.unwind = std::move(bound);
    return clause;
}

BoundClause Binder::bindCreate(const ast::CreateClause& create) {
    writes_ = true;
    auto bound = std::make_unique<BoundCreate>();
    patternOuterScope_ = scope_;
    for (const ast::PatternPart& part : create.pattern) {
        if (part.steps.empty() && scope_.contains(part.start.variable)) {
            throwSemanticError("Variable `" + part.start.variable + "` already declared",
                               "VariableAlreadyBound", part.start.span);
        }
        bound->parts.push_back(bindPatternPart(part, true, nullptr));
    }
    BoundClause clause;
    clause.kind = BoundClauseKind::kCreate;
    clause.create = std::move(bound);
    return clause;
}

BoundExpressionPtr
Binder::bindProjected(const ast::Expression& e, BoundProjection* collectInto,
                      const std::vector<std::pair<std::string, Slot>>* substitutions, Scope scope) {
    struct Restore {
        Binder& binder;
        Scope saved;
        ~Restore() {
            binder.scope_ = std::move(saved);
            binder.aggregates_ = nullptr;
            binder.aggregateSlots_ = nullptr;
            binder.substitutions_ = nullptr;
        }
    } restore{*this, std::exchange(scope_, std::move(scope))};
    if (collectInto != nullptr) {
        aggregates_ = &collectInto->aggregates;
        aggregateSlots_ = &collectInto->aggregateSlots;
    }
    substitutions_ = substitutions;
    return bindExpression(e);
}

std::string Binder::textOf(ast::SourceSpan span) const {
    return std::string(trimmed(text_.substr(span.offset, span.length)));
}

std::string Binder::columnName(const ast::ProjectionItem& item) const {
    if (!item.alias.empty()) {
        return item.alias;
    }
    return std::string(trimmed(text_.substr(item.span.offset, item.span.length)));
}

BoundClause Binder::bindProjection(const ast::Projection& projection, const ast::Expression* where,
                                   bool isReturn) {
    auto bound = std::make_unique<BoundProjection>();
    bound->isReturn = isReturn;
    bound->distinct = projection.distinct;

    // `*` projects every named variable in scope, in name order.
    Scope next;
    std::set<std::string> names;
    auto addItem = [&](BoundExpressionPtr expression, std::string name, VariableKind kind,
                       ast::SourceSpan span) {
        if (!names.insert(name).second) {
            throwSemanticError("Multiple result columns with the same name are not supported",
                               "ColumnNameConflict", span);
        }
        BoundProjectionItem item;
        item.expression = std::move(expression);
        item.slot = newSlot(); // items written by the caller get their reserved slot instead
        item.name = name;
        next[name] = Variable{item.slot, kind};
        bound->items.push_back(std::move(item));
    };
    if (projection.star) {
        for (const auto& [name, variable] : scope_) {
            auto e = std::make_unique<BoundExpression>();
            e->kind = BoundKind::kSlot;
            e->slot = variable.slot;
            addItem(std::move(e), name, variable.kind, {});
        }
    }
    // Items without an aggregate (the grouping keys) are bound first, so that an aggregating
    // item may reuse them by their text: in `RETURN n.age, n.age + count(*)` the second item
    // reads the first one's column.
    const std::size_t firstItem = bound->items.size();
    std::vector<BoundExpressionPtr> expressions(projection.items.size());
    std::vector<std::pair<std::string, Slot>> groupKeyTexts;
    const Slot firstSlot = slotCount_;
    slotCount_ += static_cast<std::uint32_t>(projection.items.size());
    for (int pass = 0; pass < 2; ++pass) {
        for (std::size_t i = 0; i < projection.items.size(); ++i) {
            const ast::ProjectionItem& item = projection.items[i];
            if (astHasAggregate(*item.expression) != (pass == 1)) {
                continue;
            }
            expressions[i] = bindProjected(*item.expression, bound.get(),
                                           pass == 1 ? &groupKeyTexts : nullptr, scope_);
            if (pass == 0 && isVariableOrProperty(*item.expression)) {
                groupKeyTexts.emplace_back(textOf(item.span), firstSlot + static_cast<Slot>(i));
            }
        }
    }
    for (std::size_t i = 0; i < projection.items.size(); ++i) {
        const ast::ProjectionItem& item = projection.items[i];
        if (!isReturn && item.alias.empty() &&
            item.expression->kind != ast::ExpressionKind::kVariable) {
            throwSemanticError("Expression in WITH must be aliased (use AS)", "NoExpressionAlias",
                               item.span);
        }
        VariableKind kind = VariableKind::kValue;
        if (item.expression->kind == ast::ExpressionKind::kVariable) {
            kind = scope_.at(item.expression->name).kind;
        } else if (expressions[i]->kind == BoundKind::kConstant) {
            kind = VariableKind::kConstant;
        }
        addItem(std::move(expressions[i]), columnName(item), kind, item.span);
        bound->items.back().slot = firstSlot + static_cast<Slot>(i);
        next[bound->items.back().name].slot = bound->items.back().slot;
    }

    // With aggregates, the items without one are the grouping keys, and an item that has one
    // may read other variables only through those keys.
    std::set<Slot> groupSlots;
    for (const BoundProjectionItem& item : bound->items) {
        bool grouping = !containsAggregate(*item.expression);
        bound->itemIsGroupKey.push_back(grouping);
        if (grouping && item.expression->kind == BoundKind::kSlot) {
            groupSlots.insert(item.expression->slot);
        }
        if (grouping) {
            groupSlots.insert(item.slot); // read through a text substitution
        }
    }
    if (!bound->aggregates.empty()) {
        for (std::size_t i = 0; i < bound->items.size(); ++i) {
            if (bound->itemIsGroupKey[i]) {
                continue;
            }
            std::set<Slot> read;
            slotsOutsideAggregates(*bound->items[i].expression, &read, {});
            for (Slot s : read) {
                if (!groupSlots.contains(s)) {
                    throwSemanticError("Aggregation column contains implicit grouping expressions",
                                       "AmbiguousAggregationExpression",
                                       bound->items[i].expression->span);
                }
            }
        }
    }

    // ORDER BY sees the projected names and, unless the projection aggregates or is DISTINCT,
    // the variables before it too. An expression written exactly like a projected one reads
    // that column.
    const bool aggregating = !bound->aggregates.empty();
    Scope orderScope = (aggregating || bound->distinct) ? next : scope_;
    for (const auto& [name, variable] : next) {
        orderScope[name] = variable;
    }
    // After DISTINCT or aggregation, a variable, property or aggregate written like a projected
    // one reads that column (`ORDER BY $x + avg(p.age)` with avg(p.age) returned).
    std::vector<std::pair<std::string, Slot>> projectedTexts;
    for (std::size_t i = 0; i < projection.items.size(); ++i) {
        if (isVariableOrProperty(*projection.items[i].expression) ||
            astHasAggregate(*projection.items[i].expression)) {
            projectedTexts.emplace_back(textOf(projection.items[i].span),
                                        bound->items[firstItem + i].slot);
        }
    }
    const auto* byText = aggregating || bound->distinct ? &projectedTexts : nullptr;
    for (const ast::SortItem& sort : projection.orderBy) {
        BoundSortKey key;
        key.descending = sort.descending;
        const std::string_view written =
            trimmed(text_.substr(sort.expression->span.offset, sort.expression->span.length));
        for (const BoundProjectionItem& item : bound->items) {
            if (item.name == written) {
                key.expression = std::make_unique<BoundExpression>();
                key.expression->kind = BoundKind::kSlot;
                key.expression->slot = item.slot;
                key.expression->span = sort.expression->span;
            }
        }
        if (!key.expression) {
            // After aggregation orderScope holds the projected variables only, so a variable
            // that is not projected is simply undefined here.
            key.expression = bindProjected(*sort.expression, aggregating ? bound.get() : nullptr,
                                           byText, orderScope);
        }
        bound->orderBy.push_back(std::move(key));
    }

    // SKIP and LIMIT may not read variables.
    auto bindCount = [&](const ast::Expression* e) -> BoundExpressionPtr {
        if (e == nullptr) {
            return nullptr;
        }
        Scope saved = std::move(scope_);
        scope_.clear();
        BoundExpressionPtr count;
        try {
            count = bindExpression(*e);
        } catch (const QueryError& error) {
            scope_ = std::move(saved);
            if (error.status().detail() == "UndefinedVariable") {
                throwSemanticError("It is not allowed to refer to variables in SKIP or LIMIT",
                                   "NonConstantExpression", e->span);
            }
            throw;
        }
        scope_ = std::move(saved);
        if (count->kind == BoundKind::kConstant) {
            const Value& v = count->value;
            if (v.kind() == ValueKind::kFloat) {
                throwSemanticError("SKIP and LIMIT take an integer, not " + v.toCypherLiteral(),
                                   "InvalidArgumentType", e->span);
            }
            if (v.kind() == ValueKind::kInteger && v.asInteger() < 0) {
                throwSemanticError("SKIP and LIMIT take a non-negative integer, not " +
                                       v.toCypherLiteral(),
                                   "NegativeIntegerArgument", e->span);
            }
        }
        return count;
    };
    bound->skip = bindCount(projection.skip.get());
    bound->limit = bindCount(projection.limit.get());

    // WITH ... WHERE sees what ORDER BY sees: the rows still carry the variables before the
    // projection unless it aggregates or is DISTINCT.
    if (where != nullptr) {
        bound->where = bindProjected(*where, nullptr, byText, orderScope);
    }
    scope_ = std::move(next);
    BoundClause clause;
    clause.kind = BoundClauseKind::kProjection;
    clause.projection = std::move(bound);
    return clause;
}

} // namespace steppe::query
