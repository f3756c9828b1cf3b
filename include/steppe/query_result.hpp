// QueryResult: the rows a query returned, and what it changed.
//
// A result keeps the snapshot of the graph it was computed on, so nodes and relationships in
// its rows can be described (labels, properties, string ids) however the database changes
// afterwards.
//
// Thread safety: a QueryResult is a plain value; const methods may be called concurrently.

#ifndef STEPPE_INCLUDE_QUERY_RESULT_HPP_
#define STEPPE_INCLUDE_QUERY_RESULT_HPP_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "steppe/value.hpp"

namespace steppe {

namespace internal {
struct ResultAccess; // the library's own view of a result's graph (query/result_access.hpp)
} // namespace internal

// Parameters of a query, by name without the `$`.
using Parameters = std::map<std::string, Value, std::less<>>;

struct NodeDescription {
    std::string id;                  // the string id from the graph file (or given by CREATE)
    std::vector<std::string> labels; // sorted
    ValueMap properties;             // sorted by key
};

struct RelationshipDescription {
    std::string type;
    std::string startId; // string id of the start node
    std::string endId;
    ValueMap properties;
};

// What a query changed in the graph.
struct QueryStatistics {
    std::uint64_t nodesCreated = 0;
    std::uint64_t relationshipsCreated = 0;
    std::uint64_t propertiesSet = 0;
    std::uint64_t labelsAdded = 0; // labels added to nodes
};

class QueryResult {
public:
    QueryResult();
    ~QueryResult();
    QueryResult(QueryResult&&) noexcept;
    QueryResult& operator=(QueryResult&&) noexcept;

    // Column names, in order: the alias, or the expression's text when there is none.
    const std::vector<std::string>& columns() const;
    std::size_t rowCount() const;
    // REQUIRES: i < rowCount(). Each row has columns().size() values.
    const std::vector<Value>& row(std::size_t i) const;

    // Describe a node or relationship that occurs in the rows.
    // REQUIRES: the reference comes from this result.
    NodeDescription describe(NodeRef node) const;
    RelationshipDescription describe(RelRef rel) const;

    // Renders a value as a Cypher literal, with nodes as `(:Label {key: value})`,
    // relationships as `[:TYPE {key: value}]` and paths as `<(...)-[...]->(...)>`.
    std::string toCypherLiteral(const Value& value) const;

    const QueryStatistics& statistics() const;
    // The plan, for EXPLAIN and PROFILE; empty otherwise.
    const std::string& plan() const;

    // Labels, relationship types and property keys the query names that occur nowhere in the
    // graph, one sentence each with the nearest existing name, e.g.
    // "label :Countyr does not occur in the graph (did you mean :Country?)". The query still
    // ran; those parts simply match nothing.
    const std::vector<std::string>& warnings() const;

private:
    friend class Database;
    friend struct internal::ResultAccess;
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace steppe

#endif // STEPPE_INCLUDE_QUERY_RESULT_HPP_
