// End-to-end query tests, data-driven (the format of Kuzu's .test files, simplified):
//
//   -DATASET datasets/bacac.json        (once per file; omit for an empty graph)
//   -CASE MembersInAlphabeticalOrder
//   -STATEMENT MATCH (c:Country)-[:MEMBER_OF]->(:Association) RETURN c.name ORDER BY c.name
//   ---- 10                             (row count, then one row a line, columns joined by |)
//   'Afghanistan'
//   ...
//   ---- error                          (or: the error's toString(), on the next line)
//   1:10: expected ')'
//
// A statement may span lines: every line up to the next "----" belongs to it. Rows are compared
// in order when the statement has ORDER BY, else as sorted lists. Each case is registered as
// its own GoogleTest test, so --gtest_filter picks cases by name.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "cli/command_runner.hpp"
#include "steppe/database.hpp"
#include "test_paths.hpp"

namespace steppe {
namespace {

struct E2eCase {
    std::string file;
    std::string dataset;
    std::string name;
    std::vector<std::string> setup; // statements run before, each must succeed
    std::string statement;
    bool expectError = false;
    std::vector<std::string> expected; // rows, or the error text
};

std::vector<E2eCase> parseTestFile(const std::filesystem::path& path) {
    std::ifstream in(path);
    std::vector<E2eCase> cases;
    std::string dataset;
    std::string line;
    enum class Reading { kNothing, kStatement, kRows } reading = Reading::kNothing;
    while (std::getline(in, line)) {
        if (line.starts_with("#") || (line.empty() && reading != Reading::kStatement)) {
            continue;
        }
        if (line.starts_with("-DATASET ")) {
            dataset = line.substr(9);
        } else if (line.starts_with("-CASE ")) {
            cases.push_back(
                E2eCase{path.filename().string(), dataset, line.substr(6), {}, "", false, {}});
            reading = Reading::kNothing;
        } else if (line.starts_with("-SETUP ")) {
            cases.back().setup.push_back(line.substr(7));
        } else if (line.starts_with("-STATEMENT ")) {
            cases.back().statement = line.substr(11);
            reading = Reading::kStatement;
        } else if (line.starts_with("---- ")) {
            cases.back().expectError = line == "---- error";
            reading = Reading::kRows;
        } else if (reading == Reading::kStatement) {
            cases.back().statement += "\n" + line;
        } else if (reading == Reading::kRows) {
            cases.back().expected.push_back(line);
        }
    }
    return cases;
}

class E2eTest : public ::testing::Test {
public:
    explicit E2eTest(E2eCase c) : case_(std::move(c)) {}

    void TestBody() override {
        Database db;
        if (!case_.dataset.empty()) {
            Status loaded = db.loadFiles({testing::sourcePath(case_.dataset)});
            ASSERT_TRUE(loaded.ok()) << loaded.toString();
        }
        for (const std::string& setup : case_.setup) {
            QueryResult ignored;
            Status s = db.query(setup, &ignored);
            ASSERT_TRUE(s.ok()) << "setup failed: " << setup << "\n" << s.toString();
        }
        QueryResult result;
        Status status = db.query(case_.statement, &result);
        if (case_.expectError) {
            ASSERT_FALSE(status.ok()) << "expected an error from:\n" << case_.statement;
            ASSERT_EQ(case_.expected.size(), 1u);
            EXPECT_EQ(status.toString(), case_.expected[0]);
            return;
        }
        ASSERT_TRUE(status.ok()) << status.toString() << "\n" << case_.statement;
        std::vector<std::string> actual;
        for (std::size_t r = 0; r < result.rowCount(); ++r) {
            std::string row;
            for (std::size_t c = 0; c < result.row(r).size(); ++c) {
                row += (c ? "|" : "") + result.toCypherLiteral(result.row(r)[c]);
            }
            actual.push_back(row);
        }
        std::vector<std::string> expected = case_.expected;
        std::string upper = case_.statement;
        std::transform(upper.begin(), upper.end(), upper.begin(), ::toupper);
        if (upper.find("ORDER BY") == std::string::npos) {
            std::sort(actual.begin(), actual.end());
            std::sort(expected.begin(), expected.end());
        }
        EXPECT_EQ(actual, expected) << case_.statement;
    }

private:
    E2eCase case_;
};

// Registers every case of every tests/e2e/*/*.test file before main() runs the tests.
const bool kRegistered = [] {
    const std::filesystem::path root = testing::sourcePath("tests/e2e");
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
        if (entry.path().extension() == ".test") {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
        const std::string suite =
            "E2e_" + file.parent_path().filename().string() + "_" + file.stem().string();
        for (E2eCase& c : parseTestFile(file)) {
            const std::string name = c.name;
            ::testing::RegisterTest(suite.c_str(), name.c_str(), nullptr, nullptr,
                                    file.string().c_str(), 1,
                                    [c]() -> ::testing::Test* { return new E2eTest(c); });
        }
    }
    return true;
}();

} // namespace
} // namespace steppe
