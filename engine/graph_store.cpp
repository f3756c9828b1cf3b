#include "engine/graph_store.hpp"

#include <algorithm>

namespace steppe::engine {

GraphStore::GraphStore() : nodeIds_(std::make_unique<NodeIdIndex>()) {}

const GraphStatistics& GraphStore::statistics() const {
    // Loading stays as fast as it can be; a graph that is never queried never pays for this.
    std::call_once(statisticsCounted_,
                   [this] { statistics_ = std::make_unique<const GraphStatistics>(*this); });
    return *statistics_;
}

bool GraphStore::hasLabel(NodeIndex node, LabelId label) const {
    std::span<const LabelId> set = labels(node);
    return std::binary_search(set.begin(), set.end(), label);
}

namespace {

// Heap bytes behind a value: shared strings and lists (control block, object, characters
// beyond the small-string buffer).
std::size_t heapBytes(const Value& v) {
    constexpr std::size_t kSharedBlock = 16; // make_shared's reference counts
    switch (v.kind()) {
    case ValueKind::kString: {
        const std::string& s = v.asString();
        return kSharedBlock + sizeof(std::string) + (s.capacity() > 15 ? s.capacity() + 1 : 0);
    }
    case ValueKind::kList: {
        std::size_t bytes =
            kSharedBlock + sizeof(ValueList) + v.asList().capacity() * sizeof(Value);
        for (const Value& item : v.asList()) {
            bytes += heapBytes(item);
        }
        return bytes;
    }
    default:
        return 0;
    }
}

std::size_t propertyBytes(const PropertyTable& table, std::uint32_t entities) {
    std::size_t bytes = table.memoryBytes();
    for (std::uint32_t e = 0; e < entities; ++e) {
        for (const PropertyEntry& p : table.of(e)) {
            bytes += heapBytes(p.value);
        }
    }
    return bytes;
}

std::size_t citationBytes(const EntityLists<Citation>& lists) {
    std::size_t bytes = lists.memoryBytes();
    for (std::uint32_t e = 0; e < lists.entityCount(); ++e) {
        for (const Citation& c : lists.of(e)) {
            bytes += c.quote.capacity() > 15 ? c.quote.capacity() + 1 : 0;
        }
    }
    return bytes;
}

} // namespace

MemoryUsage GraphStore::memory() const {
    MemoryUsage m;
    m.nodes = nodeIds_->memoryBytes() + nodeLabelSet_.capacity() * sizeof(std::uint32_t) +
              labelIndex_.memoryBytes();
    for (const auto& set : labelSets_) {
        m.nodes += sizeof(std::vector<LabelId>) + set.capacity() * sizeof(LabelId);
    }
    m.relationships = relSource_.capacity() * sizeof(NodeIndex) +
                      relTarget_.capacity() * sizeof(NodeIndex) +
                      relType_.capacity() * sizeof(TypeId);
    m.adjacency = outgoing_.memoryBytes() + incoming_.memoryBytes();
    m.properties =
        propertyBytes(nodeProperties_, nodeCount()) + propertyBytes(relProperties_, relCount());
    m.citations = citationBytes(nodeCitations_) + citationBytes(relCitations_);
    return m;
}

std::vector<std::string_view> GraphStore::sortedLabelNames(NodeIndex node) const {
    std::vector<std::string_view> names;
    for (LabelId label : labels(node)) {
        names.push_back(labelNames_.name(label));
    }
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace steppe::engine
