// The state behind a QueryResult, filled in by the executor.
#ifndef STEPPE_QUERY_QUERY_RESULT_IMPL_HPP_
#define STEPPE_QUERY_QUERY_RESULT_IMPL_HPP_

#include <memory>
#include <string>
#include <vector>

#include "engine/graph_store.hpp"
#include "steppe/query_result.hpp"

namespace steppe {

struct QueryResult::Impl {
    // The graph the rows refer to: the snapshot read, or the one written by the query.
    std::shared_ptr<const engine::GraphStore> graph;
    std::vector<std::string> columns;
    std::vector<std::vector<Value>> rows;
    QueryStatistics statistics;
    std::string plan;
    std::vector<std::string> warnings;
};

} // namespace steppe

#endif // STEPPE_QUERY_QUERY_RESULT_IMPL_HPP_
