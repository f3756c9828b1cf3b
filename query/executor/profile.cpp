#include "query/executor/profile.hpp"

#include <cstdio>

namespace steppe::query {

void ProfileProbe::push(Row& row, ExecContext& ctx) {
    ++rows_;
    const auto start = std::chrono::steady_clock::now();
    target_->push(row, ctx);
    inclusive_ += std::chrono::steady_clock::now() - start;
}

void ProfileProbe::finish(ExecContext& ctx) {
    // Blocking operators (sort, aggregate) do their work here.
    const auto start = std::chrono::steady_clock::now();
    target_->finish(ctx);
    inclusive_ += std::chrono::steady_clock::now() - start;
}

std::vector<ProfileProbe*> instrument(PhysicalPlan& plan) {
    std::vector<Operator*> operators;
    for (const auto& op : plan.operators) {
        operators.push_back(op.get());
    }
    std::vector<std::unique_ptr<Operator>> probes;
    std::vector<ProfileProbe*> raw;
    for (Operator* op : operators) {
        auto probe = std::make_unique<ProfileProbe>(op);
        raw.push_back(probe.get());
        probes.push_back(std::move(probe));
    }
    // Each operator now pushes to the probe of the next one.
    for (std::size_t i = 0; i + 1 < operators.size(); ++i) {
        operators[i]->setNext(raw[i + 1]);
    }
    // The probes go first in the plan's list, so the head is the first probe.
    for (auto& op : plan.operators) {
        probes.push_back(std::move(op));
    }
    plan.operators = std::move(probes);
    return raw;
}

std::string profileReport(const std::vector<ProfileProbe*>& probes) {
    // "rows in": what each operator received, so an operator's output is the next one's input.
    std::string out = "operator                                 rows in       ms\n";
    for (std::size_t i = 0; i < probes.size(); ++i) {
        const auto next =
            i + 1 < probes.size() ? probes[i + 1]->inclusive() : std::chrono::nanoseconds(0);
        const double self =
            std::chrono::duration<double, std::milli>(probes[i]->inclusive() - next).count();
        char line[160];
        std::snprintf(line, sizeof line, "%-40.40s %7llu %8.3f\n", probes[i]->describe().c_str(),
                      static_cast<unsigned long long>(probes[i]->rows()), self);
        out += line;
    }
    return out;
}

} // namespace steppe::query
