// Runs each scenario in a child process, so that a crash (a segfault, a sanitizer report, an
// abort) or a hang inside the engine costs one scenario, not the whole run.
#ifndef STEPPE_TESTS_TCK_SCENARIO_ISOLATION_HPP_
#define STEPPE_TESTS_TCK_SCENARIO_ISOLATION_HPP_

#include <chrono>
#include <functional>
#include <string>

#include "tests/tck/scenario_runner.hpp"

namespace steppe::tck {

// Forks, runs `work` in the child and returns its outcome. When the child crashes, the outcome
// is a failure naming the signal or exit status; when it runs past `timeout`, the child is
// killed and the outcome is a failure saying so. The parent never touches the engine, so it is
// safe to fork from it. Standard output and error are flushed before forking.
ScenarioOutcome runInChildProcess(const std::function<ScenarioOutcome()>& work,
                                  std::chrono::milliseconds timeout);

// The wire format between child and parent, exposed for tests.
std::string encodeOutcome(const ScenarioOutcome& outcome);
// Returns false when `bytes` is not a complete encoding (the child died while writing).
bool decodeOutcome(const std::string& bytes, ScenarioOutcome* outcome);

} // namespace steppe::tck

#endif // STEPPE_TESTS_TCK_SCENARIO_ISOLATION_HPP_
