// PROFILE: counts the rows each operator receives and the time spent from it downstream, by
// placing a probe in front of every operator of a pipeline.
#ifndef STEPPE_QUERY_EXECUTOR_PROFILE_HPP_
#define STEPPE_QUERY_EXECUTOR_PROFILE_HPP_

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "query/executor/operator.hpp"

namespace steppe::query {

class ProfileProbe final : public Operator {
public:
    explicit ProfileProbe(Operator* target) : target_(target) { next_ = target; }
    void push(Row& row, ExecContext& ctx) override;
    void finish(ExecContext& ctx) override;
    std::string describe() const override { return target_->describe(); }

    Operator* target() const { return target_; }
    std::uint64_t rows() const { return rows_; }
    // Time spent in the target and everything after it.
    std::chrono::nanoseconds inclusive() const { return inclusive_; }

private:
    Operator* target_;
    std::uint64_t rows_ = 0;
    std::chrono::nanoseconds inclusive_{0};
};

// Puts a probe in front of every operator of the pipeline (not inside nested ones). Returns
// the probes in pipeline order; the first is the pipeline's new head.
std::vector<ProfileProbe*> instrument(PhysicalPlan& plan);

// One line per operator: its description, the rows it received and its own time in ms.
std::string profileReport(const std::vector<ProfileProbe*>& probes);

} // namespace steppe::query

#endif // STEPPE_QUERY_EXECUTOR_PROFILE_HPP_
