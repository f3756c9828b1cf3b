#include "cli/progress_bar.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <system_error>
#include <unistd.h>
#include <utility>

namespace steppe::cli {

namespace {

constexpr double kBytesPerMegabyte = 1e6;

// `value` with one decimal, as "113.4".
std::string oneDecimal(double value) {
    char buffer[64];
    const auto [end, error] =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 1);
    return error == std::errc() ? std::string(buffer, end) : "?";
}

std::string twoDigits(long long n) {
    return (n < 10 ? "0" : "") + std::to_string(n);
}

// "12s", "3m05s", "2h07m": short enough that the line keeps its width as the load goes on.
std::string duration(double seconds) {
    const long long s = std::llround(seconds);
    if (s < 60) {
        return std::to_string(s) + "s";
    }
    if (s < 3600) {
        return std::to_string(s / 60) + "m" + twoDigits(s % 60) + "s";
    }
    return std::to_string(s / 3600) + "h" + twoDigits(s / 60 % 60) + "m";
}

} // namespace

std::string formatProgressLine(std::uint64_t bytesRead, std::uint64_t totalBytes,
                               double elapsedSeconds) {
    const double fraction =
        totalBytes == 0
            ? 1.0
            : std::min(1.0, static_cast<double>(bytesRead) / static_cast<double>(totalBytes));
    const int cells = static_cast<int>(fraction * kProgressBarCells);
    const std::string percent = std::to_string(static_cast<int>(fraction * 100));
    std::string line = "[" + std::string(cells, '#') + std::string(kProgressBarCells - cells, ' ') +
                       "] " + std::string(3 - percent.size(), ' ') + percent + "% ";
    line += oneDecimal(static_cast<double>(bytesRead) / kBytesPerMegabyte) + "/" +
            oneDecimal(static_cast<double>(totalBytes) / kBytesPerMegabyte) + " MB ";
    const bool hasRate = bytesRead > 0 && elapsedSeconds > 0;
    const double bytesPerSecond = hasRate ? static_cast<double>(bytesRead) / elapsedSeconds : 0;
    line += (hasRate ? oneDecimal(bytesPerSecond / kBytesPerMegabyte) : "--") + " MB/s ETA ";
    if (bytesRead >= totalBytes) {
        line += "0s";
    } else if (hasRate) {
        line += duration(static_cast<double>(totalBytes - bytesRead) / bytesPerSecond);
    } else {
        line += "--";
    }
    return line;
}

std::uint64_t progressMinBytes(const char* variable) {
    if (variable == nullptr || *variable == '\0') {
        return kProgressMinBytes;
    }
    std::uint64_t bytes = 0;
    const char* end = variable + std::strlen(variable);
    const auto [stop, error] = std::from_chars(variable, end, bytes);
    return error == std::errc() && stop == end ? bytes : kProgressMinBytes;
}

ProgressBar::ProgressBar(std::ostream& out, std::uint64_t minBytes, Clock clock)
    : out_(out), minBytes_(minBytes), clock_(std::move(clock)), start_(clock_()) {}

ProgressBar::~ProgressBar() {
    finish();
}

void ProgressBar::update(std::uint64_t bytesRead, std::uint64_t totalBytes) {
    if (!sized_) {
        sized_ = true;
        bigEnough_ = totalBytes >= minBytes_;
    }
    if (finished_ || !bigEnough_) {
        return;
    }
    const auto now = clock_();
    if (drawn_ && bytesRead < totalBytes && now - lastDrawn_ < kProgressRedrawInterval) {
        return;
    }
    const std::string line = formatProgressLine(
        bytesRead, totalBytes, std::chrono::duration<double>(now - start_).count());
    // A shorter line than the last one leaves the end of that on screen unless overwritten.
    out_ << '\r' << line
         << std::string(lastWidth_ > line.size() ? lastWidth_ - line.size() : 0, ' ') << std::flush;
    lastWidth_ = line.size();
    lastDrawn_ = now;
    drawn_ = true;
}

void ProgressBar::finish() {
    if (drawn_ && !finished_) {
        out_ << '\n' << std::flush;
    }
    finished_ = true;
}

Status loadWithProgressBar(std::ostream& err, bool terminal,
                           const std::function<Status(const LoadOptions&)>& load) {
    LoadOptions options;
    ProgressBar bar(err, progressMinBytes(std::getenv(kProgressMinBytesVariable)));
    if (terminal) {
        options.progress = [&bar](std::uint64_t bytesRead, std::uint64_t totalBytes) {
            bar.update(bytesRead, totalBytes);
        };
    }
    Status status = load(options);
    bar.finish();
    return status;
}

bool standardErrorIsTerminal() {
    return ::isatty(STDERR_FILENO) == 1;
}

} // namespace steppe::cli
