#include "query/executor/join_operators.hpp"

#include <algorithm>
#include <utility>

#include "query/executor/evaluator.hpp"

namespace steppe::query {

// The end of the right pipeline: keeps the values of the right slots.
class CartesianProduct::Collect final : public Operator {
public:
    explicit Collect(CartesianProduct& owner) : owner_(owner) {}
    void push(Row& row, ExecContext& ctx) override {
        if (owner_.spec_.rightKey != nullptr) {
            Value key = evaluate(*owner_.spec_.rightKey, row, ctx);
            if (key.isNull()) {
                return; // `left = null` is never true
            }
            owner_.rowsByKeyHash_[hashValue(key)].push_back(
                static_cast<std::uint32_t>(owner_.rows_.size()));
            owner_.keys_.push_back(std::move(key));
        }
        std::vector<Value> values;
        values.reserve(owner_.spec_.rightSlots.size());
        for (Slot s : owner_.spec_.rightSlots) {
            values.push_back(row[s]);
        }
        owner_.rows_.push_back(std::move(values));
    }
    void open(ExecContext&) override {}
    void finish(ExecContext&) override {}
    std::string describe() const override { return "Collect"; }

private:
    CartesianProduct& owner_;
};

CartesianProduct::CartesianProduct(CartesianSpec spec) : spec_(std::move(spec)) {
    spec_.right.append(std::make_unique<Collect>(*this));
    for (Slot r : spec_.rightRelationships) {
        const auto at = std::find(spec_.rightSlots.begin(), spec_.rightSlots.end(), r);
        rightRelationshipAt_.push_back(static_cast<std::size_t>(at - spec_.rightSlots.begin()));
    }
}

void CartesianProduct::build(ExecContext& ctx) {
    built_ = true;
    // The right side must not be cut short by a LIMIT downstream that the left rows reached.
    const bool stop = std::exchange(ctx.stop, false);
    const std::uint64_t weight = std::exchange(ctx.rowWeight, 1);
    Row empty(ctx.slotCount);
    spec_.right.head()->open(ctx);
    spec_.right.head()->push(empty, ctx);
    spec_.right.head()->finish(ctx);
    ctx.stop = stop;
    ctx.rowWeight = weight;
}

bool CartesianProduct::sharesRelationship(const Row& row, const std::vector<Value>& right) const {
    for (Slot l : spec_.leftRelationships) {
        for (std::size_t at : rightRelationshipAt_) {
            const Value& value = right[at];
            if (row[l].kind() == ValueKind::kRelationship &&
                value.kind() == ValueKind::kRelationship &&
                row[l].asRelationship() == value.asRelationship()) {
                return true;
            }
        }
    }
    return false;
}

void CartesianProduct::join(Row& row, const std::vector<Value>& right, ExecContext& ctx) {
    if (sharesRelationship(row, right)) {
        return;
    }
    for (std::size_t i = 0; i < right.size(); ++i) {
        row[spec_.rightSlots[i]] = right[i];
    }
    next_->push(row, ctx);
}

void CartesianProduct::push(Row& row, ExecContext& ctx) {
    if (!built_) {
        build(ctx);
    }
    if (spec_.leftKey == nullptr) {
        for (const std::vector<Value>& right : rows_) {
            if (ctx.stop) {
                return;
            }
            join(row, right, ctx);
        }
        return;
    }
    if (rows_.empty()) {
        return;
    }
    const Value key = evaluate(*spec_.leftKey, row, ctx);
    if (key.isNull()) {
        return;
    }
    const auto bucket = rowsByKeyHash_.find(hashValue(key));
    if (bucket == rowsByKeyHash_.end()) {
        return;
    }
    // Equal values hash alike; a bucket may also hold other values, and values that hash alike
    // without being equal (NaN, lists holding null), which equals() tells apart.
    for (std::uint32_t at : bucket->second) {
        if (ctx.stop) {
            return;
        }
        if (equals(key, keys_[at]).value_or(false)) {
            join(row, rows_[at], ctx);
        }
    }
}

} // namespace steppe::query
