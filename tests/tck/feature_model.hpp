// The parts of a Gherkin feature file the TCK uses, after parsing: scenarios made of steps, each
// step with its text and an optional doc string or data table.
#ifndef STEPPE_TESTS_TCK_FEATURE_MODEL_HPP_
#define STEPPE_TESTS_TCK_FEATURE_MODEL_HPP_

#include <optional>
#include <string>
#include <vector>

namespace steppe::tck {

// Rows of cells, already split, trimmed and unescaped. A row may have no cells (a bare `|`).
using DataTable = std::vector<std::vector<std::string>>;

struct Step {
    std::string keyword; // Given, When, Then, And, But or *: irrelevant to the meaning
    std::string text;    // what follows the keyword, e.g. "executing query:"
    std::optional<std::string> docString; // indentation stripped, lines joined with '\n'
    std::optional<DataTable> table;
    int line = 0; // 1-based line of the step in its file
};

// One test case: a Scenario, or one Examples row of a Scenario Outline. Background steps are
// already prepended and outline placeholders already substituted.
struct Scenario {
    std::string featurePath;       // relative to the features folder, '/'-separated
    std::string name;              // e.g. "[3] Matching nodes using multiple labels"
    std::optional<int> exampleRow; // 1-based row of the Examples table, for outlines only
    std::vector<std::string> tags; // scenario and feature tags, e.g. "@ignore"
    std::vector<Step> steps;
    int line = 0; // 1-based line of the Scenario (Outline) keyword

    bool hasTag(const std::string& tag) const;
    // The stable id used in reports and in expected-pass.txt:
    //   clauses/match/Match1.feature :: [3] Matching nodes using multiple labels
    //   clauses/match/Match1.feature :: [7] Fail when ... :: row 2
    // A newline in the name (from a substituted cell) is written as `\n` to keep it on one line.
    std::string id() const;
};

struct Feature {
    std::string path;  // relative to the features folder
    std::string title; // the text after `Feature:`
    std::vector<Scenario> scenarios;
};

} // namespace steppe::tck

#endif // STEPPE_TESTS_TCK_FEATURE_MODEL_HPP_
