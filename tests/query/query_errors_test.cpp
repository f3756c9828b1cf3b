// Every error a well-formed query can meet after parsing — in the binder, the planner or at run
// time — is pinned by a golden file: tests/query/query-errors/NAME.cypher runs against
// datasets/bacac.json and must fail with exactly NAME.err (the Status line, the openCypher
// detail code and the query line with a caret under the offending expression). Each file is its
// own test (QueryErrors.NAME). A first line `// params: {name: value, ...}` gives parameters
// as a Cypher map literal. STEPPE_UPDATE_GOLDEN=1 rewrites the expected files.
//
// QueryErrorGoldens.EveryMessageIsPinned keeps the set complete: each message the query code can
// throw must occur in some golden file, so a new error cannot land without its test.
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <re2/re2.h>

#include "golden_files.hpp"
#include "steppe/database.hpp"

namespace {

namespace fs = std::filesystem;
using steppe::Database;
using steppe::QueryResult;
using steppe::Status;
using steppe::testing::describeError;
using steppe::testing::expectGolden;
using steppe::testing::goldenFiles;
using steppe::testing::goldenInputs;
using steppe::testing::readFile;
using steppe::testing::sourcePath;

constexpr const char* kGoldenDirectory = "tests/query/query-errors";

// A fresh graph per test: some goldens create nodes before they fail, and a failed query must
// leave the graph as it was — which the test checks too.
std::unique_ptr<Database> loadBacac() {
    auto db = std::make_unique<Database>();
    const Status status = db->loadFiles({sourcePath("datasets/bacac.json")});
    EXPECT_TRUE(status.ok()) << status.toString();
    return db;
}

// The parameters of a golden query: its first line `// params: MAP`, evaluated by the engine
// itself (a map literal is the simplest way to write values of every kind).
steppe::Parameters parametersOf(const std::string& text) {
    const std::string prefix = "// params: ";
    steppe::Parameters parameters;
    if (text.rfind(prefix, 0) != 0) {
        return parameters;
    }
    const std::string map = text.substr(prefix.size(), text.find('\n') - prefix.size());
    Database empty;
    QueryResult result;
    const Status status = empty.query("RETURN " + map + " AS parameters", &result);
    EXPECT_TRUE(status.ok()) << status.toString();
    if (status.ok()) {
        for (const auto& [name, value] : result.row(0).at(0).asMap()) {
            parameters.emplace(name, value);
        }
    }
    return parameters;
}

class QueryErrorGoldenTest : public ::testing::Test {
public:
    explicit QueryErrorGoldenTest(fs::path input) : input_(std::move(input)) {}

    void TestBody() override {
        std::string text = readFile(input_);
        while (!text.empty() && text.back() == '\n') {
            text.pop_back();
        }
        auto db = loadBacac();
        const std::string before = db->toJson();
        QueryResult result;
        const Status status = db->query(text, parametersOf(text), &result);
        ASSERT_FALSE(status.ok()) << input_ << " ran without error";
        fs::path golden = input_;
        golden.replace_extension(".err");
        expectGolden(golden, describeError(text, status));
        EXPECT_EQ(db->toJson(), before) << "a failed query changed the graph";
    }

private:
    fs::path input_;
};

const bool kRegistered = [] {
    for (const fs::path& input : goldenInputs(kGoldenDirectory)) {
        ::testing::RegisterTest(
            "QueryErrors", input.stem().string().c_str(), nullptr, nullptr, __FILE__, __LINE__,
            [input]() -> ::testing::Test* { return new QueryErrorGoldenTest(input); });
    }
    return true;
}();

// The first string literal of each throwSemanticError/throwTypeError/throwArgumentError call
// and of the functions' throwBadOperand/throwBadValue in query/, e.g. "Variable `" for
// "Variable `" + name + "` not defined". The grammar is left out: tests/query/errors/ pins the
// syntax errors.
std::set<std::string> thrownMessageFragments() {
    // RE2 rather than std::regex: libstdc++'s regex trips -Wmaybe-uninitialized under the
    // sanitizer build.
    static const re2::RE2 call(
        R"re((?:throw(?:Semantic|Type|Argument)Error|throwBad(?:Operand|Value))\((?:std::string\()?\s*[A-Za-z_.]*\)?\s*\+?\s*"((?:\\.|[^"\\])*)")re");
    static const re2::RE2 escape(R"(\\(.))");
    std::set<std::string> fragments;
    for (const auto& entry : fs::recursive_directory_iterator(sourcePath("query"))) {
        const fs::path& path = entry.path();
        if (path.extension() != ".cpp" || path.parent_path().filename() == "grammar") {
            continue;
        }
        const std::string code = readFile(path);
        re2::StringPiece rest(code);
        std::string literal;
        while (RE2::FindAndConsume(&rest, call, &literal)) {
            // Unescape the backquotes and quotes as they read in messages.
            RE2::GlobalReplace(&literal, escape, "\\1");
            fragments.insert(literal);
        }
    }
    return fragments;
}

TEST(QueryErrorGoldens, EveryMessageIsPinned) {
    std::string goldens;
    for (const fs::path& golden : goldenFiles(kGoldenDirectory, ".err")) {
        goldens += readFile(golden);
    }
    const std::set<std::string> fragments = thrownMessageFragments();
    EXPECT_GE(fragments.size(), 40u) << "the scan of query/ found too few error calls";
    for (const std::string& fragment : fragments) {
        EXPECT_NE(goldens.find(fragment), std::string::npos)
            << "no golden file in " << kGoldenDirectory << " shows the message \"" << fragment
            << "\"";
    }
}

} // namespace
