// The nodes and relationships a query result holds, as the part of its graph to export.
#ifndef STEPPE_QUERY_RESULT_SELECTION_HPP_
#define STEPPE_QUERY_RESULT_SELECTION_HPP_

#include "engine/export/export_selection.hpp"
#include "steppe/query_result.hpp"

namespace steppe::query {

// Every node and relationship in the rows: in a column, inside paths, lists and maps, at any
// depth; each once, with the end nodes of every relationship.
engine::ExportSelection selectResult(const QueryResult& result);

} // namespace steppe::query

#endif // STEPPE_QUERY_RESULT_SELECTION_HPP_
