#include "query/executor/projection_operators.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_set>

#include "query/executor/evaluator.hpp"
#include "query/functions/argument_errors.hpp"
#include "query/query_error.hpp"

namespace steppe::query {

namespace {

std::size_t hashKey(const std::vector<Value>& key) {
    std::size_t h = 0x9e3779b97f4a7c15ULL;
    for (const Value& v : key) {
        h ^= hashValue(v) + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    }
    return h;
}

bool equivalentKeys(const std::vector<Value>& a, const std::vector<Value>& b) {
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (!equivalent(a[i], b[i])) {
            return false;
        }
    }
    return true;
}

struct ValueHash {
    std::size_t operator()(const Value& v) const { return hashValue(v); }
};
struct ValueEquivalent {
    bool operator()(const Value& a, const Value& b) const { return equivalent(a, b); }
};

void requireNumber(const BoundAggregate& a, const Value& v, ast::SourceSpan span) {
    if (!v.isNumber()) {
        throwTypeError(a.name + "() needs numbers, got " + functions::describeValue(v),
                       "InvalidArgumentType", span);
    }
}

// The running state of one aggregate in one group.
struct Accumulator {
    std::int64_t count = 0;
    std::int64_t integerSum = 0;
    double floatSum = 0;
    bool sawFloat = false;
    Value best;       // min or max
    ValueList values; // collect; numbers for stDev and percentiles
    std::unordered_set<Value, ValueHash, ValueEquivalent> seen; // DISTINCT
    Value percentile;

    void addToCount(std::uint64_t weight, ast::SourceSpan span) {
        if (weight > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()) ||
            __builtin_add_overflow(count, static_cast<std::int64_t>(weight), &count)) {
            throwArgumentError("integer overflow in count()", "IntegerOverflow", span);
        }
    }

    // `weight`: how many rows this one stands for (ExecContext::rowWeight). The planner counts
    // rows instead of producing them only under count(), so other aggregates always see 1.
    void add(const BoundAggregate& a, const Value& v, ast::SourceSpan span, std::uint64_t weight) {
        if (a.function == AggregateFunction::kCountStar) {
            addToCount(weight, span);
            return;
        }
        if (v.isNull()) {
            return;
        }
        if (a.distinct && !seen.insert(v).second) {
            return;
        }
        if (a.function == AggregateFunction::kCount) {
            // A distinct value counts once however many rows carry it.
            addToCount(a.distinct ? 1 : weight, span);
            return;
        }
        if (weight != 1) {
            throwInternalError("a counted row reached " + a.name + "()");
        }
        ++count;
        switch (a.function) {
        case AggregateFunction::kSum:
        case AggregateFunction::kAvg:
            requireNumber(a, v, span);
            if (v.kind() == ValueKind::kFloat) {
                sawFloat = true;
            } else if (__builtin_add_overflow(integerSum, v.asInteger(), &integerSum)) {
                throwArgumentError("integer overflow in sum()", "IntegerOverflow", span);
            }
            floatSum += v.asNumber();
            break;
        case AggregateFunction::kMin:
            if (best.isNull() || orderCompare(v, best) < 0) {
                best = v;
            }
            break;
        case AggregateFunction::kMax:
            if (best.isNull() || orderCompare(v, best) > 0) {
                best = v;
            }
            break;
        case AggregateFunction::kStDev:
        case AggregateFunction::kStDevP:
        case AggregateFunction::kPercentileDisc:
        case AggregateFunction::kPercentileCont:
            requireNumber(a, v, span);
            values.push_back(v);
            break;
        default:
            values.push_back(v);
            break;
        }
    }

    Value result(const BoundAggregate& a) {
        switch (a.function) {
        case AggregateFunction::kCountStar:
        case AggregateFunction::kCount:
            return Value::integer(count);
        case AggregateFunction::kSum:
            return sawFloat ? Value::floating(floatSum) : Value::integer(integerSum);
        case AggregateFunction::kAvg:
            return count == 0 ? Value() : Value::floating(floatSum / static_cast<double>(count));
        case AggregateFunction::kMin:
        case AggregateFunction::kMax:
            return best;
        case AggregateFunction::kCollect:
            return Value::list(values);
        case AggregateFunction::kStDev:
        case AggregateFunction::kStDevP: {
            const double n = static_cast<double>(values.size());
            const double divisor = a.function == AggregateFunction::kStDev ? n - 1 : n;
            if (values.empty() || divisor <= 0) {
                return Value::floating(0);
            }
            double mean = 0;
            for (const Value& v : values) {
                mean += v.asNumber();
            }
            mean /= n;
            double squares = 0;
            for (const Value& v : values) {
                squares += (v.asNumber() - mean) * (v.asNumber() - mean);
            }
            return Value::floating(std::sqrt(squares / divisor));
        }
        case AggregateFunction::kPercentileDisc:
        case AggregateFunction::kPercentileCont: {
            if (values.empty()) {
                return Value();
            }
            std::sort(values.begin(), values.end(),
                      [](const Value& x, const Value& y) { return x.asNumber() < y.asNumber(); });
            const double p = percentile.asNumber();
            const double n = static_cast<double>(values.size());
            if (a.function == AggregateFunction::kPercentileDisc) {
                std::size_t i = p <= 0 ? 0 : static_cast<std::size_t>(std::ceil(p * n)) - 1;
                return values[std::min(i, values.size() - 1)];
            }
            const double position = p * (n - 1);
            const auto lower = static_cast<std::size_t>(std::floor(position));
            const auto upper = static_cast<std::size_t>(std::ceil(position));
            const double fraction = position - static_cast<double>(lower);
            return Value::floating(values[lower].asNumber() +
                                   fraction *
                                       (values[upper].asNumber() - values[lower].asNumber()));
        }
        }
        return Value();
    }
};

} // namespace

// ---------------------------------------------------------------------------------------------

Unwind::Unwind(const BoundExpression* list, Slot slot) : list_(list), slot_(slot) {}

void Unwind::push(Row& row, ExecContext& ctx) {
    Value list = evaluate(*list_, row, ctx);
    if (list.isNull()) {
        return;
    }
    if (list.kind() != ValueKind::kList) {
        row[slot_] = std::move(list); // UNWIND of a single value gives one row
        next_->push(row, ctx);
        return;
    }
    for (const Value& item : list.asList()) {
        if (ctx.stop) {
            break;
        }
        row[slot_] = item;
        next_->push(row, ctx);
    }
}

// ---------------------------------------------------------------------------------------------

Project::Project(const std::vector<BoundProjectionItem>* items) : items_(items) {}

void Project::push(Row& row, ExecContext& ctx) {
    // Evaluate every item before writing any, so that items never see each other's results.
    scratch_.clear();
    for (const BoundProjectionItem& item : *items_) {
        scratch_.push_back(evaluate(*item.expression, row, ctx));
    }
    for (std::size_t i = 0; i < items_->size(); ++i) {
        row[(*items_)[i].slot] = std::move(scratch_[i]);
    }
    next_->push(row, ctx);
}

std::string Project::describe() const {
    std::string text = "Project";
    for (const BoundProjectionItem& item : *items_) {
        text += (&item == &items_->front() ? " " : ", ") + item.name;
    }
    return text;
}

// ---------------------------------------------------------------------------------------------

struct Aggregate::Group {
    Row representative; // the group's first row: grouping variables keep their values
    std::vector<Accumulator> accumulators;
};

std::size_t Aggregate::KeyHash::operator()(const std::vector<Value>& key) const {
    return hashKey(key);
}
bool Aggregate::KeyEqual::operator()(const std::vector<Value>& a,
                                     const std::vector<Value>& b) const {
    return equivalentKeys(a, b);
}

Aggregate::Aggregate(const BoundProjection* projection) : projection_(projection) {}
Aggregate::~Aggregate() = default;

void Aggregate::push(Row& row, ExecContext& ctx) {
    std::vector<Value> key;
    for (std::size_t i = 0; i < projection_->items.size(); ++i) {
        if (projection_->itemIsGroupKey[i]) {
            key.push_back(evaluate(*projection_->items[i].expression, row, ctx));
        }
    }
    auto [it, inserted] = index_.try_emplace(std::move(key), groups_.size());
    if (inserted) {
        auto group = std::make_unique<Group>();
        group->representative = row;
        group->accumulators.resize(projection_->aggregates.size());
        groups_.push_back(std::move(group));
    }
    Group& group = *groups_[it->second];
    for (std::size_t a = 0; a < projection_->aggregates.size(); ++a) {
        const BoundAggregate& aggregate = projection_->aggregates[a];
        Accumulator& acc = group.accumulators[a];
        if (aggregate.parameter && inserted) {
            acc.percentile = evaluate(*aggregate.parameter, row, ctx);
            if (!acc.percentile.isNumber() || acc.percentile.asNumber() < 0 ||
                acc.percentile.asNumber() > 1) {
                throwArgumentError("A percentile must be a number between 0.0 and 1.0",
                                   "NumberOutOfRange", aggregate.parameter->span);
            }
        }
        acc.add(aggregate, aggregate.argument ? evaluate(*aggregate.argument, row, ctx) : Value(),
                aggregate.span, ctx.rowWeight);
    }
}

void Aggregate::finish(ExecContext& ctx) {
    // Without grouping keys, aggregating no rows still gives one row (count 0, sum 0, ...).
    const bool hasKeys =
        std::find(projection_->itemIsGroupKey.begin(), projection_->itemIsGroupKey.end(), true) !=
        projection_->itemIsGroupKey.end();
    if (groups_.empty() && !hasKeys) {
        auto group = std::make_unique<Group>();
        group->accumulators.resize(projection_->aggregates.size());
        groups_.push_back(std::move(group));
    }
    ctx.stop = false; // everything upstream is done; a LIMIT there must not cut our output
    for (auto& group : groups_) {
        if (ctx.stop) {
            break;
        }
        Row& row = group->representative;
        if (row.size() < ctx.slotCount) {
            row.resize(ctx.slotCount);
        }
        for (std::size_t a = 0; a < projection_->aggregates.size(); ++a) {
            row[projection_->aggregateSlots[a]] =
                group->accumulators[a].result(projection_->aggregates[a]);
        }
        // Grouping keys first: aggregating items may read them (n.age + count(*)).
        for (int pass = 0; pass < 2; ++pass) {
            std::vector<std::pair<Slot, Value>> values;
            for (std::size_t i = 0; i < projection_->items.size(); ++i) {
                if (projection_->itemIsGroupKey[i] == (pass == 0)) {
                    const BoundProjectionItem& item = projection_->items[i];
                    values.emplace_back(item.slot, evaluate(*item.expression, row, ctx));
                }
            }
            for (auto& [slot, value] : values) {
                row[slot] = std::move(value);
            }
        }
        next_->push(row, ctx);
    }
    groups_.clear();
    index_.clear();
    Operator::finish(ctx);
}

std::string Aggregate::describe() const {
    return "Aggregate (" + std::to_string(projection_->aggregates.size()) + " aggregates)";
}

// ---------------------------------------------------------------------------------------------

std::size_t Distinct::KeyHash::operator()(const std::vector<Value>& key) const {
    return hashKey(key);
}
bool Distinct::KeyEqual::operator()(const std::vector<Value>& a,
                                    const std::vector<Value>& b) const {
    return equivalentKeys(a, b);
}

Distinct::Distinct(std::vector<Slot> slots) : slots_(std::move(slots)) {}

void Distinct::push(Row& row, ExecContext& ctx) {
    std::vector<Value> key;
    key.reserve(slots_.size());
    for (Slot s : slots_) {
        key.push_back(row[s]);
    }
    if (seen_.try_emplace(std::move(key), true).second) {
        next_->push(row, ctx);
    }
}

// ---------------------------------------------------------------------------------------------

Sort::Sort(const std::vector<BoundSortKey>* keys) : keys_(keys) {}

void Sort::push(Row& row, ExecContext& ctx) {
    std::vector<Value> key;
    for (const BoundSortKey& k : *keys_) {
        key.push_back(evaluate(*k.expression, row, ctx));
    }
    rows_.emplace_back(std::move(key), row);
}

void Sort::finish(ExecContext& ctx) {
    ctx.stop = false; // everything upstream is done; a LIMIT there must not cut our output
    std::stable_sort(rows_.begin(), rows_.end(), [&](const auto& a, const auto& b) {
        for (std::size_t i = 0; i < keys_->size(); ++i) {
            int c = orderCompare(a.first[i], b.first[i]);
            if (c != 0) {
                return (*keys_)[i].descending ? c > 0 : c < 0;
            }
        }
        return false;
    });
    for (auto& [key, row] : rows_) {
        if (ctx.stop) {
            break;
        }
        next_->push(row, ctx);
    }
    rows_.clear();
    Operator::finish(ctx);
}

// ---------------------------------------------------------------------------------------------

SkipLimit::SkipLimit(const BoundExpression* skip, const BoundExpression* limit)
    : skipExpression_(skip), limitExpression_(limit) {}

void SkipLimit::open(ExecContext& ctx) {
    auto count = [&](const BoundExpression* e, const char* what) -> std::int64_t {
        Row empty(ctx.slotCount);
        Value v = evaluate(*e, empty, ctx);
        if (v.kind() != ValueKind::kInteger) {
            throwArgumentError(std::string(what) + " takes an integer, not " + v.toCypherLiteral(),
                               "InvalidArgumentType", e->span);
        }
        if (v.asInteger() < 0) {
            throwArgumentError(std::string(what) + " takes a non-negative integer, not " +
                                   v.toCypherLiteral(),
                               "NegativeIntegerArgument", e->span);
        }
        return v.asInteger();
    };
    skip_ = skipExpression_ ? count(skipExpression_, "SKIP") : 0;
    limit_ = limitExpression_ ? count(limitExpression_, "LIMIT") : -1;
    seen_ = 0;
    if (limit_ == 0) {
        ctx.stop = true;
    }
    Operator::open(ctx);
}

void SkipLimit::push(Row& row, ExecContext& ctx) {
    const std::int64_t index = seen_++;
    if (index < skip_) {
        return;
    }
    if (limit_ >= 0 && index - skip_ >= limit_) {
        ctx.stop = true;
        return;
    }
    next_->push(row, ctx);
    if (limit_ >= 0 && index - skip_ + 1 >= limit_) {
        ctx.stop = true;
    }
}

std::string SkipLimit::describe() const {
    return std::string(skipExpression_ ? "Skip " : "") + (limitExpression_ ? "Limit" : "");
}

// ---------------------------------------------------------------------------------------------

Produce::Produce(std::vector<Slot> columns, std::vector<std::vector<Value>>* rows)
    : columns_(std::move(columns)), rows_(rows) {}

void Produce::push(Row& row, ExecContext&) {
    std::vector<Value> out;
    out.reserve(columns_.size());
    for (Slot s : columns_) {
        out.push_back(row[s]);
    }
    rows_->push_back(std::move(out));
}

} // namespace steppe::query
