// What a run prints at the end: failures (regressions first), a table of pass counts per folder,
// totals, and the final `N passed, M failed` line that CI reads.
#ifndef STEPPE_TESTS_TCK_RUN_REPORT_HPP_
#define STEPPE_TESTS_TCK_RUN_REPORT_HPP_

#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "tests/tck/scenario_runner.hpp"

namespace steppe::tck {

struct CaseResult {
    std::string id;
    std::string featurePath; // e.g. clauses/match/Match1.feature
    bool v1 = false;         // the feature file is in the v1 subset
    ScenarioOutcome outcome;
};

// The outcome of comparing a run with the ids that must pass.
struct ExpectationCheck {
    std::vector<const CaseResult*> regressions; // listed, ran, did not pass
    std::vector<std::string> missing;           // listed, in scope, but no such scenario ran
    std::size_t newlyPassing = 0;               // passed but not listed
    bool failed() const { return !regressions.empty() || !missing.empty(); }
};

// Compares `results` with `expected`. An expected id is in scope when its feature file is one of
// `selectedFiles` and it contains `filter`; ids out of scope are ignored.
ExpectationCheck checkExpectations(const std::vector<CaseResult>& results,
                                   const std::set<std::string>& expected,
                                   const std::set<std::string>& selectedFiles,
                                   const std::string& filter);

// The feature path of an id: everything before the first " :: ".
std::string featurePathOfId(const std::string& id);

// One line per failure, `FAIL <id>: <reason>`, regressions first under a loud banner, and the
// skipped scenarios. Omits non-regression failures when `includeFailures` is false (--verbose
// printed them already).
void printFailures(std::ostream& out, const std::vector<CaseResult>& results,
                   const ExpectationCheck* check, bool includeFailures);

// The per-folder table, the totals, the v1 percentage and the closing `N passed, M failed`.
void printSummary(std::ostream& out, const std::vector<CaseResult>& results,
                  const ExpectationCheck* check);

// Makes a reason fit on one line of a report: newlines shown as `\n`, long text cut.
std::string oneLine(const std::string& text);

} // namespace steppe::tck

#endif // STEPPE_TESTS_TCK_RUN_REPORT_HPP_
