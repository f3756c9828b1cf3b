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

CommandResult run(const std::string& args, const std::string* input) {
    TemporaryFolder capture;
    const std::string out = capture.path() + "/out";
    const std::string err = capture.path() + "/err";
    const std::string in = input != nullptr ? capture.write("in", *input) : "/dev/null";
    const std::string command = steppeBinary() + " " + args + " <" + in + " >" + out + " 2>" + err;
    const int status = std::system(command.c_str());
    CommandResult result;
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.out = readFile(out);
    result.err = readFile(err);
    return result;
}

} // namespace

CommandResult runSteppe(const std::string& args) {
    return run(args, nullptr);
}

CommandResult runSteppeWithInput(const std::string& args, const std::string& input) {
    return run(args, &input);
}

} // namespace steppe::testing
