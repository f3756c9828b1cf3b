// ResultAccess: how the library's own code (the exporters) reads the graph and rows behind a
// QueryResult, whose state is private to users.
#ifndef STEPPE_QUERY_RESULT_ACCESS_HPP_
#define STEPPE_QUERY_RESULT_ACCESS_HPP_

#include <memory>

#include "engine/graph_store.hpp"
#include "query/query_result_impl.hpp"
#include "steppe/query_result.hpp"

namespace steppe::internal {

struct ResultAccess {
    // The graph the result's nodes and relationships belong to.
    static std::shared_ptr<const engine::GraphStore> graph(const QueryResult& result) {
        return result.impl_->graph;
    }
};

} // namespace steppe::internal

#endif // STEPPE_QUERY_RESULT_ACCESS_HPP_
