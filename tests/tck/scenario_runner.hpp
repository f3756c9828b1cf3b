// Runs one TCK scenario against a fresh steppe::Database and judges it, step by step, with the
// semantics of README "Step phrases" (those of the openCypher reference runner, tck-api).
#ifndef STEPPE_TESTS_TCK_SCENARIO_RUNNER_HPP_
#define STEPPE_TESTS_TCK_SCENARIO_RUNNER_HPP_

#include <filesystem>
#include <string>

#include "tests/tck/feature_model.hpp"

namespace steppe::tck {

enum class Verdict { kPassed, kFailed, kSkipped };

struct ScenarioOutcome {
    Verdict verdict = Verdict::kPassed;
    std::string reason; // one line: why it failed or was skipped
    // Failed only on the phase or detail of an expected error, with the right error type and
    // every other step passing: counts towards the "error type only" score.
    bool passesOnErrorTypeOnly = false;
    std::string details; // several lines for --verbose: the query, expected and actual results
};

struct RunnerConfig {
    std::filesystem::path graphsDir; // holds <name>/<name>.cypher for `Given the <name> graph`
};

// Runs the scenario. Never throws: an exception from the engine becomes a failure. Scenarios
// tagged @ignore are skipped.
ScenarioOutcome runScenario(const Scenario& scenario, const RunnerConfig& config);

} // namespace steppe::tck

#endif // STEPPE_TESTS_TCK_SCENARIO_RUNNER_HPP_
