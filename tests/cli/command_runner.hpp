// Runs the `steppe` command as a user would, capturing exit code, output and errors.
#ifndef STEPPE_TESTS_CLI_COMMAND_RUNNER_HPP_
#define STEPPE_TESTS_CLI_COMMAND_RUNNER_HPP_

#include <string>

namespace steppe::testing {

struct CommandResult {
    int exitCode = -1;
    std::string out; // standard output
    std::string err; // standard error
};

// Runs a shell command with no standard input, capturing what it writes.
CommandResult runShell(const std::string& command);

// Runs `steppe ARGS` through the shell (ARGS is shell syntax) with no standard input.
// `environment` (shell syntax, e.g. "PATH=/nowhere") is set for the command only.
CommandResult runSteppe(const std::string& args, const std::string& environment = "");

// Runs `steppe ARGS` with `input` as its standard input (a file, not a terminal).
CommandResult runSteppeWithInput(const std::string& args, const std::string& input);

// `text` with the time in each table footer ("2 rows (0.3 ms)", "1 row (1.25 s)") replaced by
// "T", as in "2 rows (T ms)", so that a test can compare whole tables.
std::string withoutTimings(std::string text);

// A fresh, empty temporary folder, removed when the object goes away.
class TemporaryFolder {
public:
    TemporaryFolder();
    ~TemporaryFolder();
    TemporaryFolder(const TemporaryFolder&) = delete;
    TemporaryFolder& operator=(const TemporaryFolder&) = delete;

    const std::string& path() const { return path_; }
    // Writes `content` to path()/name and returns the file's full path.
    std::string write(const std::string& name, const std::string& content) const;

private:
    std::string path_;
};

// Returns the content of a file, or "" when it cannot be read.
std::string readFile(const std::string& path);

} // namespace steppe::testing

#endif // STEPPE_TESTS_CLI_COMMAND_RUNNER_HPP_
