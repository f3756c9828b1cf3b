#include "engine/graph_store.hpp"

#include <algorithm>

namespace steppe::engine {

GraphStore::GraphStore() : nodeIds_(std::make_unique<NodeIdIndex>()) {}

bool GraphStore::hasLabel(NodeIndex node, LabelId label) const {
    std::span<const LabelId> set = labels(node);
    return std::binary_search(set.begin(), set.end(), label);
}

StoreMemory GraphStore::memory() const {
    StoreMemory m;
    m.nodeIds = nodeIds_->memoryBytes();
    m.labels = nodeLabelSet_.capacity() * sizeof(std::uint32_t) + labelIndex_.memoryBytes();
    for (const auto& set : labelSets_) {
        m.labels += sizeof(set) + set.capacity() * sizeof(LabelId);
    }
    m.relationships = relSource_.capacity() * sizeof(NodeIndex) +
                      relTarget_.capacity() * sizeof(NodeIndex) +
                      relType_.capacity() * sizeof(TypeId);
    m.adjacency = outgoing_.memoryBytes() + incoming_.memoryBytes();
    m.properties = nodeProperties_.memoryBytes() + relProperties_.memoryBytes();
    m.citations = nodeCitations_.memoryBytes() + relCitations_.memoryBytes();
    return m;
}

} // namespace steppe::engine
