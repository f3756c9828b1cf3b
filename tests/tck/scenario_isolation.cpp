#include "tests/tck/scenario_isolation.hpp"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

namespace steppe::tck {

namespace {

ScenarioOutcome failure(std::string reason) {
    return {Verdict::kFailed, std::move(reason), false, {}};
}

bool writeAll(int fd, const std::string& bytes) {
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return false;
        }
        written += static_cast<std::size_t>(n);
    }
    return true;
}

// Reads until end of file or the deadline; returns false on timeout.
bool readUntilEof(int fd, std::chrono::steady_clock::time_point deadline, std::string* bytes) {
    char buffer[65536];
    for (;;) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) {
            return false;
        }
        pollfd p{fd, POLLIN, 0};
        const int ready = ::poll(&p, 1, static_cast<int>(left.count()));
        if (ready < 0 && errno == EINTR) {
            continue;
        }
        if (ready <= 0) {
            return ready < 0; // a poll error ends reading like end of file; 0 is a timeout
        }
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return true;
        }
        bytes->append(buffer, static_cast<std::size_t>(n));
    }
}

std::string describeExit(int status) {
    if (WIFSIGNALED(status)) {
        const int signal = WTERMSIG(status);
        const char* name = ::strsignal(signal);
        return "crashed: killed by signal " + std::to_string(signal) + " (" +
               (name != nullptr ? name : "unknown") + ")";
    }
    if (WIFEXITED(status)) {
        return "crashed: the child exited with status " + std::to_string(WEXITSTATUS(status)) +
               " before reporting (a sanitizer report is on standard error)";
    }
    return "crashed";
}

} // namespace

std::string encodeOutcome(const ScenarioOutcome& outcome) {
    return std::to_string(static_cast<int>(outcome.verdict)) + " " +
           (outcome.passesOnErrorTypeOnly ? "1" : "0") + " " +
           std::to_string(outcome.reason.size()) + " " + std::to_string(outcome.details.size()) +
           "\n" + outcome.reason + outcome.details;
}

bool decodeOutcome(const std::string& bytes, ScenarioOutcome* outcome) {
    int verdict = 0;
    int typeOnly = 0;
    std::size_t reasonSize = 0;
    std::size_t detailsSize = 0;
    int headerSize = 0;
    if (std::sscanf(bytes.c_str(), "%d %d %zu %zu\n%n", &verdict, &typeOnly, &reasonSize,
                    &detailsSize, &headerSize) != 4 ||
        headerSize <= 0 || verdict < 0 || verdict > static_cast<int>(Verdict::kSkipped)) {
        return false;
    }
    const std::size_t start = static_cast<std::size_t>(headerSize);
    if (bytes.size() != start + reasonSize + detailsSize) {
        return false;
    }
    outcome->verdict = static_cast<Verdict>(verdict);
    outcome->passesOnErrorTypeOnly = typeOnly != 0;
    outcome->reason = bytes.substr(start, reasonSize);
    outcome->details = bytes.substr(start + reasonSize, detailsSize);
    return true;
}

ScenarioOutcome runInChildProcess(const std::function<ScenarioOutcome()>& work,
                                  std::chrono::milliseconds timeout) {
    int fds[2];
    if (::pipe(fds) != 0) {
        return failure(std::string("cannot create a pipe: ") + std::strerror(errno));
    }
    std::cout.flush();
    std::cerr.flush();
    std::fflush(nullptr); // or the child would print the parent's buffered output again
    const pid_t child = ::fork();
    if (child < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        return failure(std::string("cannot fork: ") + std::strerror(errno));
    }
    if (child == 0) {
        ::close(fds[0]);
        const bool sent = writeAll(fds[1], encodeOutcome(work()));
        ::close(fds[1]);
        // _exit: no atexit handlers or static destructors of the parent's state run twice.
        ::_exit(sent ? 0 : 3);
    }
    ::close(fds[1]);
    std::string bytes;
    const bool finished = readUntilEof(fds[0], std::chrono::steady_clock::now() + timeout, &bytes);
    ::close(fds[0]);
    if (!finished) {
        ::kill(child, SIGKILL);
    }
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    if (!finished) {
        char seconds[32];
        std::snprintf(seconds, sizeof seconds, "%.1f", static_cast<double>(timeout.count()) / 1000);
        return failure(std::string("timed out after ") + seconds + " s (the child was killed)");
    }
    ScenarioOutcome outcome;
    if (decodeOutcome(bytes, &outcome) && WIFEXITED(status) && WEXITSTATUS(status) == 0) {
        return outcome;
    }
    return failure(describeExit(status));
}

} // namespace steppe::tck
