#include "query/planner/planner.hpp"

#include <algorithm>
#include <iterator>
#include <memory>

#include "query/executor/count_operators.hpp"
#include "query/executor/create_operator.hpp"
#include "query/executor/join_operators.hpp"
#include "query/executor/match_operators.hpp"
#include "query/executor/pattern_runner.hpp"
#include "query/executor/projection_operators.hpp"
#include "query/executor/shortest_path.hpp"
#include "query/planner/plan_support.hpp"
#include "query/query_error.hpp"

namespace steppe::query {

namespace {

using namespace planning;

// The final operator of a query that returns nothing.
class Discard final : public Operator {
public:
    void push(Row&, ExecContext&) override {}
    void open(ExecContext&) override {}
    void finish(ExecContext&) override {}
    std::string describe() const override { return "Discard"; }
};

} // namespace

Planner::Planner(const engine::GraphStore& graph) : graph_(graph) {}

void Planner::planMatch(BoundMatch& match, PhysicalPlan& plan, std::set<Slot>& bound) {
    std::vector<PlannedPart> parts;
    std::set<Slot> slots;
    for (BoundPatternPart& part : match.parts) {
        parts.push_back(PlannedPart{&part, 0});
        slotsOfPattern(part, slots);
    }
    std::vector<PendingFilter> filters;
    addPendingFilters(match.where.get(), slots, filters);
    const std::set<Slot> introduced(match.introduced.begin(), match.introduced.end());
    if (!match.optional) {
        planPattern(parts, plan, bound, &filters, introduced);
        return;
    }
    if (planOptionalCount(match, plan, bound)) {
        return;
    }
    PhysicalPlan inner;
    std::set<Slot> innerBound = bound;
    planPattern(parts, inner, innerBound, &filters, introduced);
    plan.append(std::make_unique<Optional>(std::move(inner), match.introduced));
    bound = std::move(innerBound);
}

std::size_t Planner::matchRunEnd(const BoundSingleQuery& single, std::size_t first) const {
    auto plainMatch = [&](std::size_t c) {
        return c < single.clauses.size() && single.clauses[c].kind == BoundClauseKind::kMatch &&
               !single.clauses[c].match->optional;
    };
    if (!plainMatch(first)) {
        return first + 1;
    }
    std::set<Slot> introduced(single.clauses[first].match->introduced.begin(),
                              single.clauses[first].match->introduced.end());
    std::size_t end = first + 1;
    for (; plainMatch(end); ++end) {
        const BoundMatch& match = *single.clauses[end].match;
        // A relationship variable met again is checked by identity, within one clause only.
        for (const BoundPatternPart& part : match.parts) {
            for (const BoundRel& r : part.rels) {
                if (r.bound && introduced.contains(r.slot)) {
                    return end;
                }
            }
        }
        introduced.insert(match.introduced.begin(), match.introduced.end());
    }
    return end;
}

void Planner::planClauses(BoundSingleQuery& single, std::size_t first, std::size_t end,
                          PhysicalPlan& plan, std::set<Slot>& bound) {
    if (end == first + 1) {
        planClause(single.clauses[first], plan, bound);
        return;
    }
    // MATCH a MATCH b is MATCH a, b except that relationships are unique per clause: plan them
    // as one pattern, so that the order of the clauses does not fix the order of the joins.
    std::vector<PlannedPart> parts;
    std::set<Slot> introduced;
    std::set<Slot> slots; // a conjunct reads the slots of the whole run, not only its clause's
    for (std::size_t c = first; c < end; ++c) {
        BoundMatch& match = *single.clauses[c].match;
        for (BoundPatternPart& part : match.parts) {
            parts.push_back(PlannedPart{&part, static_cast<int>(c - first)});
            slotsOfPattern(part, slots);
        }
        introduced.insert(match.introduced.begin(), match.introduced.end());
    }
    std::vector<PendingFilter> filters;
    for (std::size_t c = first; c < end; ++c) {
        addPendingFilters(single.clauses[c].match->where.get(), slots, filters);
    }
    planPattern(parts, plan, bound, &filters, introduced);
}

void Planner::planProjection(BoundProjection& projection, PhysicalPlan& plan,
                             std::set<Slot>& bound) {
    if (!projection.aggregates.empty()) {
        plan.append(std::make_unique<Aggregate>(&projection));
    } else {
        plan.append(std::make_unique<Project>(&projection.items));
    }
    for (const BoundProjectionItem& item : projection.items) {
        bound.insert(item.slot);
    }
    if (projection.distinct) {
        std::vector<Slot> slots;
        for (const BoundProjectionItem& item : projection.items) {
            slots.push_back(item.slot);
        }
        plan.append(std::make_unique<Distinct>(std::move(slots)));
    }
    if (!projection.orderBy.empty()) {
        plan.append(std::make_unique<Sort>(&projection.orderBy));
    }
    if (projection.skip || projection.limit) {
        plan.append(std::make_unique<SkipLimit>(projection.skip.get(), projection.limit.get()));
    }
    if (projection.where) {
        plan.append(std::make_unique<Filter>(projection.where.get(), "WHERE"));
    }
}

void Planner::planClause(BoundClause& clause, PhysicalPlan& plan, std::set<Slot>& bound) {
    switch (clause.kind) {
    case BoundClauseKind::kMatch:
        planMatch(*clause.match, plan, bound);
        break;
    case BoundClauseKind::kUnwind:
        plan.append(std::make_unique<Unwind>(clause.unwind->list.get(), clause.unwind->slot));
        bound.insert(clause.unwind->slot);
        break;
    case BoundClauseKind::kCreate:
        plan.append(std::make_unique<Create>(clause.create.get()));
        break;
    case BoundClauseKind::kProjection:
        planProjection(*clause.projection, plan, bound);
        break;
    }
}

void Planner::compilePatterns(BoundExpression* e) {
    if (e == nullptr) {
        return;
    }
    for (BoundExpressionPtr& child : e->children) {
        compilePatterns(child.get());
    }
    if (!e->pattern || e->pattern->compiled) {
        return;
    }
    BoundPatternPredicate& pattern = *e->pattern;
    for (BoundPatternPart& part : pattern.parts) {
        for (BoundNode& n : part.nodes) {
            for (BoundPropertyConstraint& c : n.properties) {
                compilePatterns(c.value.get());
            }
        }
    }
    compilePatterns(pattern.where.get());
    auto compiled = std::make_shared<CompiledPattern>();
    std::set<Slot> bound;
    std::vector<PlannedPart> parts;
    for (BoundPatternPart& part : pattern.parts) {
        parts.push_back(PlannedPart{&part, 0});
    }
    planPattern(parts, compiled->plan, bound, nullptr, {});
    compiled->sink = compiled->plan.append(std::make_unique<PatternSink>());
    compiled->probe = adjacencyProbeFor(pattern);
    pattern.compiled = std::move(compiled);
}

void Planner::compilePatterns(BoundQuery& query) {
    auto parts = [&](std::vector<BoundPatternPart>& pattern) {
        for (BoundPatternPart& part : pattern) {
            for (BoundNode& n : part.nodes) {
                for (BoundPropertyConstraint& c : n.properties) {
                    compilePatterns(c.value.get());
                }
                compilePatterns(n.propertyMap.get());
            }
            for (BoundRel& r : part.rels) {
                for (BoundPropertyConstraint& c : r.properties) {
                    compilePatterns(c.value.get());
                }
                compilePatterns(r.propertyMap.get());
            }
        }
    };
    for (BoundSingleQuery& single : query.parts) {
        for (BoundClause& clause : single.clauses) {
            switch (clause.kind) {
            case BoundClauseKind::kMatch:
                parts(clause.match->parts);
                compilePatterns(clause.match->where.get());
                break;
            case BoundClauseKind::kUnwind:
                compilePatterns(clause.unwind->list.get());
                break;
            case BoundClauseKind::kCreate:
                parts(clause.create->parts);
                break;
            case BoundClauseKind::kProjection: {
                BoundProjection& p = *clause.projection;
                for (BoundProjectionItem& item : p.items) {
                    compilePatterns(item.expression.get());
                }
                for (BoundAggregate& a : p.aggregates) {
                    compilePatterns(a.argument.get());
                }
                for (BoundSortKey& k : p.orderBy) {
                    compilePatterns(k.expression.get());
                }
                compilePatterns(p.where.get());
                break;
            }
            }
        }
    }
}

std::vector<PhysicalPlan> Planner::plan(BoundQuery& query, std::vector<std::vector<Value>>* rows) {
    compilePatterns(query);
    std::vector<PhysicalPlan> plans;
    for (BoundSingleQuery& single : query.parts) {
        PhysicalPlan plan;
        std::set<Slot> bound;
        for (std::size_t c = 0; c < single.clauses.size();) {
            const std::size_t end = matchRunEnd(single, c);
            prepareCounting(single, c, end);
            planClauses(single, c, end, plan, bound);
            counting_ = false;
            c = end;
        }
        if (single.columns.empty()) {
            plan.append(std::make_unique<Discard>());
        } else {
            plan.append(std::make_unique<Produce>(single.columnSlots, rows));
        }
        plans.push_back(std::move(plan));
    }
    return plans;
}

} // namespace steppe::query
