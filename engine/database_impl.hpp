// The state behind the public Database: snapshots of an immutable GraphStore, swapped in by
// serialised writers. Shared by the files that implement Database (engine/database.cpp for
// loading and saving, query/database_query.cpp for queries).
#ifndef STEPPE_ENGINE_DATABASE_IMPL_HPP_
#define STEPPE_ENGINE_DATABASE_IMPL_HPP_

#include <memory>
#include <mutex>
#include <new>
#include <stdexcept>
#include <string>

#include "engine/graph_builder.hpp"
#include "engine/graph_store.hpp"
#include "steppe/database.hpp"

namespace steppe {

struct Database::Impl {
    // Readers copy the pointer under snapshotMutex and then work without any lock; the store
    // it points to never changes.
    std::shared_ptr<const engine::GraphStore> snapshot() const {
        std::lock_guard lock(snapshotMutex);
        return graph;
    }
    void publish(std::shared_ptr<const engine::GraphStore> next) {
        std::lock_guard lock(snapshotMutex);
        graph = std::move(next);
    }

    // Runs a load (JSON files, an import): `addInputs(builder)` adds to a builder that starts
    // with the current graph, and the union is published only when it returns OK. Loads are
    // serialised, and exceptions from inside become a Status here.
    template <typename AddInputs>
    Status load(AddInputs addInputs) {
        std::lock_guard writer(writeMutex);
        try {
            engine::GraphBuilder builder(*snapshot());
            Status status = addInputs(builder);
            if (status.ok()) {
                publish(builder.build());
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

    std::mutex writeMutex; // serialises writers
    mutable std::mutex snapshotMutex;
    std::shared_ptr<const engine::GraphStore> graph = engine::GraphBuilder().build();
};

} // namespace steppe

#endif // STEPPE_ENGINE_DATABASE_IMPL_HPP_
