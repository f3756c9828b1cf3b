#include "cli/graphviz_render.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace steppe::cli {

namespace {

// The DOT text goes to Graphviz as a file rather than through a pipe: if `dot` stopped
// reading early, writing to the pipe would raise SIGPIPE and end steppe.
class TemporaryDotFile {
public:
    TemporaryDotFile() {
        std::string pattern =
            (std::filesystem::temp_directory_path() / "steppe-XXXXXX.dot").string();
        std::vector<char> name(pattern.begin(), pattern.end());
        name.push_back('\0');
        const int fd = ::mkstemps(name.data(), 4);
        if (fd >= 0) {
            ::close(fd);
            path_ = name.data();
        }
    }
    ~TemporaryDotFile() {
        if (!path_.empty()) {
            std::error_code ignored;
            std::filesystem::remove(path_, ignored);
        }
    }
    TemporaryDotFile(const TemporaryDotFile&) = delete;
    TemporaryDotFile& operator=(const TemporaryDotFile&) = delete;

    bool write(const std::string& text) {
        if (path_.empty()) {
            return false;
        }
        std::ofstream out(path_, std::ios::binary | std::ios::trunc);
        out << text;
        out.close();
        return static_cast<bool>(out);
    }
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

} // namespace

std::string findOnPath(const std::string& program) {
    const char* path = std::getenv("PATH");
    std::string directories = path != nullptr ? path : "/usr/bin:/bin";
    std::size_t start = 0;
    while (start <= directories.size()) {
        std::size_t end = directories.find(':', start);
        if (end == std::string::npos) {
            end = directories.size();
        }
        std::string directory = directories.substr(start, end - start);
        const std::string candidate = (directory.empty() ? "." : directory) + "/" + program;
        if (::access(candidate.c_str(), X_OK) == 0 && !std::filesystem::is_directory(candidate)) {
            return candidate;
        }
        start = end + 1;
    }
    return {};
}

bool renderWithGraphviz(const std::string& dotProgram, const std::string& dotText,
                        const std::string& format, const std::string& output, std::string* error) {
    TemporaryDotFile input;
    if (!input.write(dotText)) {
        *error = "cannot write a temporary file for Graphviz";
        return false;
    }
    std::string typeFlag = "-T" + format;
    std::string outputFlag = "-o" + output;
    std::vector<char*> argv = {const_cast<char*>(dotProgram.c_str()), typeFlag.data(),
                               outputFlag.data(), const_cast<char*>(input.path().c_str()), nullptr};
    pid_t child = 0;
    if (int failure =
            ::posix_spawn(&child, dotProgram.c_str(), nullptr, nullptr, argv.data(), environ);
        failure != 0) {
        *error = "cannot run " + dotProgram + ": " + std::strerror(failure);
        return false;
    }
    int status = 0;
    while (::waitpid(child, &status, 0) < 0) {
        if (errno != EINTR) {
            *error = "lost track of " + dotProgram + ": " + std::strerror(errno);
            return false;
        }
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        *error = "Graphviz (" + dotProgram + " " + typeFlag + ") failed" +
                 (WIFEXITED(status) ? " with exit status " + std::to_string(WEXITSTATUS(status))
                                    : std::string(" on a signal"));
        return false;
    }
    return true;
}

} // namespace steppe::cli
