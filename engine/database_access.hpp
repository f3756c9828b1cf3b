// DatabaseAccess: how the library's own code (the exporters) reads the current graph of a
// Database, whose state is private to users.
#ifndef STEPPE_ENGINE_DATABASE_ACCESS_HPP_
#define STEPPE_ENGINE_DATABASE_ACCESS_HPP_

#include <memory>

#include "engine/database_impl.hpp"
#include "engine/graph_store.hpp"
#include "steppe/database.hpp"

namespace steppe::internal {

struct DatabaseAccess {
    // The current snapshot; it stays valid and unchanged however the database changes.
    static std::shared_ptr<const engine::GraphStore> snapshot(const Database& db) {
        return db.impl_->snapshot();
    }
};

} // namespace steppe::internal

#endif // STEPPE_ENGINE_DATABASE_ACCESS_HPP_
