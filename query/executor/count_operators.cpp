#include "query/executor/count_operators.hpp"

#include <algorithm>
#include <limits>
#include <span>

#include "query/executor/directions.hpp"
#include "query/query_error.hpp"

namespace steppe::query {

namespace {

constexpr std::uint64_t kUnknown = std::numeric_limits<std::uint64_t>::max();
// Counts end up as Cypher integers.
constexpr std::uint64_t kMaxCount = std::numeric_limits<std::int64_t>::max();

[[noreturn]] void countOverflow(ast::SourceSpan span) {
    throwArgumentError("integer overflow: the number of matches does not fit in a 64-bit integer",
                       "IntegerOverflow", span);
}

std::uint64_t checkedAdd(std::uint64_t a, std::uint64_t b, ast::SourceSpan span) {
    std::uint64_t sum = 0;
    if (__builtin_add_overflow(a, b, &sum) || sum > kMaxCount) {
        countOverflow(span);
    }
    return sum;
}

std::uint64_t checkedMultiply(std::uint64_t a, std::uint64_t b, ast::SourceSpan span) {
    std::uint64_t product = 0;
    if (__builtin_mul_overflow(a, b, &product) || product > kMaxCount) {
        countOverflow(span);
    }
    return product;
}

// Passes the row on standing for `count` times as many rows; none when count is 0.
void pushWeighted(Operator& next, Row& row, ExecContext& ctx, std::uint64_t count,
                  ast::SourceSpan span) {
    if (count == 0) {
        return;
    }
    const std::uint64_t saved = ctx.rowWeight;
    ctx.rowWeight = checkedMultiply(saved, count, span);
    next.push(row, ctx);
    ctx.rowWeight = saved;
}

// Whether `node` has every label of the step's far end.
bool admitted(const CountStep& step, engine::NodeIndex node, const ExecContext& ctx) {
    return std::all_of(step.labels.begin(), step.labels.end(), [&](engine::LabelId l) {
        return l != engine::kNoId && ctx.graph.hasLabel(node, l);
    });
}

// Calls visit(neighbours) for each sorted run of neighbours the step walks from `node`; an
// undirected step's incoming run is passed with its self-loops, and skipSelfLoops set.
template <typename Visit>
void forEachRun(const CountStep& step, engine::NodeIndex node, const ExecContext& ctx,
                Visit&& visit) {
    forEachDirection(step.direction, [&](engine::Direction direction, bool skipSelfLoops) {
        const engine::Adjacency& adjacency = ctx.graph.adjacency(direction);
        for (engine::TypeId type : step.types) {
            if (type != engine::kNoId) {
                visit(adjacency.ofType(node, type).neighbours, skipSelfLoops);
            }
        }
    });
}

} // namespace

CountExpand::CountExpand(CountChainSpec spec) : spec_(std::move(spec)) {}

void CountExpand::open(ExecContext& ctx) {
    memo_.assign(spec_.steps.size(), {});
    Operator::open(ctx);
}

std::uint64_t CountExpand::walks(engine::NodeIndex node, std::size_t level, ExecContext& ctx) {
    std::vector<std::uint64_t>& memo = memo_[level];
    if (memo.empty()) {
        memo.assign(ctx.graph.nodeCount(), kUnknown);
    }
    if (memo[node] != kUnknown) {
        return memo[node];
    }
    const CountStep& step = spec_.steps[level];
    const bool last = level + 1 == spec_.steps.size();
    std::uint64_t total = 0;
    forEachRun(step, node, ctx, [&](std::span<const engine::NodeIndex> run, bool skipSelfLoops) {
        for (engine::NodeIndex neighbour : run) {
            if (skipSelfLoops && neighbour == node) {
                continue; // an undirected self-loop was counted going out already
            }
            if (admitted(step, neighbour, ctx)) {
                total = checkedAdd(total, last ? 1 : walks(neighbour, level + 1, ctx), spec_.span);
            }
        }
    });
    memo[node] = total;
    return total;
}

std::optional<std::uint64_t> CountExpand::excludedWalks(engine::NodeIndex node, const Row& row,
                                                        ExecContext& ctx) {
    excludedNodes_.clear();
    for (Slot slot : spec_.excluded) {
        const Value& value = row[slot];
        if (value.kind() != ValueKind::kNode) {
            return std::nullopt; // null: `end <> null` keeps no row
        }
        const NodeRef excluded = value.asNode();
        if (!ctx.isPendingNode(excluded) && std::find(excludedNodes_.begin(), excludedNodes_.end(),
                                                      excluded.index) == excludedNodes_.end()) {
            excludedNodes_.push_back(excluded.index);
        }
    }
    const CountStep& step = spec_.steps.front();
    std::uint64_t total = 0;
    for (engine::NodeIndex excluded : excludedNodes_) {
        if (!admitted(step, excluded, ctx)) {
            continue; // walks() did not count it either
        }
        forEachRun(
            step, node, ctx, [&](std::span<const engine::NodeIndex> run, bool skipSelfLoops) {
                if (!(skipSelfLoops && excluded == node)) {
                    const auto [from, to] = std::equal_range(run.begin(), run.end(), excluded);
                    total += static_cast<std::uint64_t>(to - from);
                }
            });
    }
    return total;
}

void CountExpand::push(Row& row, ExecContext& ctx) {
    const Value& anchor = row[spec_.anchor];
    std::uint64_t count = 0;
    if (anchor.kind() == ValueKind::kNode && !ctx.isPendingNode(anchor.asNode())) {
        count = walks(anchor.asNode().index, 0, ctx);
        if (!spec_.excluded.empty()) {
            const std::optional<std::uint64_t> excluded =
                excludedWalks(anchor.asNode().index, row, ctx);
            count = excluded ? count - *excluded : 0; // walks() counted every excluded one
        }
    }
    if (spec_.optional) {
        count = std::max<std::uint64_t>(count, 1);
    }
    pushWeighted(*next_, row, ctx, count, spec_.span);
}

std::string CountExpand::describe() const {
    return std::string(spec_.optional ? "CountOptional " : "CountExpand ") + spec_.text;
}

CountDistinctPair::CountDistinctPair(CountChainSpec first, CountChainSpec second)
    : first_(std::move(first)), second_(std::move(second)) {}

void CountDistinctPair::reached(const CountStep& step, engine::NodeIndex node, ExecContext& ctx,
                                std::vector<engine::NodeIndex>& out) const {
    out.clear();
    int runs = 0;
    forEachRun(step, node, ctx, [&](std::span<const engine::NodeIndex> run, bool skipSelfLoops) {
        ++runs;
        for (engine::NodeIndex neighbour : run) {
            if (!(skipSelfLoops && neighbour == node) && admitted(step, neighbour, ctx)) {
                out.push_back(neighbour);
            }
        }
    });
    if (runs > 1) {
        std::sort(out.begin(), out.end()); // each run is sorted, their concatenation is not
    }
}

void CountDistinctPair::push(Row& row, ExecContext& ctx) {
    const Value& a = row[first_.anchor];
    const Value& b = row[second_.anchor];
    if (a.kind() != ValueKind::kNode || b.kind() != ValueKind::kNode ||
        ctx.isPendingNode(a.asNode()) || ctx.isPendingNode(b.asNode())) {
        return;
    }
    reached(first_.steps.front(), a.asNode().index, ctx, firstReached_);
    reached(second_.steps.front(), b.asNode().index, ctx, secondReached_);
    // Pairs meeting at one node: for each node both reach, the product of its multiplicities.
    std::uint64_t meeting = 0;
    auto i = firstReached_.begin();
    auto j = secondReached_.begin();
    while (i != firstReached_.end() && j != secondReached_.end()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            const auto iEnd = std::upper_bound(i, firstReached_.end(), *i);
            const auto jEnd = std::upper_bound(j, secondReached_.end(), *j);
            meeting += static_cast<std::uint64_t>(iEnd - i) * static_cast<std::uint64_t>(jEnd - j);
            i = iEnd;
            j = jEnd;
        }
    }
    const std::uint64_t pairs =
        checkedMultiply(firstReached_.size(), secondReached_.size(), first_.span) - meeting;
    pushWeighted(*next_, row, ctx, pairs, first_.span);
}

std::string CountDistinctPair::describe() const {
    return "CountDistinctPair " + first_.text + ", " + second_.text + " (different ends)";
}

} // namespace steppe::query
