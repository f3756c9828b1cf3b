#include "engine/import/input_file.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "engine/spelling.hpp"

namespace steppe::engine {

Status openInputFile(const std::string& path, FilePointer* file) {
    FilePointer opened(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!opened) {
        return Status::ioError("cannot open " + inQuotes(path) + ": " + std::strerror(errno));
    }
    // fopen() opens a folder on Linux; only reading it would fail, with a vaguer message.
    if (std::filesystem::is_directory(path)) {
        return Status::ioError("cannot load " + inQuotes(path) + ": it is a folder, not a file");
    }
    *file = std::move(opened);
    return Status::OK();
}

} // namespace steppe::engine
