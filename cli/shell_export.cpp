#include "cli/shell_export.hpp"

#include <cstdio>
#include <fstream>
#include <ostream>
#include <unistd.h>

namespace steppe::cli {

namespace {

// The Graphviz writer (include/steppe/export.hpp: writeDot(..., const DotOptions&,
// std::ostream&)) is being built on another branch. Once it is merged, each body becomes
// `return writeDot(graph, DotOptions{}, out);`.
Status writeDiagram(const Database& /*graph*/, std::ostream& /*out*/) {
    return Status::invalidArgument("export is not built yet");
}

Status writeDiagram(const QueryResult& /*graph*/, std::ostream& /*out*/) {
    return Status::invalidArgument("export is not built yet");
}

} // namespace

Status exportDot(const Database& db, const QueryResult* result, const std::string& path) {
    const std::string partial = path + ".steppe-" + std::to_string(::getpid());
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    if (!out) {
        return Status::ioError("cannot write " + path);
    }
    Status status = result != nullptr ? writeDiagram(*result, out) : writeDiagram(db, out);
    out.close();
    if (status.ok() && !out) {
        status = Status::ioError("cannot write " + path);
    }
    if (status.ok() && std::rename(partial.c_str(), path.c_str()) != 0) {
        status = Status::ioError("cannot write " + path);
    }
    if (!status.ok()) {
        std::remove(partial.c_str());
    }
    return status;
}

} // namespace steppe::cli
