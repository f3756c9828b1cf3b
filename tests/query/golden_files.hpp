// Golden files shared by the query tests: NAME.cypher inputs next to the expected output, and
// the rendering of an error with its position and a caret under the fault.
//
// STEPPE_UPDATE_GOLDEN=1 rewrites the expected files from the code's output. A rewritten file
// states what the code does, not what is right: read every change before keeping it.
#ifndef STEPPE_TESTS_QUERY_GOLDEN_FILES_HPP_
#define STEPPE_TESTS_QUERY_GOLDEN_FILES_HPP_

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "steppe/status.hpp"
#include "test_paths.hpp"

namespace steppe::testing {

inline std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

inline bool updateGolden() {
    const char* value = std::getenv("STEPPE_UPDATE_GOLDEN");
    return value != nullptr && std::string(value) == "1";
}

// Compares `actual` with the golden file, or rewrites the file under STEPPE_UPDATE_GOLDEN=1.
inline void expectGolden(const std::filesystem::path& golden, const std::string& actual) {
    if (updateGolden()) {
        std::ofstream(golden, std::ios::binary) << actual;
        return;
    }
    ASSERT_TRUE(std::filesystem::exists(golden))
        << golden << " is missing (STEPPE_UPDATE_GOLDEN=1 writes it)";
    EXPECT_EQ(readFile(golden), actual) << "golden file: " << golden;
}

// The files of a source directory with the given extension, sorted by name.
inline std::vector<std::filesystem::path> goldenFiles(const std::string& directory,
                                                      const std::string& extension) {
    std::vector<std::filesystem::path> files;
    const std::filesystem::path root = sourcePath(directory);
    if (!std::filesystem::is_directory(root)) {
        return files;
    }
    for (const auto& entry : std::filesystem::directory_iterator(root)) {
        if (entry.path().extension() == extension) {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

inline std::vector<std::filesystem::path> goldenInputs(const std::string& directory) {
    return goldenFiles(directory, ".cypher");
}

// The query line of an error with a caret under the fault (`^^^` under a whole token), columns
// counted in code points as in the Status.
inline std::string caretLines(const std::string& text, const SourceLocation& where) {
    std::size_t lineStart = 0;
    for (std::uint32_t line = 1; line < where.line; ++line) {
        lineStart = text.find('\n', lineStart) + 1;
    }
    std::size_t lineEnd = text.find('\n', lineStart);
    if (lineEnd == std::string::npos) {
        lineEnd = text.size();
    }
    std::string sourceLine = text.substr(lineStart, lineEnd - lineStart);
    if (!sourceLine.empty() && sourceLine.back() == '\r') {
        sourceLine.pop_back();
    }
    auto codePoints = [](std::string_view bytes) {
        return std::count_if(bytes.begin(), bytes.end(),
                             [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; });
    };
    const std::size_t faultEnd =
        std::min<std::size_t>(where.offset + where.length, lineEnd) - where.offset;
    const auto width = std::max<std::ptrdiff_t>(
        1, codePoints(std::string_view(text).substr(where.offset, faultEnd)));
    return sourceLine + "\n" + std::string(where.column - 1, ' ') + std::string(width, '^') + "\n";
}

// The Status line, the openCypher detail code, and the faulty line with a caret.
// An error without a position shows no caret (and a test expecting one then fails).
inline std::string describeError(const std::string& text, const Status& status) {
    std::string out = status.toString() + "\n";
    out += "detail: " + status.detail() + "\n";
    if (status.hasLocation()) {
        out += caretLines(text, status.location());
    }
    return out;
}

} // namespace steppe::testing

#endif // STEPPE_TESTS_QUERY_GOLDEN_FILES_HPP_
