#include "query/executor/operator.hpp"

namespace steppe::query {

namespace {

void explainFrom(const Operator* op, int depth, std::string& out) {
    for (; op != nullptr; op = op->next()) {
        out += std::string(static_cast<std::size_t>(depth) * 2, ' ') + op->describe() + "\n";
        if (const Operator* inner = op->nested()) {
            explainFrom(inner, depth + 1, out);
        }
    }
}

} // namespace

std::string explainPlan(const PhysicalPlan& plan) {
    std::string out;
    explainFrom(plan.head(), 0, out);
    return out;
}

} // namespace steppe::query
