#include "benchmarks/lsqb/timed_query.hpp"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <poll.h>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

#include "benchmarks/lsqb/process_memory.hpp"

namespace steppe::lsqb {
namespace {

// The child's messages, one line each: "run COUNT MS", "error TEXT", and "rss MIB" at the end.
void writeLine(int fd, const std::string& line) {
    const std::string text = line + "\n";
    std::size_t written = 0;
    while (written < text.size()) {
        const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return; // the parent is gone; nothing left to tell
        }
        written += static_cast<std::size_t>(n);
    }
}

std::string oneLine(std::string text) {
    for (char& c : text) {
        if (c == '\n' || c == '\r') {
            c = ' ';
        }
    }
    return text;
}

// Runs in the child: warm-up plus timed runs, each reported as soon as it ends.
void runChild(Database& db, const std::string& text, int runs, int fd) {
    for (int i = 0; i <= runs; ++i) {
        QueryResult result;
        const auto start = std::chrono::steady_clock::now();
        const Status status = db.query(text, &result);
        const std::chrono::duration<double, std::milli> ms =
            std::chrono::steady_clock::now() - start;
        if (!status.ok()) {
            writeLine(fd, "error " + oneLine(status.toString()));
            return;
        }
        if (result.rowCount() != 1 || result.columns().size() != 1 ||
            result.row(0)[0].kind() != ValueKind::kInteger) {
            writeLine(fd, "error the query did not return one row with one integer");
            return;
        }
        std::ostringstream line;
        line.precision(17);
        line << "run " << result.row(0)[0].asInteger() << " " << ms.count();
        writeLine(fd, line.str());
    }
    std::ostringstream line;
    line << "rss " << peakResidentMiB();
    writeLine(fd, line.str());
}

// Reads the child's lines; each run must arrive within the limit.
class ChildReader {
public:
    ChildReader(int fd, double timeoutSeconds) : fd_(fd), timeoutSeconds_(timeoutSeconds) {}

    enum class Read { kLine, kEnd, kTimeout };

    Read next(std::string* line) {
        const auto deadline =
            std::chrono::steady_clock::now() + std::chrono::duration<double>(timeoutSeconds_);
        for (;;) {
            const std::size_t newline = buffer_.find('\n');
            if (newline != std::string::npos) {
                *line = buffer_.substr(0, newline);
                buffer_.erase(0, newline + 1);
                return Read::kLine;
            }
            int waitMs = -1;
            if (timeoutSeconds_ > 0) {
                const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                    deadline - std::chrono::steady_clock::now());
                if (left.count() <= 0) {
                    return Read::kTimeout;
                }
                waitMs = static_cast<int>(std::min<long long>(left.count(), 1'000'000));
            }
            pollfd p{fd_, POLLIN, 0};
            const int ready = ::poll(&p, 1, waitMs);
            if (ready < 0 && errno == EINTR) {
                continue;
            }
            if (ready == 0) {
                continue; // the deadline check above decides
            }
            char chunk[4096];
            const ssize_t n = ::read(fd_, chunk, sizeof chunk);
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n <= 0) {
                return Read::kEnd;
            }
            buffer_.append(chunk, static_cast<std::size_t>(n));
        }
    }

private:
    int fd_;
    double timeoutSeconds_;
    std::string buffer_;
};

std::string describeExit(int status) {
    if (WIFSIGNALED(status)) {
        return std::string("the query process died of signal ") + std::to_string(WTERMSIG(status)) +
               " (" + strsignal(WTERMSIG(status)) + ")";
    }
    return "the query process exited with status " + std::to_string(WEXITSTATUS(status)) +
           " before it finished";
}

void collect(ChildReader& reader, int runs, double timeoutSeconds, TimedQuery* out) {
    std::string line;
    for (int i = 0; i <= runs + 1; ++i) { // warm-up, runs, then the rss line
        switch (reader.next(&line)) {
        case ChildReader::Read::kTimeout: {
            out->outcome = TimedQuery::Outcome::kTimeout;
            std::ostringstream text;
            text << (i == 0 ? "the warm-up" : "run " + std::to_string(i)) << " took longer than "
                 << timeoutSeconds << " s";
            out->error = text.str();
            return;
        }
        case ChildReader::Read::kEnd:
            out->outcome = TimedQuery::Outcome::kCrashed;
            return;
        case ChildReader::Read::kLine:
            break;
        }
        std::istringstream in(line);
        std::string tag;
        in >> tag;
        if (tag == "run") {
            std::int64_t count = 0;
            double ms = 0;
            in >> count >> ms;
            out->counts.push_back(count);
            if (i > 0) {
                out->runMs.push_back(ms);
            }
        } else if (tag == "rss") {
            in >> out->peakRssMiB;
        } else {
            out->outcome = TimedQuery::Outcome::kQueryError;
            out->error = line.size() > 6 ? line.substr(6) : line;
            return;
        }
    }
}

} // namespace

TimedQuery timeQuery(Database& db, const std::string& text, int runs, double timeoutSeconds) {
    TimedQuery out;
    int fds[2];
    if (::pipe(fds) != 0) {
        out.outcome = TimedQuery::Outcome::kCrashed;
        out.error = std::string("pipe: ") + std::strerror(errno);
        return out;
    }
    std::fflush(nullptr); // so the child does not write the parent's buffered output again
    const pid_t child = ::fork();
    if (child < 0) {
        out.outcome = TimedQuery::Outcome::kCrashed;
        out.error = std::string("fork: ") + std::strerror(errno);
        ::close(fds[0]);
        ::close(fds[1]);
        return out;
    }
    if (child == 0) {
        ::close(fds[0]);
        runChild(db, text, runs, fds[1]);
        // _exit skips destructors: freeing the graph here would only copy shared pages.
        ::_exit(0);
    }
    ::close(fds[1]);
    ChildReader reader(fds[0], timeoutSeconds);
    collect(reader, runs, timeoutSeconds, &out);
    if (out.outcome == TimedQuery::Outcome::kTimeout) {
        ::kill(child, SIGKILL);
    }
    ::close(fds[0]);
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    if (out.outcome == TimedQuery::Outcome::kCrashed && out.error.empty()) {
        out.error = describeExit(status);
    }
    return out;
}

} // namespace steppe::lsqb
