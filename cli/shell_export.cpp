#include "cli/shell_export.hpp"

#include "cli/output_file.hpp"
#include "steppe/export.hpp"

namespace steppe::cli {

Status exportDot(const Database& db, const QueryResult* result, const std::string& path) {
    OutputFile file(path);
    std::string error;
    if (!file.open(&error)) {
        return Status::ioError(error);
    }
    // The diagram looks as `steppe export --format dot` draws it by default.
    const DotOptions options;
    Status status = result != nullptr ? writeDot(*result, options, file.stream())
                                      : writeDot(db, options, file.stream());
    if (status.ok() && !file.commit(&error)) {
        status = Status::ioError(error);
    }
    return status; // on failure, `file` removes what it wrote
}

} // namespace steppe::cli
