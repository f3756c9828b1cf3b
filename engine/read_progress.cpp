#include "engine/read_progress.hpp"

#include <filesystem>
#include <system_error>
#include <utility>

namespace steppe::engine {

ReadProgress::ReadProgress(Callback callback, std::uint64_t intervalBytes,
                           const std::vector<std::string>& paths)
    : callback_(std::move(callback)), interval_(intervalBytes) {
    if (!callback_) {
        return; // nobody asks, so no file is looked at
    }
    for (const std::string& path : paths) {
        std::error_code error;
        if (std::filesystem::is_regular_file(path, error)) {
            const std::uintmax_t size = std::filesystem::file_size(path, error);
            total_ += error ? 0 : static_cast<std::uint64_t>(size);
        }
    }
}

void ReadProgress::advance(std::uint64_t bytes) {
    if (!callback_ || bytes == 0) {
        return;
    }
    read_ += bytes;
    if (read_ > total_) {
        total_ = read_;
    }
    if (read_ - reportedRead_ >= interval_ || read_ == total_) {
        report();
    }
}

void ReadProgress::finish() {
    if (!callback_) {
        return;
    }
    total_ = read_;
    if (!reported_ || reportedRead_ != read_ || reportedTotal_ != total_) {
        report();
    }
}

void ReadProgress::report() {
    reported_ = true;
    reportedRead_ = read_;
    reportedTotal_ = total_;
    callback_(read_, total_);
}

} // namespace steppe::engine
