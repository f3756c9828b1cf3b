#include "tests/tck/scenario_runner.hpp"

#include <exception>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <vector>

#include "steppe/database.hpp"
#include "tests/tck/error_expectation.hpp"
#include "tests/tck/result_matcher.hpp"
#include "tests/tck/side_effects.hpp"
#include "tests/tck/step_catalog.hpp"
#include "tests/tck/value_conversion.hpp"

namespace steppe::tck {

namespace {

// One query and what became of it.
struct QueryRun {
    bool ran = false;
    std::string text;
    Status status;
    QueryResult result;
};

// The engine promises not to throw; if it does anyway, that is one failed scenario, not a run
// that stops.
Status runQuery(Database& db, const std::string& text, const Parameters& parameters,
                QueryResult* result) {
    try {
        return db.query(text, parameters, result);
    } catch (const std::exception& e) {
        return Status::internal(std::string("exception escaped Database::query: ") + e.what());
    } catch (...) {
        return Status::internal("an exception escaped Database::query");
    }
}

std::string trimmed(const std::string& s) {
    const std::size_t first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) {
        return {};
    }
    return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

// The named-graph scripts separate statements with ';' and hold no ';' inside strings.
std::vector<std::string> splitStatements(const std::string& script) {
    std::vector<std::string> statements;
    std::size_t start = 0;
    while (start <= script.size()) {
        std::size_t end = script.find(';', start);
        if (end == std::string::npos) {
            end = script.size();
        }
        std::string statement = trimmed(script.substr(start, end - start));
        if (!statement.empty()) {
            statements.push_back(std::move(statement));
        }
        start = end + 1;
    }
    return statements;
}

std::string indent(const std::string& text) {
    std::string out = "    ";
    for (char c : text) {
        out += c;
        if (c == '\n') {
            out += "    ";
        }
    }
    return out;
}

class ScenarioExecution {
public:
    ScenarioExecution(const Scenario& scenario, const RunnerConfig& config)
        : scenario_(scenario), config_(config) {}

    ScenarioOutcome run() {
        ScenarioOutcome outcome;
        for (const Step& step : scenario_.steps) {
            const ClassifiedStep classified = classifyStep(step);
            std::string failure =
                classified.problem.empty() ? execute(step, classified) : classified.problem;
            if (!failure.empty()) {
                return fail(outcome, failure, &step);
            }
        }
        if (std::string failure = finish(); !failure.empty()) {
            return fail(outcome, failure, nullptr);
        }
        if (!softFailure_.empty()) {
            outcome.passesOnErrorTypeOnly = true;
            return fail(outcome, softFailure_, nullptr);
        }
        return outcome;
    }

private:
    ScenarioOutcome& fail(ScenarioOutcome& outcome, const std::string& reason, const Step* step) {
        outcome.verdict = Verdict::kFailed;
        outcome.reason = reason;
        if (step != nullptr) {
            outcome.details += "  failed at line " + std::to_string(step->line) + ": " +
                               step->keyword + " " + step->text + "\n";
            if (step->docString && (!main_.ran || *step->docString != main_.text)) {
                outcome.details += indent(*step->docString) + "\n";
            }
            if (step->table) {
                outcome.details += "  expected:\n";
                for (const std::vector<std::string>& row : *step->table) {
                    std::string line = "|";
                    for (const std::string& cell : row) {
                        line += " " + cell + " |";
                    }
                    outcome.details += "    " + line + "\n";
                }
            }
        }
        if (main_.ran) {
            outcome.details += "  query:\n" + indent(main_.text) + "\n";
            outcome.details += "  actual:\n" + describeRun(main_);
        }
        if (control_.ran) {
            outcome.details += "  control query:\n" + indent(control_.text) + "\n";
            outcome.details += "  actual:\n" + describeRun(control_);
        }
        return outcome;
    }

    static std::string describeRun(const QueryRun& run) {
        if (!run.status.ok()) {
            return "    " + describeStatus(run.status) + "\n";
        }
        std::string table = renderTable(convertResult(run.result));
        return indent(table.substr(0, table.size() - 1)) + "\n";
    }

    std::string execute(const Step& step, const ClassifiedStep& c) {
        switch (c.kind) {
        case StepKind::kEmptyGraph:
        case StepKind::kAnyGraph:
            db_ = std::make_unique<Database>();
            return {};
        case StepKind::kNamedGraph:
            return loadNamedGraph(c.graphName);
        case StepKind::kHavingExecuted:
            return runSetup(*step.docString);
        case StepKind::kParameters:
            return setParameters(*step.table);
        case StepKind::kProcedure:
            return "unsupported: the runner cannot register procedures (" + step.text + ")";
        case StepKind::kExecutingQuery:
            return executeQuery(*step.docString);
        case StepKind::kExecutingControlQuery:
            control_.ran = true;
            control_.text = *step.docString;
            control_.status = runQuery(*db_, control_.text, {}, &control_.result);
            current_ = &control_;
            return {};
        case StepKind::kResult:
            return checkResult(*step.table, c.inOrder ? RowOrder::kInOrder : RowOrder::kAnyOrder,
                               c.ignoreListOrder ? ListOrder::kIgnored : ListOrder::kOrdered);
        case StepKind::kResultEmpty:
            return checkEmptyResult();
        case StepKind::kError:
            return checkError(*parseErrorStep(step.text));
        case StepKind::kNoSideEffects:
            return checkSideEffects(SideEffects{});
        case StepKind::kSideEffects: {
            std::string error;
            std::optional<SideEffects> expected = parseSideEffectsTable(*step.table, &error);
            return expected ? checkSideEffects(*expected) : error;
        }
        case StepKind::kUnknown:
            break;
        }
        return "unknown step \"" + step.text + "\"";
    }

    std::string loadNamedGraph(const std::string& name) {
        db_ = std::make_unique<Database>();
        const std::filesystem::path file = config_.graphsDir / name / (name + ".cypher");
        std::ifstream in(file, std::ios::binary);
        if (!in) {
            return "cannot read the script of graph '" + name + "': " + file.string();
        }
        std::ostringstream script;
        script << in.rdbuf();
        int number = 0;
        for (const std::string& statement : splitStatements(script.str())) {
            ++number;
            QueryResult ignored;
            Status status = runQuery(*db_, statement, {}, &ignored);
            if (!status.ok()) {
                return "setup failed: statement " + std::to_string(number) + " of graph '" + name +
                       "': " + describeStatus(status);
            }
        }
        return {};
    }

    std::string runSetup(const std::string& text) {
        QueryResult ignored;
        Status status = runQuery(*db_, text, {}, &ignored);
        return status.ok() ? "" : "setup failed: " + describeStatus(status);
    }

    std::string setParameters(const DataTable& table) {
        std::string error;
        std::optional<Parameters> parameters = parseParameterTable(table, &error);
        if (!parameters) {
            return error;
        }
        for (auto& [name, value] : *parameters) {
            parameters_[name] = std::move(value);
        }
        return {};
    }

    std::string takeSnapshot(GraphSnapshot* snapshot) const {
        std::string error;
        return parseGraphSnapshot(db_->toJson(), snapshot, &error) ? ""
                                                                   : "cannot snapshot: " + error;
    }

    std::string executeQuery(const std::string& text) {
        if (main_.ran) {
            return "the scenario executes more than one query";
        }
        if (std::string failure = takeSnapshot(&before_); !failure.empty()) {
            return failure;
        }
        main_.ran = true;
        main_.text = text;
        main_.status = runQuery(*db_, text, parameters_, &main_.result);
        current_ = &main_;
        return takeSnapshot(&after_);
    }

    // The query whose result a `Then` step judges, or a failure message.
    std::string requireSuccessfulQuery() const {
        if (current_ == nullptr) {
            return "a result step comes before any query";
        }
        if (!current_->status.ok()) {
            return "unexpected error: " + describeStatus(current_->status);
        }
        return {};
    }

    std::string checkResult(const DataTable& table, RowOrder rows, ListOrder lists) {
        if (std::string failure = requireSuccessfulQuery(); !failure.empty()) {
            return failure;
        }
        std::string error;
        std::optional<ResultTable> expected = parseExpectedTable(table, &error);
        if (!expected) {
            return error;
        }
        return compareResults(*expected, convertResult(current_->result), rows, lists);
    }

    std::string checkEmptyResult() {
        if (std::string failure = requireSuccessfulQuery(); !failure.empty()) {
            return failure;
        }
        // No column check: an updating query without RETURN has no columns anyway.
        const QueryResult& result = current_->result;
        if (result.rowCount() == 0) {
            return {};
        }
        return "expected no rows, got " + std::to_string(result.rowCount()) + "; first row " +
               renderRow(convertResult(result).rows.front());
    }

    std::string checkError(const ExpectedError& expected) {
        sawError_ = true;
        if (!main_.ran) {
            return "an error step comes before the query";
        }
        if (main_.status.ok()) {
            return "expected " + describeExpectedError(expected) +
                   ", but the query succeeded with " + std::to_string(main_.result.rowCount()) +
                   " rows";
        }
        ErrorVerdict verdict = judgeError(expected, main_.status);
        if (verdict.mismatch.empty()) {
            return {};
        }
        if (verdict.typeMatches) { // keep going: the rest decides the type-only score
            softFailure_ = verdict.mismatch;
            return {};
        }
        return verdict.mismatch;
    }

    std::string checkSideEffects(const SideEffects& expected) {
        sawSideEffects_ = true;
        if (!main_.ran) {
            return "a side-effects step comes before the query";
        }
        const SideEffects actual = diffSnapshots(before_, after_);
        if (actual == expected) {
            return {};
        }
        return "side effects differ: expected " + describeSideEffects(expected) + ", got " +
               describeSideEffects(actual);
    }

    // Checks that hold for the scenario as a whole, after its last step.
    std::string finish() {
        if (!main_.ran) {
            return "the scenario has no `executing query` step";
        }
        if (!main_.status.ok() && !sawError_) {
            return "unexpected error: " + describeStatus(main_.status);
        }
        // As in the reference runner, an expected error implies that nothing changed.
        if (sawError_ && !sawSideEffects_) {
            return checkSideEffects(SideEffects{});
        }
        return {};
    }

    const Scenario& scenario_;
    const RunnerConfig& config_;
    std::unique_ptr<Database> db_ = std::make_unique<Database>();
    Parameters parameters_;
    QueryRun main_;
    QueryRun control_;
    const QueryRun* current_ = nullptr;
    GraphSnapshot before_;
    GraphSnapshot after_;
    bool sawError_ = false;
    bool sawSideEffects_ = false;
    std::string softFailure_;
};

} // namespace

ScenarioOutcome runScenario(const Scenario& scenario, const RunnerConfig& config) {
    if (scenario.hasTag("@ignore")) {
        return {Verdict::kSkipped, "tagged @ignore", false, {}};
    }
    try {
        return ScenarioExecution(scenario, config).run();
    } catch (const std::exception& e) {
        return {Verdict::kFailed, std::string("exception in the runner: ") + e.what(), false, {}};
    } catch (...) {
        return {Verdict::kFailed, "unknown exception in the runner", false, {}};
    }
}

} // namespace steppe::tck
