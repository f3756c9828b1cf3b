// Tests of the Cypher parser (query/parser.hpp, query/grammar/).
//
// Golden files (golden_files.hpp), as in Spirit's rexpr tests: every tests/query/parse/NAME.cypher
// must parse, and its AST dump (query/ast_printer.hpp) must equal NAME.ast; files named
// spans_*.cypher dump the span of every node too. Every tests/query/errors/NAME.cypher must fail,
// and its error must equal NAME.err: the Status line, the detail code, and the query line with a
// caret under the fault. Each file is its own test (ParserGolden.NAME, ParserErrors.NAME).
// STEPPE_UPDATE_GOLDEN=1 rewrites the expected files.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "golden_files.hpp"
#include "query/ast.hpp"
#include "query/ast_printer.hpp"
#include "query/parser.hpp"
#include "steppe/status.hpp"

namespace {

namespace ast = steppe::query::ast;
namespace fs = std::filesystem;
using steppe::Status;
using steppe::StatusCode;
using steppe::query::AstPrintOptions;
using steppe::query::parseStatement;
using steppe::query::printAst;
using steppe::query::printExpression;
using steppe::testing::describeError;
using steppe::testing::expectGolden;
using steppe::testing::goldenInputs;
using steppe::testing::readFile;

// Calls `visit` on every expression of the statement, children after their parent.
void forEachExpression(const ast::Statement& statement,
                       const std::function<void(const ast::Expression&)>& visit);

void walkQuery(const ast::Query& query, const std::function<void(const ast::Expression&)>& visit);

void walkExpression(const ast::Expression* e,
                    const std::function<void(const ast::Expression&)>& visit);

void walkPattern(const ast::PatternPart& part,
                 const std::function<void(const ast::Expression&)>& visit) {
    walkExpression(part.start.properties.get(), visit);
    for (const ast::PatternStep& step : part.steps) {
        walkExpression(step.relationship.properties.get(), visit);
        walkExpression(step.node.properties.get(), visit);
    }
}

void walkExpression(const ast::Expression* e,
                    const std::function<void(const ast::Expression&)>& visit) {
    if (e == nullptr) {
        return;
    }
    visit(*e);
    for (const ast::ExpressionPtr& child : e->children) {
        walkExpression(child.get(), visit);
    }
    if (e->pattern) {
        walkPattern(*e->pattern, visit);
    }
    if (e->subquery) {
        walkQuery(*e->subquery, visit);
    }
}

void walkProjection(const ast::Projection& projection,
                    const std::function<void(const ast::Expression&)>& visit) {
    for (const ast::ProjectionItem& item : projection.items) {
        walkExpression(item.expression.get(), visit);
    }
    for (const ast::SortItem& item : projection.orderBy) {
        walkExpression(item.expression.get(), visit);
    }
    walkExpression(projection.skip.get(), visit);
    walkExpression(projection.limit.get(), visit);
}

void walkQuery(const ast::Query& query, const std::function<void(const ast::Expression&)>& visit) {
    for (const ast::SingleQuery& single : query.parts) {
        for (const ast::Clause& clause : single.clauses) {
            switch (clause.kind) {
            case ast::ClauseKind::kMatch:
                for (const ast::PatternPart& part : clause.match->pattern) {
                    walkPattern(part, visit);
                }
                walkExpression(clause.match->where.get(), visit);
                break;
            case ast::ClauseKind::kUnwind:
                walkExpression(clause.unwind->list.get(), visit);
                break;
            case ast::ClauseKind::kCreate:
                for (const ast::PatternPart& part : clause.create->pattern) {
                    walkPattern(part, visit);
                }
                break;
            case ast::ClauseKind::kWith:
                walkProjection(clause.with->projection, visit);
                walkExpression(clause.with->where.get(), visit);
                break;
            case ast::ClauseKind::kReturn:
                walkProjection(clause.ret->projection, visit);
                break;
            }
        }
    }
}

void forEachExpression(const ast::Statement& statement,
                       const std::function<void(const ast::Expression&)>& visit) {
    walkQuery(statement.query, visit);
}

bool isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

class ParseGoldenTest : public ::testing::Test {
public:
    explicit ParseGoldenTest(fs::path input) : input_(std::move(input)) {}

    void TestBody() override {
        const std::string text = readFile(input_);
        ast::Statement statement;
        const Status status = parseStatement(text, &statement);
        ASSERT_TRUE(status.ok()) << input_ << ": " << status.toString();
        AstPrintOptions options;
        options.source = text;
        options.spans = input_.stem().string().rfind("spans_", 0) == 0;
        fs::path golden = input_;
        golden.replace_extension(".ast");
        expectGolden(golden, printAst(statement, options));

        // Every expression span lies within the text and is trimmed.
        forEachExpression(statement, [&](const ast::Expression& e) {
            ASSERT_LE(std::size_t{e.span.offset} + e.span.length, text.size());
            ASSERT_GT(e.span.length, 0u) << printExpression(e);
            EXPECT_FALSE(isBlank(text[e.span.offset])) << printExpression(e);
            EXPECT_FALSE(isBlank(text[e.span.offset + e.span.length - 1])) << printExpression(e);
        });
    }

private:
    fs::path input_;
};

class ErrorGoldenTest : public ::testing::Test {
public:
    explicit ErrorGoldenTest(fs::path input) : input_(std::move(input)) {}

    void TestBody() override {
        const std::string text = readFile(input_);
        ast::Statement statement;
        const Status status = parseStatement(text, &statement);
        ASSERT_FALSE(status.ok()) << input_ << " parsed:\n" << printAst(statement);
        EXPECT_EQ(status.code(), StatusCode::kSyntaxError);
        fs::path golden = input_;
        golden.replace_extension(".err");
        expectGolden(golden, describeError(text, status));
    }

private:
    fs::path input_;
};

// Registers one test per golden file before main() runs, so --gtest_filter and
// gtest_discover_tests see each file by name.
const bool kGoldenTestsRegistered = [] {
    for (const fs::path& input : goldenInputs("tests/query/parse")) {
        ::testing::RegisterTest(
            "ParserGolden", input.stem().string().c_str(), nullptr, nullptr, __FILE__, __LINE__,
            [input]() -> ::testing::Test* { return new ParseGoldenTest(input); });
    }
    for (const fs::path& input : goldenInputs("tests/query/errors")) {
        ::testing::RegisterTest(
            "ParserErrors", input.stem().string().c_str(), nullptr, nullptr, __FILE__, __LINE__,
            [input]() -> ::testing::Test* { return new ErrorGoldenTest(input); });
    }
    return true;
}();

// ---------------------------------------------------------------------------------------------

Status parse(const std::string& text, ast::Statement* statement) {
    return parseStatement(text, statement);
}

std::string dump(const std::string& text) {
    ast::Statement statement;
    const Status status = parse(text, &statement);
    if (!status.ok()) {
        return "error: " + status.toString();
    }
    AstPrintOptions options;
    options.source = text;
    return printAst(statement, options);
}

// The first RETURN item's expression of `RETURN <expression>`.
std::string returned(const std::string& expression) {
    const std::string text = "RETURN " + expression;
    ast::Statement statement;
    const Status status = parse(text, &statement);
    if (!status.ok()) {
        return "error: " + status.toString();
    }
    return printExpression(
        *statement.query.parts[0].clauses[0].ret->projection.items[0].expression);
}

TEST(ParserGoldenFiles, ArePresent) {
    EXPECT_GE(goldenInputs("tests/query/parse").size(), 25u);
    EXPECT_GE(goldenInputs("tests/query/errors").size(), 15u);
}

TEST(ParserTest, FacadeContract) {
    ast::Statement statement;
    const Status status = parse("MATCH (n RETURN n", &statement);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.code(), StatusCode::kSyntaxError);
    EXPECT_EQ(status.message(), "expected ')'");
    EXPECT_EQ(status.detail(), "UnexpectedSyntax");
    EXPECT_EQ(status.location().file, "");
    EXPECT_EQ(status.location().line, 1u);
    EXPECT_EQ(status.location().column, 10u);
    EXPECT_EQ(status.location().offset, 9u);
    EXPECT_EQ(status.location().length, 0u);
    EXPECT_EQ(status.toString(), "1:10: expected ')'");
}

TEST(ParserTest, ColumnsCountCodePointsAndLinesEndAtNewline) {
    ast::Statement statement;
    // "é" is two bytes, "😀" four; the fault is the `+` at the end of line 2.
    const Status status = parse("MATCH (n)\r\nWHERE n.name = 'é😀' +\nRETURN n", &statement);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.location().line, 3u);
    EXPECT_EQ(status.location().column, 1u);
    EXPECT_EQ(status.message(), "expected an expression");

    const Status onLine2 = parse("MATCH (n)\r\nWHERE n.name = 'é😀' = = 1", &statement);
    ASSERT_FALSE(onLine2.ok());
    EXPECT_EQ(onLine2.location().line, 2u);
    EXPECT_EQ(onLine2.location().column, 23u);
    EXPECT_EQ(onLine2.location().offset, 11u + 26u);
}

TEST(ParserTest, KeywordsAreCaseInsensitiveAndNamesCaseSensitive) {
    EXPECT_EQ(dump("match (N:Person) where N.Age > 1 return N.Name"),
              dump("MATCH (N:Person) WHERE N.Age > 1 RETURN N.Name"));
    EXPECT_NE(dump("MATCH (n) RETURN n"), dump("MATCH (N) RETURN N"));
    EXPECT_EQ(returned("TRUE"), "true");
    EXPECT_EQ(returned("nULL"), "null");
    EXPECT_EQ(returned("a Is NoT nUlL"), "(IS NOT NULL a)");
    EXPECT_EQ(returned("a sTaRtS wItH b"), "(STARTS WITH a b)");
}

TEST(ParserTest, IntegerLimits) {
    EXPECT_EQ(returned("9223372036854775807"), "9223372036854775807");
    EXPECT_EQ(returned("-9223372036854775808"), "-9223372036854775808");
    EXPECT_EQ(returned("- 9223372036854775808"), "-9223372036854775808");
    EXPECT_EQ(returned("0x7FFFFFFFFFFFFFFF"), "9223372036854775807");
    EXPECT_EQ(returned("-0x8000000000000000"), "-9223372036854775808");
    EXPECT_EQ(returned("0o777777777777777777777"), "9223372036854775807");
    // Only a minus sign directly before the literal makes it negative.
    ast::Statement statement;
    for (const char* text : {"RETURN 9223372036854775808", "RETURN -(9223372036854775808)",
                             "RETURN 0x8000000000000000", "RETURN -9223372036854775809",
                             "RETURN 1 - 9223372036854775808", "RETURN 99999999999999999999999"}) {
        const Status status = parse(text, &statement);
        ASSERT_FALSE(status.ok()) << text;
        EXPECT_EQ(status.detail(), "IntegerOverflow") << text;
        EXPECT_GT(status.location().length, 0u) << text;
    }
}

TEST(ParserTest, ComparisonChainClonesTheMiddleOperand) {
    ast::Statement statement;
    ASSERT_TRUE(parse("RETURN 1 < n.x <= 3", &statement).ok());
    const ast::Expression& e =
        *statement.query.parts[0].clauses[0].ret->projection.items[0].expression;
    ASSERT_EQ(e.kind, ast::ExpressionKind::kBinary);
    EXPECT_EQ(e.op, ast::Operator::kAnd);
    const ast::Expression& middleLeft = *e.children[0]->children[1];
    const ast::Expression& middleRight = *e.children[1]->children[0];
    EXPECT_NE(&middleLeft, &middleRight);
    EXPECT_EQ(printExpression(middleLeft), "(. n x)");
    EXPECT_EQ(printExpression(middleRight), "(. n x)");
    EXPECT_EQ(middleLeft.span.offset, middleRight.span.offset);
}

TEST(ParserTest, LongLogicalChainsAreBalanced) {
    std::string text = "RETURN x0";
    for (int i = 1; i < 5000; ++i) {
        text += " OR x" + std::to_string(i);
    }
    ast::Statement statement;
    ASSERT_TRUE(parse(text, &statement).ok());
    int depth = 0;
    for (const ast::Expression* e =
             statement.query.parts[0].clauses[0].ret->projection.items[0].expression.get();
         e->kind == ast::ExpressionKind::kBinary; e = e->children[0].get()) {
        ++depth;
    }
    EXPECT_LE(depth, 14);
}

// Deep input must end in a syntax error, never in a stack overflow.
TEST(ParserLimits, DeepNestingIsASyntaxError) {
    const int n = 10000;
    const std::vector<std::pair<std::string, std::string>> cases = {
        {std::string(n, '(') + "1" + std::string(n, ')'), "nested too deeply"},
        {std::string(n, '[') + "1" + std::string(n, ']'), "nested too deeply"},
        {[] {
             std::string s;
             for (int i = 0; i < n; ++i) {
                 s += "{a: ";
             }
             return s + "1" + std::string(n, '}');
         }(),
         "nested too deeply"},
        {[] {
             std::string s;
             for (int i = 0; i < n; ++i) {
                 s += "CASE WHEN true THEN ";
             }
             s += "1";
             for (int i = 0; i < n; ++i) {
                 s += " END";
             }
             return s;
         }(),
         "nested too deeply"},
        {[] {
             std::string s;
             for (int i = 0; i < n; ++i) {
                 s += "NOT ";
             }
             return s + "true";
         }(),
         "nested too deeply"},
        {[] {
             std::string s = "1";
             for (int i = 0; i < n; ++i) {
                 s += " + 1";
             }
             return s;
         }(),
         "nested too deeply"},
        {std::string(n, '-') + "1", "nested too deeply"},
        {[] {
             std::string s = "x";
             for (int i = 0; i < n; ++i) {
                 s += ".a";
             }
             return s;
         }(),
         "nested too deeply"},
        {std::string(n, '(') + "(a)-->(b)" + std::string(n, ')'), "nested too deeply"},
        {std::string(n, '(') + "1", "nested too deeply"},
    };
    for (const auto& [expression, message] : cases) {
        ast::Statement statement;
        const Status status = parse("RETURN " + expression, &statement);
        ASSERT_FALSE(status.ok()) << expression.substr(0, 40);
        EXPECT_EQ(status.code(), StatusCode::kSyntaxError);
        EXPECT_NE(status.message().find(message), std::string::npos) << status.toString();
    }
}

TEST(ParserLimits, ModerateNestingParses) {
    const int n = 100;
    ast::Statement statement;
    EXPECT_TRUE(
        parse("RETURN " + std::string(n, '(') + "1" + std::string(n, ')'), &statement).ok());
    EXPECT_TRUE(
        parse("RETURN " + std::string(n, '[') + "1" + std::string(n, ']'), &statement).ok());
    std::string sum = "RETURN 1";
    for (int i = 0; i < 400; ++i) {
        sum += " + 1";
    }
    EXPECT_TRUE(parse(sum, &statement).ok());
}

std::string repeat(const std::string& text, int times) {
    std::string result;
    for (int i = 0; i < times; ++i) {
        result += text;
    }
    return result;
}

// A parenthesis or a bracket may open a pattern or an expression, known only later; the parser
// tries the pattern first. Backtracking must not redo the work inside, or nesting makes it
// exponential (and the work budget would turn these into "query too complex" errors).
TEST(ParserLimits, AmbiguousNestingStaysLinear) {
    ast::Statement statement;
    // Every level's pattern attempt and its fallback fail.
    const Status failing = parse("MATCH (a) WHERE " + repeat("(a)-[{k: ", 100) + "1", &statement);
    ASSERT_FALSE(failing.ok());
    EXPECT_EQ(failing.message(), "expected '}'");
    // Every level parses as a pattern first, then as something else.
    EXPECT_TRUE(parse("MATCH (a) WHERE " + repeat("[(a {k: ", 60) + "1" + repeat("})-->(b)]", 60) +
                          " RETURN a",
                      &statement)
                    .ok());
    EXPECT_TRUE(parse("RETURN " + repeat("({k: ", 60) + "1" + repeat("})", 60), &statement).ok());
    EXPECT_TRUE(
        parse("RETURN " + repeat("[(a)-[{k: ", 60) + "1" + repeat("}]->(b)]", 60), &statement)
            .ok());
}

TEST(ParserTest, ProjectionItemSpansAreTheTextAsWritten) {
    const std::string text = "RETURN a.version  +  5, count( * ), /* c */ n.name AS x ,f(1)\n";
    ast::Statement statement;
    ASSERT_TRUE(parse(text, &statement).ok());
    std::vector<std::string> texts;
    for (const ast::ProjectionItem& item :
         statement.query.parts[0].clauses[0].ret->projection.items) {
        texts.push_back(text.substr(item.span.offset, item.span.length));
    }
    EXPECT_EQ(texts, (std::vector<std::string>{"a.version  +  5", "count( * )", "n.name", "f(1)"}));
}

TEST(ParserTest, TrailingSemicolonAndBlankInput) {
    ast::Statement statement;
    EXPECT_TRUE(parse("RETURN 1;", &statement).ok());
    EXPECT_TRUE(parse("RETURN 1 ; // done\n", &statement).ok());
    EXPECT_EQ(parse("", &statement).message(), "expected a clause such as MATCH or RETURN");
    EXPECT_EQ(parse("// only a comment", &statement).message(),
              "expected a clause such as MATCH or RETURN");
}

TEST(ParserTest, PrinterShowsOffsetsWithoutTheSource) {
    ast::Statement statement;
    ASSERT_TRUE(parse("RETURN a + 1", &statement).ok());
    AstPrintOptions options;
    options.spans = true;
    EXPECT_EQ(
        printExpression(*statement.query.parts[0].clauses[0].ret->projection.items[0].expression,
                        options),
        "(+ a@7+1 1@11+1)@7+5");
}

TEST(ParserTest, OperatorText) {
    EXPECT_STREQ(ast::operatorText(ast::Operator::kNotEqual), "<>");
    EXPECT_STREQ(ast::operatorText(ast::Operator::kStartsWith), "STARTS WITH");
    EXPECT_STREQ(ast::operatorText(ast::Operator::kIsNotNull), "IS NOT NULL");
    EXPECT_STREQ(ast::operatorText(ast::Operator::kRegexMatch), "=~");
    EXPECT_STREQ(ast::operatorText(ast::Operator::kPower), "^");
}

} // namespace
