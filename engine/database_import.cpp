// The public Database's imports: graphs in formats other tools write, loaded with the same
// all-or-nothing contract as JSON graph files.
#include "engine/database_impl.hpp"
#include "engine/import/graphml_importer.hpp"
#include "engine/import/neo4j_csv_importer.hpp"
#include "engine/read_progress.hpp"
#include "steppe/database.hpp"

namespace steppe {

Status Database::importNeo4jCsv(const std::string& nodesPath, const std::string& relationshipsPath,
                                const LoadOptions& options, LoadReport* report) {
    return impl_->load([&](engine::GraphBuilder& builder) {
        engine::ReadProgress progress(options.progress, options.progressIntervalBytes,
                                      {nodesPath, relationshipsPath});
        return engine::importNeo4jCsv(nodesPath, relationshipsPath, builder, progress, report);
    });
}

Status Database::importGraphML(const std::string& path, const LoadOptions& options,
                               LoadReport* report) {
    return impl_->load([&](engine::GraphBuilder& builder) {
        engine::ReadProgress progress(options.progress, options.progressIntervalBytes, {path});
        return engine::importGraphML(path, builder, progress, report);
    });
}

} // namespace steppe
