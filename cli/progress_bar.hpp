// The progress bar `steppe` draws on standard error while it loads a big graph file:
//
//   [##########          ]  52% 113.4/218.0 MB 95.1 MB/s ETA 1s
//
// It is redrawn in place (a carriage return, no line break) at most ten times a second, and its
// line is ended with a line break when the load ends, whether it succeeded or not, so that an
// error message or a result starts on a clean line. It is drawn only when standard error is a
// terminal, so that a pipe or a log file never receives it, and only for loads of
// kProgressMinBytes or more; the environment variable STEPPE_PROGRESS_MIN_BYTES sets another
// size (0: every load). The engine only counts bytes (LoadOptions::progress); drawing is ours.
#ifndef STEPPE_CLI_PROGRESS_BAR_HPP_
#define STEPPE_CLI_PROGRESS_BAR_HPP_

#include <chrono>
#include <cstdint>
#include <functional>
#include <ostream>
#include <string>

#include "steppe/database.hpp"

namespace steppe::cli {

// Smaller loads take a second or two at most: a bar would only flicker.
inline constexpr std::uint64_t kProgressMinBytes = std::uint64_t{50} << 20; // 50 MiB
// A person cannot read faster redraws, and each one is a write to the terminal.
inline constexpr std::chrono::milliseconds kProgressRedrawInterval{100};
// The cells between the bar's brackets.
inline constexpr int kProgressBarCells = 20;
// The environment variable that overrides kProgressMinBytes.
inline constexpr const char* kProgressMinBytesVariable = "STEPPE_PROGRESS_MIN_BYTES";

// One line of the bar for `bytesRead` of `totalBytes` read in `elapsedSeconds`, e.g.
// "[##########          ]  52% 113.4/218.0 MB 95.1 MB/s ETA 1s". Sizes and rates are in MB of
// 10^6 bytes; the time left is "12s", "3m05s" or "2h07m". Before anything has been read, or
// while no time has passed, the rate and the time left are "--".
std::string formatProgressLine(std::uint64_t bytesRead, std::uint64_t totalBytes,
                               double elapsedSeconds);

// The smallest load that gets a bar: `variable` (the value of STEPPE_PROGRESS_MIN_BYTES, or
// null when it is not set) when it is a whole number of bytes, else kProgressMinBytes.
std::uint64_t progressMinBytes(const char* variable);

class ProgressBar {
public:
    using Clock = std::function<std::chrono::steady_clock::time_point()>;

    // A bar on `out` for loads of `minBytes` or more. The time starts now; `clock` tells it
    // (tests pass their own).
    ProgressBar(
        std::ostream& out, std::uint64_t minBytes,
        Clock clock = [] { return std::chrono::steady_clock::now(); });
    // Ends the bar's line, as finish() does.
    ~ProgressBar();
    ProgressBar(const ProgressBar&) = delete;
    ProgressBar& operator=(const ProgressBar&) = delete;

    // Draws the bar for a new count, if the load is big enough and either the last drawing is
    // kProgressRedrawInterval old or the count has reached the total (so the bar always ends
    // full on a load that read everything). Whether the load is big enough is decided by the
    // total of the first update: the sizes of its files. A file whose size is not known in
    // advance (a pipe) counts as empty then, so it never gets a bar that would be full all along.
    // Does nothing after finish().
    void update(std::uint64_t bytesRead, std::uint64_t totalBytes);

    // Ends the bar's line with a line break, when anything was drawn. Later calls and updates
    // do nothing.
    void finish();

    // Whether anything was drawn.
    bool drawn() const { return drawn_; }

private:
    std::ostream& out_;
    std::uint64_t minBytes_;
    Clock clock_;
    std::chrono::steady_clock::time_point start_;
    std::chrono::steady_clock::time_point lastDrawn_;
    std::size_t lastWidth_ = 0;
    bool sized_ = false; // whether the first update has decided bigEnough_
    bool bigEnough_ = false;
    bool drawn_ = false;
    bool finished_ = false;
};

// Runs `load` with LoadOptions whose progress draws a bar on `err` when `terminal` says err is
// a terminal (for loads of progressMinBytes(getenv(STEPPE_PROGRESS_MIN_BYTES)) or more), and
// ends the bar's line before it returns what `load` returned.
Status loadWithProgressBar(std::ostream& err, bool terminal,
                           const std::function<Status(const LoadOptions&)>& load);

// Whether standard error is a terminal, where progress bars go.
bool standardErrorIsTerminal();

} // namespace steppe::cli

#endif // STEPPE_CLI_PROGRESS_BAR_HPP_
