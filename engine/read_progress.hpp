// ReadProgress: counts the bytes a load reads from its files and passes the count on to
// LoadOptions::progress, so that a program can show how far a long load has got. The engine
// itself never prints anything; what the count becomes (a bar, a log line) is the caller's.
//
// The readers (InputStream for JSON and CSV, the GraphML importer's own loop) call advance()
// after each chunk they read; this decides which of those calls the callback sees.
#ifndef STEPPE_ENGINE_READ_PROGRESS_HPP_
#define STEPPE_ENGINE_READ_PROGRESS_HPP_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace steppe::engine {

class ReadProgress {
public:
    using Callback = std::function<void(std::uint64_t bytesRead, std::uint64_t totalBytes)>;

    // Reports to `callback` (nothing at all when it is empty) how much of the files at `paths`
    // has been read. Their sizes, taken now, make the total; a path that names no regular file
    // (a pipe, a missing file) adds nothing to it.
    ReadProgress(Callback callback, std::uint64_t intervalBytes,
                 const std::vector<std::string>& paths);
    // Reports nothing.
    ReadProgress() : ReadProgress(nullptr, 0, {}) {}

    // Counts `bytes` more read. Reports when `intervalBytes` or more were read since the last
    // report, and when the count reaches the total. The total grows with the count when a file
    // turns out longer than it was, so the count never exceeds it.
    void advance(std::uint64_t bytes);

    // Every file has been read: makes the total what was read (a file may have shrunk) and
    // reports it, unless the last report said exactly that.
    void finish();

private:
    void report();

    Callback callback_;
    std::uint64_t interval_;
    std::uint64_t total_ = 0;
    std::uint64_t read_ = 0;
    std::uint64_t reportedRead_ = 0;
    std::uint64_t reportedTotal_ = 0;
    bool reported_ = false;
};

} // namespace steppe::engine

#endif // STEPPE_ENGINE_READ_PROGRESS_HPP_
