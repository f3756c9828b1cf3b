// What Tab offers in the shell, on plain strings.
#include <gtest/gtest.h>

#include "cli/command_runner.hpp"
#include "cli/completion.hpp"

namespace steppe::cli {
namespace {

using Words = std::vector<std::string>;

CompletionVocabulary vocabulary() {
    CompletionVocabulary v;
    v.labels = {"City", "Conference", "Country", "Research Lab"};
    v.relationshipTypes = {"LOCATED_IN", "MEMBER_OF", "PARTICIPATED_IN", "PARTNER_OF"};
    v.propertyKeys = {"acronym", "name", "year"};
    v.parameters = {"name", "year"};
    v.commands = {"export", "format", "help",   "load",  "param",
                  "params", "quit",   "schema", "timing"};
    v.formats = {"table", "csv", "tsv", "json", "jsonl"};
    return v;
}

Words candidates(std::string_view line, std::string_view pending = "") {
    return complete(pending, line, vocabulary()).candidates;
}

TEST(Completion, LabelsAfterAColonInANodePattern) {
    const Completion c = complete("", "MATCH (c:Cou", vocabulary());
    EXPECT_EQ(c.candidates, Words{"Country"});
    EXPECT_EQ(c.wordStart, 9u);
    EXPECT_FALSE(c.spaceAfter);
    EXPECT_EQ(candidates("MATCH (n:C"), (Words{"City", "Conference", "Country"}));
    EXPECT_EQ(candidates("MATCH (n) WHERE n:Ci"), Words{"City"}); // a label predicate
    EXPECT_EQ(candidates("MATCH (n:City:Co"), (Words{"Conference", "Country"}));
}

TEST(Completion, RelationshipTypesInsideBrackets) {
    EXPECT_EQ(candidates("MATCH (a)-[:MEM"), Words{"MEMBER_OF"});
    EXPECT_EQ(candidates("MATCH (a)-[r:PA"), (Words{"PARTICIPATED_IN", "PARTNER_OF"}));
    EXPECT_EQ(candidates("MATCH (a)-[:MEMBER_OF|PART"), (Words{"PARTICIPATED_IN", "PARTNER_OF"}));
    // The bracket may have opened on an earlier line of the statement.
    EXPECT_EQ(candidates(":LOC", "MATCH (a)-["), Words{"LOCATED_IN"});
}

TEST(Completion, PropertyKeysAfterADotAndInMaps) {
    EXPECT_EQ(candidates("RETURN c.na"), Words{"name"});
    EXPECT_EQ(candidates("RETURN c."), (Words{"acronym", "name", "year"}));
    EXPECT_EQ(candidates("MATCH (t {ye"), Words{"year"});
    EXPECT_EQ(candidates("MATCH (t {name: 'x', ac"), Words{"acronym"});
    EXPECT_EQ(candidates("MATCH (a)-[*1..3"), Words{}) << "a range is not a property";
}

TEST(Completion, KeywordsInTheCaseTheyAreTyped) {
    const Completion c = complete("", "MATCH (c) RET", vocabulary());
    EXPECT_EQ(c.candidates, Words{"RETURN"});
    EXPECT_TRUE(c.spaceAfter);
    EXPECT_EQ(c.wordStart, 10u);
    EXPECT_EQ(candidates("match (c) ret"), Words{"return"});
    EXPECT_EQ(candidates("WH"), (Words{"WHEN", "WHERE"}));
    EXPECT_EQ(candidates("MATCH p = sho"), Words{"shortestPath"});
}

TEST(Completion, ParametersAfterADollar) {
    EXPECT_EQ(candidates("MATCH (e {year: $y"), Words{"year"});
    EXPECT_EQ(candidates("RETURN $"), (Words{"name", "year"}));
}

TEST(Completion, NothingInsideStringsOrComments) {
    EXPECT_EQ(candidates("RETURN 'c.na"), Words{});
    EXPECT_EQ(candidates("RETURN 1 // MAT"), Words{});
    EXPECT_EQ(candidates("c.na", "RETURN 'unfinished"), Words{});
}

TEST(Completion, ACaseInsensitiveMatchWhenNoneInTheSameCase) {
    EXPECT_EQ(candidates("MATCH (c:cou"), Words{"Country"});
}

TEST(Completion, NamesThatAreNotIdentifiersGetBackticks) {
    EXPECT_EQ(candidates("MATCH (l:Res"), Words{"`Research Lab`"});
}

TEST(Completion, ShellCommandsAndTheirArguments) {
    const Completion command = complete("", ":fo", vocabulary());
    EXPECT_EQ(command.candidates, Words{":format"});
    EXPECT_EQ(command.wordStart, 0u);
    EXPECT_TRUE(command.spaceAfter);
    EXPECT_EQ(candidates(":par"), (Words{":param", ":params"}));
    EXPECT_EQ(candidates(":format j"), (Words{"json", "jsonl"}));
    EXPECT_EQ(candidates(":timing o"), (Words{"off", "on"}));
    EXPECT_EQ(candidates(":export d"), Words{"dot"});
    const Completion query = complete("", ":export dot out.dot MATCH (c:Cou", vocabulary());
    EXPECT_EQ(query.candidates, Words{"Country"});
    EXPECT_EQ(query.wordStart, 29u);
}

TEST(Completion, CommandsOnlyWhereAStatementCouldBegin) {
    // Inside an unfinished statement a line starting with `:` continues the pattern.
    EXPECT_EQ(candidates(":Cou", "MATCH (c"), Words{"Country"});
}

TEST(Completion, FileNamesForLoadAndExport) {
    steppe::testing::TemporaryFolder folder;
    folder.write("graph.json", "{}");
    folder.write("notes.txt", "");
    const Completion load = complete("", ":load " + folder.path() + "/gr", vocabulary());
    EXPECT_EQ(load.candidates, Words{folder.path() + "/graph.json"});
    EXPECT_TRUE(load.spaceAfter);
    const Completion inside = complete("", ":export dot " + folder.path(), vocabulary());
    EXPECT_EQ(inside.candidates, Words{folder.path() + "/"});
    EXPECT_FALSE(inside.spaceAfter) << "a folder is followed by what is in it";
    EXPECT_EQ(candidates(":load " + folder.path() + "/"),
              (Words{folder.path() + "/graph.json", folder.path() + "/notes.txt"}));
}

TEST(Completion, CommonPrefix) {
    EXPECT_EQ(commonPrefix({"PARTICIPATED_IN", "PARTNER_OF"}), "PART");
    EXPECT_EQ(commonPrefix({"json"}), "json");
    EXPECT_EQ(commonPrefix({}), "");
}

} // namespace
} // namespace steppe::cli
