#include "query/executor/count_operators.hpp"

#include <algorithm>
#include <limits>

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
    auto visit = [&](engine::Direction direction, bool skipSelfLoops) {
        const engine::Adjacency& adjacency = ctx.graph.adjacency(direction);
        for (engine::TypeId type : step.types) {
            if (type == engine::kNoId) {
                continue;
            }
            for (engine::NodeIndex neighbour : adjacency.ofType(node, type).neighbours) {
                if (skipSelfLoops && neighbour == node) {
                    continue; // an undirected self-loop was counted going out already
                }
                const bool admitted =
                    std::all_of(step.labels.begin(), step.labels.end(), [&](engine::LabelId l) {
                        return l != engine::kNoId && ctx.graph.hasLabel(neighbour, l);
                    });
                if (admitted) {
                    total =
                        checkedAdd(total, last ? 1 : walks(neighbour, level + 1, ctx), spec_.span);
                }
            }
        }
    };
    forEachDirection(step.direction, visit);
    memo[node] = total;
    return total;
}

void CountExpand::push(Row& row, ExecContext& ctx) {
    const Value& anchor = row[spec_.anchor];
    std::uint64_t count = 0;
    if (anchor.kind() == ValueKind::kNode && !ctx.isPendingNode(anchor.asNode())) {
        count = walks(anchor.asNode().index, 0, ctx);
    }
    if (spec_.optional) {
        count = std::max<std::uint64_t>(count, 1);
    }
    if (count == 0) {
        return;
    }
    const std::uint64_t saved = ctx.rowWeight;
    ctx.rowWeight = checkedMultiply(saved, count, spec_.span);
    next_->push(row, ctx);
    ctx.rowWeight = saved;
}

std::string CountExpand::describe() const {
    return std::string(spec_.optional ? "CountOptional " : "CountExpand ") + spec_.text;
}

} // namespace steppe::query
