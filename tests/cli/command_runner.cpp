#include "cli/command_runner.hpp"

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

#include "test_paths.hpp"

namespace steppe::testing {

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

std::string withoutTimings(std::string text) {
    for (std::size_t open = text.find(" row"); open != std::string::npos;
         open = text.find(" row", open + 1)) {
        const std::size_t number = text.find_first_not_of("s", open + 4);
        if (number == std::string::npos || text.compare(number, 2, " (") != 0) {
            continue;
        }
        const std::size_t begin = number + 2;
        const std::size_t end = text.find_first_not_of("0123456789.", begin);
        if (end == begin || end == std::string::npos ||
            (text.compare(end, 4, " ms)") != 0 && text.compare(end, 3, " s)") != 0)) {
            continue;
        }
        text.replace(begin, end - begin, "T");
    }
    return text;
}

TemporaryFolder::TemporaryFolder() {
    static std::atomic<int> counter{0};
    path_ = (std::filesystem::temp_directory_path() /
             ("steppe-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++)))
                .string();
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
}

TemporaryFolder::~TemporaryFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

std::string TemporaryFolder::write(const std::string& name, const std::string& content) const {
    std::string file = path_ + "/" + name;
    std::ofstream(file, std::ios::binary) << content;
    return file;
}

namespace {

// Runs `command` (shell syntax) with `input` as standard input, or none when it is null.
CommandResult run(const std::string& command, const std::string* input) {
    TemporaryFolder capture;
    const std::string out = capture.path() + "/out";
    const std::string err = capture.path() + "/err";
    const std::string in = input != nullptr ? capture.write("in", *input) : "/dev/null";
    const int status = std::system(("(" + command + ") <" + in + " >" + out + " 2>" + err).c_str());
    CommandResult result;
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.out = readFile(out);
    result.err = readFile(err);
    return result;
}

} // namespace

CommandResult runShell(const std::string& command) {
    return run(command, nullptr);
}

CommandResult runSteppe(const std::string& args, const std::string& environment) {
    return run(environment + " " + steppeBinary() + " " + args, nullptr);
}

CommandResult runSteppeWithInput(const std::string& args, const std::string& input) {
    return run(steppeBinary() + " " + args, &input);
}

} // namespace steppe::testing
