// The state behind the public Database: snapshots of an immutable GraphStore, swapped in by
// serialised writers. Shared by the files that implement Database (engine/database.cpp for
// loading and saving, query/database_query.cpp for queries).
#ifndef STEPPE_ENGINE_DATABASE_IMPL_HPP_
#define STEPPE_ENGINE_DATABASE_IMPL_HPP_

#include <memory>
#include <mutex>

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

    std::mutex writeMutex; // serialises writers
    mutable std::mutex snapshotMutex;
    std::shared_ptr<const engine::GraphStore> graph = engine::GraphBuilder().build();
};

} // namespace steppe

#endif // STEPPE_ENGINE_DATABASE_IMPL_HPP_
