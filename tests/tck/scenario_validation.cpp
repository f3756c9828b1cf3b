#include "tests/tck/scenario_validation.hpp"

#include "tests/tck/result_matcher.hpp"
#include "tests/tck/side_effects.hpp"
#include "tests/tck/step_catalog.hpp"
#include "tests/tck/value_conversion.hpp"

namespace steppe::tck {

std::string validateScenario(const Scenario& scenario) {
    int queries = 0;
    for (const Step& step : scenario.steps) {
        const ClassifiedStep c = classifyStep(step);
        std::string error;
        if (!c.problem.empty()) {
            error = c.problem;
        } else if (c.kind == StepKind::kResult) {
            parseExpectedTable(*step.table, &error);
        } else if (c.kind == StepKind::kParameters) {
            parseParameterTable(*step.table, &error);
        } else if (c.kind == StepKind::kSideEffects) {
            parseSideEffectsTable(*step.table, &error);
        } else if (c.kind == StepKind::kExecutingQuery) {
            ++queries;
        }
        if (!error.empty()) {
            return "line " + std::to_string(step.line) + ": " + error;
        }
    }
    return queries == 1 ? ""
                        : "expected one `executing query` step, found " + std::to_string(queries);
}

} // namespace steppe::tck
