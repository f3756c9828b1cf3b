// Parses the Gherkin subset the openCypher TCK is written in: Feature, Background, Scenario,
// Scenario Outline with one Examples table, tags, steps, doc strings, data tables and comments.
// See /work/shared/tck/README.md ("Feature-file format") for the rules followed here.
#ifndef STEPPE_TESTS_TCK_FEATURE_PARSER_HPP_
#define STEPPE_TESTS_TCK_FEATURE_PARSER_HPP_

#include <string>
#include <string_view>
#include <vector>

#include "tests/tck/feature_model.hpp"

namespace steppe::tck {

struct FeatureParseResult {
    Feature feature;
    std::string error; // empty on success, else "path:line: what is wrong"
    bool ok() const { return error.empty(); }
};

// Parses one feature file. `path` is the file's path relative to the features folder; it is
// recorded in every scenario and used in messages. CRLF and LF line endings are both accepted.
// Outlines are expanded into one Scenario per Examples row.
FeatureParseResult parseFeature(std::string_view text, const std::string& path);

// Splits one table row such as `| a | 'x\|y' |` into trimmed cells and applies the Gherkin
// escapes `\|` -> `|`, `\\` -> `\`, `\n` -> newline; any other backslash is kept. `line` must
// start with `|` (leading blanks allowed). A bare `|` gives no cells.
std::vector<std::string> splitTableRow(std::string_view line);

// Removes up to `indent` leading blanks (spaces or tabs) from each line, as Gherkin does for doc
// string content, where `indent` is the column of the opening `"""`.
std::string stripIndentation(const std::vector<std::string_view>& lines, std::size_t indent);

// Replaces every `<name>` whose name is a column of `header` by the cell of `row` in one left-to-
// right pass (so a substituted cell is never substituted again). Other `<...>` stay as they are.
std::string substitutePlaceholders(std::string_view text, const std::vector<std::string>& header,
                                   const std::vector<std::string>& row);

} // namespace steppe::tck

#endif // STEPPE_TESTS_TCK_FEATURE_PARSER_HPP_
