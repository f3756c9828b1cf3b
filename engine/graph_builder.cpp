#include "engine/graph_builder.hpp"

#include <algorithm>
#include <functional>
#include <stdexcept>
#include <utility>

namespace steppe::engine {

GraphBuilder::GraphBuilder() : store_(new GraphStore()) {}

GraphBuilder::GraphBuilder(const GraphStore& base) : GraphBuilder() {
    GraphStore& s = *store_;
    s.labelNames_ = base.labelNames_;
    s.typeNames_ = base.typeNames_;
    s.keyNames_ = base.keyNames_;
    s.sources_ = base.sources_;

    const std::uint32_t nodes = base.nodeCount();
    s.nodeIds_->reserve(nodes, 0);
    for (NodeIndex n = 0; n < nodes; ++n) {
        NodeIndex copy = nodeFor(base.nodeId(n));
        auto labels = base.labels(n);
        define(copy, labels);
        for (const PropertyEntry& p : base.nodeProperties().of(n)) {
            addNodeProperty(copy, p.key, p.value);
        }
        for (const Citation& c : base.nodeCitations(n)) {
            addNodeCitation(copy, c);
        }
    }
    for (RelIndex r = 0; r < base.relCount(); ++r) {
        RelIndex copy = addRel(base.relSource(r), base.relTarget(r), base.relType(r));
        for (const PropertyEntry& p : base.relProperties().of(r)) {
            addRelProperty(copy, p.key, p.value);
        }
        for (const Citation& c : base.relCitations(r)) {
            addRelCitation(copy, c);
        }
    }
}

SourceIndex GraphBuilder::addSource(SourceDocument source) {
    if (findSource(source.id) != kNoId) {
        return kNoId;
    }
    store_->sources_.push_back(std::move(source));
    return static_cast<SourceIndex>(store_->sources_.size() - 1);
}

SourceIndex GraphBuilder::findSource(std::string_view id) const {
    const auto& sources = store_->sources_;
    for (std::size_t i = 0; i < sources.size(); ++i) {
        if (sources[i].id == id) {
            return static_cast<SourceIndex>(i);
        }
    }
    return kNoId;
}

void GraphBuilder::prefetchNode(std::string_view id) const {
    store_->nodeIds_->prefetch(id);
}

NodeIndex GraphBuilder::nodeFor(std::string_view id) {
    NodeIdIndex& ids = *store_->nodeIds_;
    NodeIndex found = ids.find(id);
    if (found != kNoId) {
        return found;
    }
    if (ids.size() >= kMaxEntities) {
        throw std::length_error("the graph has more nodes than 32-bit ids can address");
    }
    ids.add(id);
    defined_.push_back(false);
    store_->nodeLabelSet_.push_back(0);
    return ids.size() - 1;
}

bool GraphBuilder::define(NodeIndex node, std::span<const LabelId> labels) {
    if (defined_[node]) {
        return false;
    }
    std::vector<LabelId> set(labels.begin(), labels.end());
    std::sort(set.begin(), set.end());
    set.erase(std::unique(set.begin(), set.end()), set.end());
    store_->nodeLabelSet_[node] = internLabelSet(std::move(set));
    defined_[node] = true;
    return true;
}

std::uint32_t GraphBuilder::internLabelSet(std::vector<LabelId> labels) {
    auto [it, inserted] =
        labelSetIds_.try_emplace(labels, static_cast<std::uint32_t>(store_->labelSets_.size()));
    if (inserted) {
        store_->labelSets_.push_back(std::move(labels));
    }
    return it->second;
}

std::vector<NodeIndex> GraphBuilder::undefinedNodes() const {
    std::vector<NodeIndex> undefined;
    for (NodeIndex n = 0; n < defined_.size(); ++n) {
        if (!defined_[n]) {
            undefined.push_back(n);
        }
    }
    return undefined;
}

RelIndex GraphBuilder::addRel(NodeIndex from, NodeIndex to, TypeId type) {
    GraphStore& s = *store_;
    if (s.relType_.size() >= kMaxEntities) {
        throw std::length_error("the graph has more relationships than 32-bit ids can address");
    }
    s.relSource_.push_back(from);
    s.relTarget_.push_back(to);
    s.relType_.push_back(type);
    return static_cast<RelIndex>(s.relType_.size() - 1);
}

void GraphBuilder::addNodeProperty(NodeIndex node, KeyId key, Value value) {
    nodeProperties_.push_back({node, {key, std::move(value)}});
}

void GraphBuilder::addRelProperty(RelIndex rel, KeyId key, Value value) {
    relProperties_.push_back({rel, {key, std::move(value)}});
}

void GraphBuilder::addNodeCitation(NodeIndex node, Citation citation) {
    nodeCitations_.push_back({node, std::move(citation)});
}

void GraphBuilder::addRelCitation(RelIndex rel, Citation citation) {
    relCitations_.push_back({rel, std::move(citation)});
}

std::shared_ptr<const GraphStore> GraphBuilder::build() {
    GraphStore& s = *store_;
    // Every node needs a label set, even the empty one, for labels() to be total.
    if (s.labelSets_.empty()) {
        internLabelSet({});
    }
    const std::uint32_t nodes = nodeCount();
    const std::uint32_t rels = relCount();

    std::vector<Staged<NodeIndex>> labelled;
    for (NodeIndex n = 0; n < nodes; ++n) {
        for (LabelId label : s.labelSets_[s.nodeLabelSet_[n]]) {
            labelled.push_back({label, n});
        }
    }
    s.labelIndex_ = EntityLists<NodeIndex>::build(s.labelNames_.size(), std::move(labelled),
                                                  std::less<NodeIndex>());

    // The arrays grew by doubling; give back the slack, since the store lives long.
    s.relSource_.shrink_to_fit();
    s.relTarget_.shrink_to_fit();
    s.relType_.shrink_to_fit();
    s.nodeLabelSet_.shrink_to_fit();
    s.nodeIds_->shrinkToFit();

    s.relCountByType_.assign(s.typeNames_.size(), 0);
    for (RelIndex r = 0; r < rels; ++r) {
        ++s.relCountByType_[s.relType_[r]];
    }
    s.outgoing_ = Adjacency::build(nodes, s.relSource_, s.relTarget_, s.relType_);
    s.incoming_ = Adjacency::build(nodes, s.relTarget_, s.relSource_, s.relType_);

    s.nodeProperties_ = PropertyTable::build(nodes, std::move(nodeProperties_));
    s.relProperties_ = PropertyTable::build(rels, std::move(relProperties_));
    auto keepOrder = [](const Citation&, const Citation&) { return false; };
    s.nodeCitations_ = EntityLists<Citation>::build(nodes, std::move(nodeCitations_), keepOrder);
    s.relCitations_ = EntityLists<Citation>::build(rels, std::move(relCitations_), keepOrder);

    defined_.clear();
    labelSetIds_.clear();
    std::shared_ptr<const GraphStore> built(std::move(store_));
    store_.reset(new GraphStore());
    return built;
}

} // namespace steppe::engine
