// GraphStore: an immutable property graph, as loaded.
//
// Nodes and relationships are dense 32-bit indexes. Names (labels, relationship types,
// property keys) are interned. Relationships are kept twice, outgoing and incoming, each as a
// Boost CSR graph grouped by type (Adjacency). Properties and citations are per-entity runs in
// flat arrays. See docs/architecture.md for the layout and its measured size.
//
// A GraphStore never changes once built; writers build a new one with GraphBuilder and swap it
// in, so readers can share one store across threads without locks.
#ifndef STEPPE_ENGINE_GRAPH_STORE_HPP_
#define STEPPE_ENGINE_GRAPH_STORE_HPP_

#include <cstdint>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/adjacency.hpp"
#include "engine/dictionary.hpp"
#include "engine/entity_lists.hpp"
#include "engine/graph_statistics.hpp"
#include "engine/ids.hpp"
#include "engine/node_id_index.hpp"
#include "engine/property_table.hpp"
#include "steppe/database.hpp"

namespace steppe::engine {

// A document that facts are cited from (the top-level `sources` of a graph file).
struct SourceDocument {
    std::string id;
    std::string title; // optional parts are empty when absent
    std::string file;  // as written in the graph file
    std::string url;
    std::string resolvedPath; // `file` resolved against the graph file's folder, or empty
};

// One citation of a node or relationship: a verbatim quote from a source document.
struct Citation {
    SourceIndex source;
    std::string quote;
};

class GraphStore {
public:
    std::uint32_t nodeCount() const { return static_cast<std::uint32_t>(nodeLabelSet_.size()); }
    std::uint32_t relCount() const { return static_cast<std::uint32_t>(relType_.size()); }

    // Nodes.
    std::string_view nodeId(NodeIndex node) const { return nodeIds_->id(node); }
    // Returns the node with this id, or kNoId.
    NodeIndex findNode(std::string_view id) const { return nodeIds_->find(id); }
    // The labels of a node, ascending by id.
    std::span<const LabelId> labels(NodeIndex node) const {
        return labelSets_[nodeLabelSet_[node]];
    }
    // The names of a node's labels in alphabetical order, as exports write them.
    std::vector<std::string_view> sortedLabelNames(NodeIndex node) const;
    bool hasLabel(NodeIndex node, LabelId label) const;
    // All nodes with a label, ascending.
    std::span<const NodeIndex> nodesWithLabel(LabelId label) const { return labelIndex_.of(label); }
    // The distinct label combinations of the nodes, and which one each node has.
    std::uint32_t labelSetCount() const { return static_cast<std::uint32_t>(labelSets_.size()); }
    std::span<const LabelId> labelSet(std::uint32_t set) const { return labelSets_[set]; }
    std::uint32_t labelSetOf(NodeIndex node) const { return nodeLabelSet_[node]; }

    // Relationships.
    NodeIndex relSource(RelIndex rel) const { return relSource_[rel]; }
    NodeIndex relTarget(RelIndex rel) const { return relTarget_[rel]; }
    TypeId relType(RelIndex rel) const { return relType_[rel]; }
    const Adjacency& adjacency(Direction direction) const {
        return direction == Direction::kOutgoing ? outgoing_ : incoming_;
    }
    // The number of relationships of each type, indexed by TypeId.
    const std::vector<std::uint64_t>& relCountByType() const { return relCountByType_; }

    // Properties and citations.
    const PropertyTable& nodeProperties() const { return nodeProperties_; }
    const PropertyTable& relProperties() const { return relProperties_; }
    std::span<const Citation> nodeCitations(NodeIndex node) const {
        return nodeCitations_.of(node);
    }
    std::span<const Citation> relCitations(RelIndex rel) const { return relCitations_.of(rel); }
    std::size_t citationCount() const {
        return nodeCitations_.itemCount() + relCitations_.itemCount();
    }
    const std::vector<SourceDocument>& sources() const { return sources_; }

    // Names.
    const Dictionary& labelNames() const { return labelNames_; }
    const Dictionary& typeNames() const { return typeNames_; }
    const Dictionary& keyNames() const { return keyNames_; }

    // Relationship counts per type and label set for the planner, counted on first use.
    const GraphStatistics& statistics() const;

    // Bytes taken by each part of the store (see MemoryUsage in steppe/database.hpp).
    MemoryUsage memory() const;

private:
    friend class GraphBuilder;

    GraphStore();

    Dictionary labelNames_;
    Dictionary typeNames_;
    Dictionary keyNames_;
    std::vector<SourceDocument> sources_;

    std::unique_ptr<NodeIdIndex> nodeIds_;
    std::vector<std::uint32_t> nodeLabelSet_;     // per node: index into labelSets_
    std::vector<std::vector<LabelId>> labelSets_; // distinct sorted label combinations
    EntityLists<NodeIndex> labelIndex_;           // per label: its nodes

    std::vector<NodeIndex> relSource_;
    std::vector<NodeIndex> relTarget_;
    std::vector<TypeId> relType_;
    std::vector<std::uint64_t> relCountByType_;
    Adjacency outgoing_;
    Adjacency incoming_;

    PropertyTable nodeProperties_;
    PropertyTable relProperties_;
    EntityLists<Citation> nodeCitations_;
    EntityLists<Citation> relCitations_;

    mutable std::once_flag statisticsCounted_;
    mutable std::unique_ptr<const GraphStatistics> statistics_;
};

} // namespace steppe::engine

#endif // STEPPE_ENGINE_GRAPH_STORE_HPP_
