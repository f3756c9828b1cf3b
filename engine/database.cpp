// The public Database: snapshots of an immutable GraphStore, swapped in by serialised writers.
#include "steppe/database.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <new>
#include <sstream>
#include <stdexcept>

#include "engine/database_impl.hpp"
#include "engine/graph_builder.hpp"
#include "engine/graph_store.hpp"
#include "engine/json_loader.hpp"
#include "engine/json_writer.hpp"
#include "engine/read_progress.hpp"
#include "engine/schema_builder.hpp"

namespace steppe {

Database::Database() : impl_(std::make_unique<Impl>()) {}
Database::~Database() = default;

Status Database::loadFiles(const std::vector<std::string>& paths, const LoadOptions& options,
                           LoadReport* report) {
    return impl_->load([&](engine::GraphBuilder& builder) {
        engine::JsonLoader loader(builder, options);
        engine::ReadProgress progress(options.progress, options.progressIntervalBytes, paths);
        for (const std::string& path : paths) {
            if (Status s = loader.addFile(path, &progress); !s.ok()) {
                return s;
            }
        }
        // Reading is done; the checks across files (ids, citations) come after it.
        progress.finish();
        return loader.finish(report);
    });
}

Status Database::loadJson(std::string_view json, std::string_view name, const LoadOptions& options,
                          LoadReport* report) {
    return impl_->load([&](engine::GraphBuilder& builder) {
        engine::JsonLoader loader(builder, options);
        Status status = loader.addText(json, name);
        return status.ok() ? loader.finish(report) : status;
    });
}

Status Database::saveJson(const std::string& path) const {
    auto graph = impl_->snapshot();
    const std::string temporary = path + ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out) {
            return Status::ioError("cannot write \"" + temporary + "\"");
        }
        Status status = engine::writeGraphJson(*graph, out);
        out.close();
        if (!status.ok() || !out) {
            std::filesystem::remove(temporary);
            return status.ok() ? Status::ioError("cannot write \"" + temporary + "\"") : status;
        }
    }
    std::error_code error;
    std::filesystem::rename(temporary, path, error);
    if (error) {
        std::filesystem::remove(temporary);
        return Status::ioError("cannot replace \"" + path + "\": " + error.message());
    }
    return Status::OK();
}

std::string Database::toJson() const {
    std::ostringstream out;
    // Every value a loaded graph holds fits the format, so this cannot fail on loaded data.
    (void)engine::writeGraphJson(*impl_->snapshot(), out);
    return std::move(out).str();
}

Schema Database::schema() const {
    return engine::describeSchema(*impl_->snapshot());
}

MemoryUsage Database::memoryUsage() const {
    return impl_->snapshot()->memory();
}

const char* version() noexcept {
    return STEPPE_VERSION;
}

} // namespace steppe
