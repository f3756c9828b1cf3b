// Where the shell keeps its history.
#include <filesystem>
#include <sys/stat.h>

#include <gtest/gtest.h>

#include "cli/command_runner.hpp"
#include "cli/history_file.hpp"

namespace steppe::cli {
namespace {

TEST(HistoryFile, LivesInTheStateFolderNeverTheWorkingDirectory) {
    EXPECT_EQ(historyFilePath("/state", "/home/ada"), "/state/steppe/history");
    EXPECT_EQ(historyFilePath(nullptr, "/home/ada"), "/home/ada/.local/state/steppe/history");
    EXPECT_EQ(historyFilePath("", "/home/ada"), "/home/ada/.local/state/steppe/history");
    // The XDG specification says relative paths are invalid and to be ignored.
    EXPECT_EQ(historyFilePath("state", "/home/ada"), "/home/ada/.local/state/steppe/history");
    EXPECT_EQ(historyFilePath(nullptr, "relative/home"), "");
    EXPECT_EQ(historyFilePath(nullptr, nullptr), "");
}

TEST(HistoryFile, CreatesMissingFoldersForTheUserOnly) {
    steppe::testing::TemporaryFolder temporary;
    const std::string file = temporary.path() + "/state/steppe/history";
    std::string error;
    ASSERT_TRUE(createHistoryFolder(file, &error)) << error;
    for (const std::string& folder :
         {temporary.path() + "/state", temporary.path() + "/state/steppe"}) {
        struct stat info {};
        ASSERT_EQ(::stat(folder.c_str(), &info), 0) << folder;
        EXPECT_TRUE(S_ISDIR(info.st_mode));
        EXPECT_EQ(info.st_mode & 0777, 0700u) << folder;
    }
    EXPECT_TRUE(createHistoryFolder(file, &error)) << "an existing folder is fine";
}

TEST(HistoryFile, SaysWhyAFolderCannotBeCreated) {
    steppe::testing::TemporaryFolder temporary;
    const std::string blocker = temporary.write("state", "a file where a folder should be");
    std::string error;
    EXPECT_FALSE(createHistoryFolder(blocker + "/steppe/history", &error));
    EXPECT_NE(error.find(blocker), std::string::npos) << error;
}

} // namespace
} // namespace steppe::cli
