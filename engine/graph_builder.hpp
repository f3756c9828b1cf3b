// GraphBuilder: collects nodes, relationships and their properties, then freezes them into a
// GraphStore.
//
// Loaders may meet a node id in a relationship before the node itself (or never): nodeFor()
// hands out a placeholder index for an id that is not defined yet, and define() fills it in.
// The loader checks undefinedNodes() before build() to report dangling ids.
//
// A builder can start from an existing store, so a load into a non-empty database builds the
// union of the old graph and the new files without touching the old store, which readers
// may still be using.
#ifndef STEPPE_ENGINE_GRAPH_BUILDER_HPP_
#define STEPPE_ENGINE_GRAPH_BUILDER_HPP_

#include <cstdint>
#include <map>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "engine/graph_store.hpp"

namespace steppe::engine {

class GraphBuilder {
public:
    // Starts an empty graph.
    GraphBuilder();
    // Starts with everything `base` holds (names keep their ids, nodes and relationships keep
    // their indexes).
    explicit GraphBuilder(const GraphStore& base);

    LabelId internLabel(std::string_view name) { return store_->labelNames_.intern(name); }
    TypeId internType(std::string_view name) { return store_->typeNames_.intern(name); }
    KeyId internKey(std::string_view name) { return store_->keyNames_.intern(name); }

    // Adds a source document. Returns its index, or kNoId if a source with this id exists.
    SourceIndex addSource(SourceDocument source);
    // Returns the source with this id, or kNoId.
    SourceIndex findSource(std::string_view id) const;
    const std::vector<SourceDocument>& sources() const { return store_->sources_; }

    // Returns the node with this id, adding an undefined placeholder when there is none.
    NodeIndex nodeFor(std::string_view id);
    // Starts fetching what nodeFor(id) will read into the cache: a loader that knows an id
    // well before it needs the node (an edge's "from" before the edge closes) hides much of
    // a lookup's cost, which is a few cache misses once the index outgrows the cache.
    void prefetchNode(std::string_view id) const;
    // Returns the node with this id, or kNoId.
    NodeIndex findNode(std::string_view id) const { return store_->nodeIds_->find(id); }
    bool isDefined(NodeIndex node) const { return defined_[node]; }
    // Marks a node as defined with these labels (duplicates allowed, order irrelevant).
    // Returns false, changing nothing, when the node was defined already.
    bool define(NodeIndex node, std::span<const LabelId> labels);
    // Nodes handed out by nodeFor() and never defined, ascending.
    std::vector<NodeIndex> undefinedNodes() const;
    std::uint32_t nodeCount() const { return store_->nodeIds_->size(); }
    std::string_view nodeId(NodeIndex node) const { return store_->nodeIds_->id(node); }
    const NodeIdIndex& nodeIds() const { return *store_->nodeIds_; }

    // Adds a relationship. REQUIRES: from and to were returned by nodeFor().
    RelIndex addRel(NodeIndex from, NodeIndex to, TypeId type);
    std::uint32_t relCount() const { return static_cast<std::uint32_t>(store_->relType_.size()); }

    // Properties and citations. REQUIRES: an entity gets each key at most once.
    void addNodeProperty(NodeIndex node, KeyId key, Value value);
    void addRelProperty(RelIndex rel, KeyId key, Value value);
    void addNodeCitation(NodeIndex node, Citation citation);
    void addRelCitation(RelIndex rel, Citation citation);

    // Freezes everything into a store. The builder is empty afterwards.
    // REQUIRES: undefinedNodes() is empty.
    std::shared_ptr<const GraphStore> build();

private:
    std::uint32_t internLabelSet(std::vector<LabelId> labels);

    // The store under construction: names, ids and relationship arrays are filled in place;
    // labels, adjacency, properties and citations are staged below and built at the end.
    std::unique_ptr<GraphStore> store_;
    std::vector<bool> defined_;
    std::map<std::vector<LabelId>, std::uint32_t> labelSetIds_;
    std::vector<StagedProperty> nodeProperties_;
    std::vector<StagedProperty> relProperties_;
    std::vector<Staged<Citation>> nodeCitations_;
    std::vector<Staged<Citation>> relCitations_;
};

} // namespace steppe::engine

#endif // STEPPE_ENGINE_GRAPH_BUILDER_HPP_
