// The runner's judging, on queries that fail whatever the engine can do (they are not Cypher),
// so these tests hold before and after the query engine lands.
#include <chrono>
#include <cstdlib>
#include <string>
#include <thread>

#include <gtest/gtest.h>

#include "tests/tck/error_expectation.hpp"
#include "tests/tck/feature_parser.hpp"
#include "tests/tck/scenario_isolation.hpp"
#include "tests/tck/scenario_runner.hpp"
#include "tests/tck/scenario_validation.hpp"
#include "tests/tck/step_catalog.hpp"

namespace {

using steppe::Status;
using steppe::tck::ScenarioOutcome;
using steppe::tck::Verdict;

constexpr const char* kNotCypher = "THIS IS NOT CYPHER ((";

ScenarioOutcome runText(const std::string& steps, const std::string& tags = "") {
    const std::string text = "Feature: F\n" + tags + "\n  Scenario: [1] s\n" + steps;
    auto parsed = steppe::tck::parseFeature(text, "t/T.feature");
    EXPECT_TRUE(parsed.ok()) << parsed.error;
    if (!parsed.ok() || parsed.feature.scenarios.empty()) {
        return {Verdict::kFailed, "parse error", false, {}};
    }
    return steppe::tck::runScenario(parsed.feature.scenarios[0],
                                    {std::filesystem::path("/nonexistent-graphs")});
}

std::string failingQuery(const std::string& thenSteps) {
    return std::string("    Given any graph\n    When executing query:\n      \"\"\"\n      ") +
           kNotCypher + "\n      \"\"\"\n" + thenSteps;
}

TEST(TckScenarioRunner, PassesAnExpectedSyntaxError) {
    const ScenarioOutcome o =
        runText(failingQuery("    Then a SyntaxError should be raised at compile time: *\n"));
    EXPECT_EQ(o.verdict, Verdict::kPassed) << o.reason;
}

TEST(TckScenarioRunner, SeparatesTheTypeOnlyScoreFromTheStrictOne) {
    const ScenarioOutcome wrongDetail = runText(
        failingQuery("    Then a SyntaxError should be raised at compile time: NoSuchDetail\n"));
    EXPECT_EQ(wrongDetail.verdict, Verdict::kFailed);
    EXPECT_TRUE(wrongDetail.passesOnErrorTypeOnly);
    EXPECT_EQ(wrongDetail.reason.substr(0, 53),
              "expected SyntaxError at compile time: NoSuchDetail, g");

    const ScenarioOutcome wrongType =
        runText(failingQuery("    Then a TypeError should be raised at runtime: *\n"));
    EXPECT_EQ(wrongType.verdict, Verdict::kFailed);
    EXPECT_FALSE(wrongType.passesOnErrorTypeOnly);
    EXPECT_EQ(wrongType.reason.substr(0, 49), "expected TypeError at runtime: *, got syntax erro");
}

TEST(TckScenarioRunner, FailsAnUnexpectedError) {
    const ScenarioOutcome o =
        runText(failingQuery("    Then the result should be, in any order:\n      | x |\n"
                             "    And no side effects\n"));
    EXPECT_EQ(o.verdict, Verdict::kFailed);
    EXPECT_EQ(o.reason.substr(0, 30), "unexpected error: syntax error");
    EXPECT_NE(o.details.find(kNotCypher), std::string::npos) << o.details;
}

TEST(TckScenarioRunner, FailsAFailedSetup) {
    const ScenarioOutcome o =
        runText(std::string("    Given an empty graph\n"
                            "    And having executed:\n      \"\"\"\n      ") +
                kNotCypher + "\n      \"\"\"\n" +
                failingQuery("    Then a SyntaxError "
                             "should be raised at "
                             "compile time: *\n"));
    EXPECT_EQ(o.verdict, Verdict::kFailed);
    EXPECT_TRUE(o.reason.starts_with("setup failed: syntax error")) << o.reason;
}

TEST(TckScenarioRunner, FailsWhatItCannotRun) {
    EXPECT_EQ(runText("    Given the missing graph\n").reason.substr(0, 42),
              "cannot read the script of graph 'missing':");
    EXPECT_EQ(runText("    Given a graph with unicorns\n").reason,
              "unknown step \"a graph with unicorns\"");
    EXPECT_EQ(runText("    Given any graph\n    And there exists a procedure test.p() :: ():\n"
                      "      |\n")
                  .reason.substr(0, 50),
              "unsupported: the runner cannot register procedures");
    EXPECT_EQ(runText("    Given any graph\n    And parameters are:\n      | p | (:A) |\n").reason,
              "a parameter cannot be a node, relationship or path: (:A)");
    EXPECT_EQ(runText("    Given any graph\n").reason,
              "the scenario has no `executing query` step");
    EXPECT_EQ(runText(failingQuery("    Then an EntityNotFound should be raised at runtime: "
                                   "DeletedEntityAccess\n"))
                  .reason,
              "the runner has no Steppe status code for EntityNotFound");
}

TEST(TckScenarioRunner, SkipsIgnoredScenarios) {
    const ScenarioOutcome o = runText("    Given any graph\n", "  @ignore");
    EXPECT_EQ(o.verdict, Verdict::kSkipped);
}

TEST(TckScenarioRunner, ValidatesWithoutRunning) {
    auto parsed = steppe::tck::parseFeature(
        "Feature: F\n  Scenario: [1] s\n    Given any graph\n    When executing query:\n"
        "      \"\"\"\n      RETURN 1\n      \"\"\"\n    Then the result should be, in order:\n"
        "      | x |\n      | (:A |\n",
        "t/T.feature");
    ASSERT_TRUE(parsed.ok()) << parsed.error;
    EXPECT_EQ(steppe::tck::validateScenario(parsed.feature.scenarios[0]).substr(0, 43),
              "line 8: cannot read expected row 1: expecte");
}

TEST(TckStepCatalog, RecognisesEveryPhrase) {
    using steppe::tck::classifyStep;
    using steppe::tck::StepKind;
    steppe::tck::Step step;
    step.text = "the binary-tree-1 graph";
    EXPECT_EQ(classifyStep(step).kind, StepKind::kNamedGraph);
    EXPECT_EQ(classifyStep(step).graphName, "binary-tree-1");
    step.table = steppe::tck::DataTable{{"x"}};
    step.text = "the result should be, in order (ignoring element order for lists):";
    const auto result = classifyStep(step);
    EXPECT_EQ(result.kind, StepKind::kResult);
    EXPECT_TRUE(result.inOrder);
    EXPECT_TRUE(result.ignoreListOrder);
    EXPECT_EQ(result.problem, "");
    step.text = "executing query:";
    EXPECT_EQ(classifyStep(step).problem, "the step needs a doc string");
    step.table.reset();
    step.text = "a ArgumentError should be raised at runtime: NumberOutOfRange";
    EXPECT_EQ(classifyStep(step).kind, StepKind::kError);
}

TEST(TckErrorExpectation, ParsesTheErrorStep) {
    using steppe::tck::parseErrorStep;
    const auto e = parseErrorStep("a ArgumentError should be raised at runtime: NumberOutOfRange");
    ASSERT_TRUE(e);
    EXPECT_EQ(e->type, "ArgumentError");
    EXPECT_EQ(e->phase, "runtime");
    EXPECT_EQ(e->detail, "NumberOutOfRange");
    const auto any = parseErrorStep("an TypeError should be raised at any time: *");
    ASSERT_TRUE(any);
    EXPECT_EQ(any->phase, "any time");
    EXPECT_EQ(any->detail, "*");
    EXPECT_FALSE(parseErrorStep("the result should be empty"));
    EXPECT_FALSE(parseErrorStep("a SyntaxError should be raised"));
}

TEST(TckErrorExpectation, MapsTypesAndPhasesToStatusCodes) {
    using steppe::tck::ExpectedError;
    using steppe::tck::judgeError;
    const auto ok = [](const ExpectedError& e, const Status& s) {
        return judgeError(e, s).mismatch.empty();
    };
    const ExpectedError undefined{"SyntaxError", "compile time", "UndefinedVariable"};
    EXPECT_TRUE(ok(undefined, Status::semanticError("x").withDetail("UndefinedVariable")));
    EXPECT_TRUE(ok(undefined, Status::syntaxError("x").withDetail("UndefinedVariable")));
    EXPECT_FALSE(ok(undefined, Status::syntaxError("x").withDetail("UnexpectedSyntax")));
    EXPECT_FALSE(ok(undefined, Status::typeError("x").withDetail("UndefinedVariable")));
    EXPECT_FALSE(ok(undefined, Status::syntaxError("x"))); // no detail at all

    const ExpectedError runtimeType{"TypeError", "runtime", "InvalidArgumentValue"};
    EXPECT_TRUE(ok(runtimeType, Status::typeError("x").withDetail("InvalidArgumentValue")));
    const ExpectedError anyTime{"TypeError", "any time", "*"};
    EXPECT_TRUE(ok(anyTime, Status::typeError("x")));
    EXPECT_FALSE(ok(anyTime, Status::argumentError("x")));
    const ExpectedError argument{"ArgumentError", "runtime", "NumberOutOfRange"};
    EXPECT_TRUE(ok(argument, Status::argumentError("x").withDetail("NumberOutOfRange")));
    EXPECT_FALSE(ok(argument, Status::semanticError("x").withDetail("NumberOutOfRange")));

    // When type and phase contradict each other, a code standing for either one will do.
    const ExpectedError typeAtCompile{"TypeError", "compile time", "InvalidArgumentType"};
    EXPECT_TRUE(ok(typeAtCompile, Status::typeError("x").withDetail("InvalidArgumentType")));
    EXPECT_TRUE(ok(typeAtCompile, Status::semanticError("x").withDetail("InvalidArgumentType")));
    EXPECT_FALSE(ok(typeAtCompile, Status::argumentError("x").withDetail("InvalidArgumentType")));
    const ExpectedError syntaxAtRuntime{"SyntaxError", "runtime", "NegativeIntegerArgument"};
    EXPECT_TRUE(
        ok(syntaxAtRuntime, Status::syntaxError("x").withDetail("NegativeIntegerArgument")));
    EXPECT_TRUE(
        ok(syntaxAtRuntime, Status::argumentError("x").withDetail("NegativeIntegerArgument")));
    EXPECT_FALSE(ok(syntaxAtRuntime, Status::argumentError("x").withDetail("Other")));

    const auto verdict = judgeError(undefined, Status::syntaxError("x").withDetail("Other"));
    EXPECT_TRUE(verdict.typeMatches);
    EXPECT_FALSE(
        judgeError({"EntityNotFound", "runtime", "*"}, Status::typeError("x")).typeMatches);
}

TEST(TckScenarioIsolation, CarriesTheOutcomeAcrossTheProcessBoundary) {
    const ScenarioOutcome sent{Verdict::kFailed, "reason\nwith lines", true, "details 1 2 3\n"};
    ScenarioOutcome got;
    ASSERT_TRUE(steppe::tck::decodeOutcome(steppe::tck::encodeOutcome(sent), &got));
    EXPECT_EQ(got.verdict, sent.verdict);
    EXPECT_EQ(got.reason, sent.reason);
    EXPECT_EQ(got.passesOnErrorTypeOnly, true);
    EXPECT_EQ(got.details, sent.details);
    EXPECT_FALSE(steppe::tck::decodeOutcome("1 0 10 0\nshort", &got));

    const ScenarioOutcome fromChild = steppe::tck::runInChildProcess(
        [] {
            return ScenarioOutcome{Verdict::kSkipped, "from the child", false, {}};
        },
        std::chrono::seconds(30));
    EXPECT_EQ(fromChild.verdict, Verdict::kSkipped);
    EXPECT_EQ(fromChild.reason, "from the child");
}

TEST(TckScenarioIsolation, SurvivesCrashesAndHangs) {
    const ScenarioOutcome crashed = steppe::tck::runInChildProcess(
        []() -> ScenarioOutcome { std::abort(); }, std::chrono::seconds(30));
    EXPECT_EQ(crashed.verdict, Verdict::kFailed);
    EXPECT_EQ(crashed.reason.substr(0, 28), "crashed: killed by signal 6 ");

    const ScenarioOutcome hung = steppe::tck::runInChildProcess(
        [] {
            std::this_thread::sleep_for(std::chrono::seconds(60));
            return ScenarioOutcome{};
        },
        std::chrono::milliseconds(200));
    EXPECT_EQ(hung.verdict, Verdict::kFailed);
    EXPECT_EQ(hung.reason, "timed out after 0.2 s (the child was killed)");
}

} // namespace
