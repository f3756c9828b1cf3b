// ImportTarget: what every importer (Neo4j CSV, GraphML) does with the nodes and relationships
// it reads, so that the checks are the same whatever the format, and the same as the JSON
// loader's: a node id is unique (also against the graph loaded before), and every relationship
// end names a node that exists once the whole input has been read.
#ifndef STEPPE_ENGINE_IMPORT_IMPORT_TARGET_HPP_
#define STEPPE_ENGINE_IMPORT_IMPORT_TARGET_HPP_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <absl/container/flat_hash_map.h>

#include "engine/graph_builder.hpp"
#include "steppe/database.hpp"
#include "steppe/status.hpp"

namespace steppe::engine {

// One end of a relationship as the input names it. Views, so that naming an end that exists
// costs no allocation.
struct Endpoint {
    std::string_view id;
    std::string_view what; // what names it, for messages, e.g. `column ":END_ID"`
    std::string_view file; // where it is named
    std::uint32_t line = 0;
    std::uint32_t column = 0;
    std::uint64_t offset = 0;
};

class ImportTarget {
public:
    explicit ImportTarget(GraphBuilder& builder) : builder_(builder) {}

    GraphBuilder& builder() { return builder_; }

    // Defines a node with these labels and properties (each key at most once). Returns false,
    // adding nothing, when a node with this id is defined already.
    bool addNode(std::string_view id, std::span<const LabelId> labels,
                 std::vector<PropertyEntry> properties);

    // Adds a relationship. An end that names no node yet is remembered with its place, in case
    // no node of that id ever comes.
    void addRelationship(const Endpoint& from, const Endpoint& to, TypeId type,
                         std::vector<PropertyEntry> properties);

    // Fails at the first relationship end, in input order, that names no node, suggesting the
    // nearest id that exists.
    Status checkEndpoints() const;

    // Counts what was added, in *report. `files` and `bytes` are the caller's to fill.
    void countInto(LoadReport* report) const;

private:
    struct Reference {
        SourceLocation where;
        std::string what;
        std::uint64_t order; // to find the first one in input order
    };

    NodeIndex endpoint(const Endpoint& end);

    GraphBuilder& builder_;
    absl::flat_hash_map<NodeIndex, Reference> forwardReferences_;
    std::uint64_t nodesAdded_ = 0;
    std::uint64_t relationshipsAdded_ = 0;
};

} // namespace steppe::engine

#endif // STEPPE_ENGINE_IMPORT_IMPORT_TARGET_HPP_
