// Checking, without running anything, that the runner understands a scenario (--dry-run).
#ifndef STEPPE_TESTS_TCK_SCENARIO_VALIDATION_HPP_
#define STEPPE_TESTS_TCK_SCENARIO_VALIDATION_HPP_

#include <string>

#include "tests/tck/feature_model.hpp"

namespace steppe::tck {

// Checks every step of the scenario: known phrases, the arguments they need, and expected values,
// parameters and side-effect tables that parse; and that there is exactly one query. Returns ""
// or the first problem, prefixed with its line.
std::string validateScenario(const Scenario& scenario);

} // namespace steppe::tck

#endif // STEPPE_TESTS_TCK_SCENARIO_VALIDATION_HPP_
