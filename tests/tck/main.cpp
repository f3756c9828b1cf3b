// steppe_tck: runs the openCypher TCK against Steppe and reports which scenarios pass. See
// cli_options.cpp for the command line and tests/tck/README.md for the whole story.
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <unistd.h>
#include <vector>

#include "tests/tck/cli_options.hpp"
#include "tests/tck/run_report.hpp"
#include "tests/tck/scenario_isolation.hpp"
#include "tests/tck/scenario_runner.hpp"
#include "tests/tck/scenario_validation.hpp"
#include "tests/tck/tck_suite.hpp"

namespace {

using namespace steppe::tck;

constexpr int kExitOk = 0;
constexpr int kExitRegression = 1;
constexpr int kExitSetup = 2;

int reportMissingTck(const std::vector<std::string>& lookedAt) {
    std::cerr << "\n"
              << "##################################################################\n"
              << "## steppe_tck: the openCypher TCK was not found.\n"
              << "## Looked in:\n";
    for (const std::string& place : lookedAt) {
        std::cerr << "##   " << place << "\n";
    }
    std::cerr << "## Pass --features DIR or set STEPPE_TCK_DIR to a folder holding\n"
              << "## features/, graphs/ and subsets.tsv. (The TCK is not part of this\n"
              << "## repository and must not be copied into it.)\n"
              << "##################################################################\n";
    return kExitSetup;
}

// --dry-run: parse everything, check each step is understood, run nothing.
int checkOnly(const std::vector<const steppe::tck::Scenario*>& scenarios) {
    std::size_t problems = 0;
    for (const Scenario* s : scenarios) {
        if (std::string problem = validateScenario(*s); !problem.empty()) {
            std::cout << "PROBLEM " << s->id() << ": " << oneLine(problem) << "\n";
            ++problems;
        }
    }
    std::cout << scenarios.size() << " scenarios checked, " << problems << " problems\n";
    return problems == 0 ? kExitOk : kExitSetup;
}

int run(const CliOptions& options) {
    std::vector<std::string> lookedAt;
    const std::optional<TckLocation> tck =
        locateTck(options.features, options.graphs, STEPPE_TCK_REPO_ROOT, &lookedAt);
    if (!tck) {
        return reportMissingTck(lookedAt);
    }
    for (std::size_t i = 0; i + 1 < lookedAt.size(); ++i) {
        std::cerr << "steppe_tck: warning: no TCK in " << lookedAt[i] << "\n";
    }
    std::string error;
    std::map<std::string, std::string> subsetOf;
    if (auto subsets = readSubsets(tck->subsetsFile, &error)) {
        subsetOf = std::move(*subsets);
    } else if (options.subset != "all") {
        std::cerr << "steppe_tck: --subset " << options.subset << " needs subsets.tsv: " << error
                  << "\n";
        return kExitSetup;
    }
    const LoadedFeatures loaded = loadFeatures(tck->features, options.subset, subsetOf);
    for (const std::string& problem : loaded.errors) {
        std::cerr << "steppe_tck: " << problem << "\n";
    }
    if (!loaded.errors.empty()) {
        return kExitSetup;
    }
    std::optional<std::set<std::string>> expected;
    if (options.expected) {
        expected = readIdList(*options.expected, &error);
        if (!expected) {
            std::cerr << "steppe_tck: " << error << "\n";
            return kExitSetup;
        }
    }

    std::set<std::string> selectedFiles;
    std::vector<const Scenario*> scenarios;
    std::set<std::string> ids;
    for (const Feature& feature : loaded.features) {
        selectedFiles.insert(feature.path);
        for (const Scenario& s : feature.scenarios) {
            const std::string id = s.id();
            if (id.find(options.filter) == std::string::npos) {
                continue;
            }
            if (!ids.insert(id).second) {
                std::cerr << "steppe_tck: warning: two scenarios share the id " << id << "\n";
            }
            scenarios.push_back(&s);
        }
    }
    std::cerr << "steppe_tck: " << scenarios.size() << " scenarios from " << loaded.features.size()
              << " files in " << tck->features.string() << " (subset " << options.subset << ")\n";
    if (options.dryRun) {
        return checkOnly(scenarios);
    }

    const RunnerConfig config{tck->graphs};
    const bool progress = !options.verbose && ::isatty(STDERR_FILENO) == 1;
    std::vector<CaseResult> results;
    results.reserve(scenarios.size());
    for (const Scenario* s : scenarios) {
        if (progress) {
            std::cerr << "\r[" << results.size() + 1 << "/" << scenarios.size() << "] "
                      << s->featurePath << "          " << std::flush;
        }
        CaseResult& r = results.emplace_back();
        r.id = s->id();
        r.featurePath = s->featurePath;
        const auto subset = subsetOf.find(s->featurePath);
        r.v1 = subset != subsetOf.end() && subset->second == "v1";
        const auto work = [&] { return runScenario(*s, config); };
        r.outcome = options.isolate && !s->hasTag("@ignore")
                        ? runInChildProcess(work, options.timeout)
                        : work();
        if (options.verbose) {
            const char* verdict[] = {"PASS", "FAIL", "SKIP"};
            std::cout << verdict[static_cast<int>(r.outcome.verdict)] << " " << r.id;
            if (r.outcome.verdict != Verdict::kPassed) {
                std::cout << ": " << oneLine(r.outcome.reason) << "\n" << r.outcome.details;
            }
            std::cout << "\n" << std::flush;
        }
    }
    if (progress) {
        std::cerr << "\r" << std::string(70, ' ') << "\r" << std::flush;
    }

    std::optional<ExpectationCheck> check;
    if (expected) {
        check = checkExpectations(results, *expected, selectedFiles, options.filter);
    }
    printFailures(std::cout, results, check ? &*check : nullptr, !options.verbose);
    if (options.writePassing) {
        std::set<std::string> passing;
        for (const CaseResult& r : results) {
            if (r.outcome.verdict == Verdict::kPassed) {
                passing.insert(r.id);
            }
        }
        if (!writeIdList(*options.writePassing, passing, &error)) {
            std::cerr << "steppe_tck: " << error << "\n";
            return kExitSetup;
        }
        std::cerr << "steppe_tck: wrote " << passing.size() << " passing ids to "
                  << *options.writePassing << "\n";
    }
    printSummary(std::cout, results, check ? &*check : nullptr);
    return check && check->failed() ? kExitRegression : kExitOk;
}

} // namespace

int main(int argc, char** argv) {
    std::string error;
    const std::optional<CliOptions> options =
        parseCommandLine(std::vector<std::string>(argv + 1, argv + argc), &error);
    if (!options) {
        std::cerr << "steppe_tck: " << error << "\n" << kUsage;
        return kExitSetup;
    }
    if (options->help) {
        std::cout << kUsage;
        return kExitOk;
    }
    try {
        return run(*options);
    } catch (const std::exception& e) {
        std::cerr << "steppe_tck: " << e.what() << "\n";
        return kExitSetup;
    }
}
