#include "cli/history_file.hpp"

#include <filesystem>
#include <system_error>

namespace steppe::cli {

namespace {

bool isAbsolute(const char* path) {
    return path != nullptr && path[0] == '/';
}

} // namespace

std::string historyFilePath(const char* xdgStateHome, const char* home) {
    if (isAbsolute(xdgStateHome)) {
        return std::string(xdgStateHome) + "/steppe/history";
    }
    if (isAbsolute(home)) {
        return std::string(home) + "/.local/state/steppe/history";
    }
    return {};
}

bool createHistoryFolder(const std::string& file, std::string* error) {
    namespace fs = std::filesystem;
    const fs::path folder = fs::path(file).parent_path();
    std::error_code code;
    if (fs::is_directory(folder, code)) {
        return true;
    }
    // Create each missing level ourselves so that every new one gets the private mode.
    fs::path path;
    for (const fs::path& part : folder) {
        path /= part;
        if (fs::is_directory(path, code)) {
            continue;
        }
        std::error_code ignored;
        if (!fs::create_directory(path, code) && !fs::is_directory(path, ignored)) {
            *error = "cannot create the folder " + path.string() + ": " + code.message();
            return false;
        }
        fs::permissions(path, fs::perms::owner_all, code);
    }
    return true;
}

} // namespace steppe::cli
