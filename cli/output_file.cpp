#include "cli/output_file.hpp"

#include <cstring>
#include <filesystem>
#include <system_error>
#include <unistd.h>

namespace steppe::cli {

OutputFile::OutputFile(std::string path)
    : path_(std::move(path)),
      // Beside the target, so that the rename is atomic (same file system).
      temporary_(path_ + ".steppe-tmp-" + std::to_string(::getpid())) {}

OutputFile::~OutputFile() {
    if (!committed_) {
        stream_.close();
        std::error_code ignored;
        std::filesystem::remove(temporary_, ignored);
    }
}

bool OutputFile::open(std::string* error) {
    stream_.open(temporary_, std::ios::binary | std::ios::trunc);
    if (!stream_) {
        *error = "cannot write \"" + path_ + "\": " + std::strerror(errno);
        return false;
    }
    return true;
}

bool OutputFile::commit(std::string* error) {
    if (stream_.is_open()) {
        stream_.close();
        if (!stream_) {
            *error = "cannot write \"" + path_ + "\"";
            return false;
        }
    }
    std::error_code failure;
    std::filesystem::rename(temporary_, path_, failure);
    if (failure) {
        *error = "cannot write \"" + path_ + "\": " + failure.message();
        return false;
    }
    committed_ = true;
    return true;
}

} // namespace steppe::cli
