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
#include "engine/schema_builder.hpp"

namespace steppe {

namespace {

// Runs a load: builds the union of the current graph and the inputs, and publishes it only when
// everything succeeded.
template <typename AddInputs>
Status runLoad(Database::Impl& db, const LoadOptions& options, LoadReport* report,
               AddInputs addInputs) {
    std::lock_guard writer(db.writeMutex);
    try {
        engine::GraphBuilder builder(*db.snapshot());
        engine::JsonLoader loader(builder, options);
        Status status = addInputs(loader);
        if (status.ok()) {
            status = loader.finish(report);
        }
        if (status.ok()) {
            db.publish(builder.build());
        }
        return status;
    } catch (const std::bad_alloc&) {
        return Status::loadError("out of memory while loading; the graph is unchanged");
    } catch (const std::length_error& e) {
        return Status::loadError(std::string(e.what()) + "; the graph is unchanged");
    } catch (const std::exception& e) {
        return Status::internal(std::string("unexpected error while loading: ") + e.what());
    }
}

} // namespace

Database::Database() : impl_(std::make_unique<Impl>()) {}
Database::~Database() = default;

Status Database::loadFiles(const std::vector<std::string>& paths, const LoadOptions& options,
                           LoadReport* report) {
    return runLoad(*impl_, options, report, [&](engine::JsonLoader& loader) {
        for (const std::string& path : paths) {
            if (Status s = loader.addFile(path); !s.ok()) {
                return s;
            }
        }
        return Status::OK();
    });
}

Status Database::loadJson(std::string_view json, std::string_view name, const LoadOptions& options,
                          LoadReport* report) {
    return runLoad(*impl_, options, report,
                   [&](engine::JsonLoader& loader) { return loader.addText(json, name); });
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
