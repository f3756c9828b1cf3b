#include "query/executor/pattern_runner.hpp"

#include "query/executor/evaluator.hpp"

namespace steppe::query {

namespace {

// Runs the pattern's pipeline on a copy of the row with a stop flag of its own, so that
// stopping at a first match does not stop the enclosing query.
template <typename OnMatch>
void runPattern(const BoundPatternPredicate& pattern, const Row& row, ExecContext& ctx,
                OnMatch onMatch) {
    CompiledPattern& compiled = *pattern.compiled;
    ExecContext inner = ctx;
    inner.stop = false;
    Row copy = row;
    compiled.sink->onMatch = [&](Row& matched, ExecContext& c) { onMatch(matched, c); };
    compiled.plan.head()->push(copy, inner);
    compiled.sink->onMatch = nullptr;
}

} // namespace

bool patternMatches(const BoundPatternPredicate& pattern, Row& row, ExecContext& ctx) {
    bool found = false;
    runPattern(pattern, row, ctx, [&](Row& matched, ExecContext& c) {
        if (pattern.where && !passes(*pattern.where, matched, c)) {
            return;
        }
        found = true;
        c.stop = true;
    });
    return found;
}

ValueList collectPatternMatches(const BoundExpression& e, Row& row, ExecContext& ctx) {
    ValueList values;
    runPattern(*e.pattern, row, ctx, [&](Row& matched, ExecContext& c) {
        if (e.children[0] && !passes(*e.children[0], matched, c)) {
            return;
        }
        values.push_back(evaluate(*e.children[1], matched, c));
    });
    return values;
}

} // namespace steppe::query
