#include "engine/graph_statistics.hpp"

#include <algorithm>

#include <absl/container/flat_hash_map.h>

#include "engine/graph_store.hpp"

namespace steppe::engine {

GraphStatistics::GraphStatistics(const GraphStore& graph) {
    const std::uint32_t sets = graph.labelSetCount();
    for (std::uint32_t s = 0; s < sets; ++s) {
        std::span<const LabelId> labels = graph.labelSet(s);
        labelSets_.emplace_back(labels.begin(), labels.end());
    }
    nodesPerSet_.assign(sets, 0);
    for (NodeIndex n = 0; n < graph.nodeCount(); ++n) {
        ++nodesPerSet_[graph.labelSetOf(n)];
    }
    // Few label sets in practice, so the (type, source set, target set) triples are few.
    absl::flat_hash_map<std::uint64_t, std::uint64_t> counts;
    const std::uint64_t setCount = std::max<std::uint32_t>(sets, 1);
    std::uint64_t lastKey = ~std::uint64_t{0};
    std::uint64_t run = 0;
    auto flush = [&] {
        if (run > 0) {
            counts[lastKey] += run;
        }
    };
    for (RelIndex r = 0; r < graph.relCount(); ++r) {
        const std::uint64_t key =
            (std::uint64_t{graph.relType(r)} * setCount + graph.labelSetOf(graph.relSource(r))) *
                setCount +
            graph.labelSetOf(graph.relTarget(r));
        if (key != lastKey) { // relationships come grouped as loaded: count runs, not each
            flush();
            lastKey = key;
            run = 0;
        }
        ++run;
    }
    flush();
    pairsPerType_.resize(graph.relCountByType().size());
    for (const auto& [key, rels] : counts) {
        const auto type = static_cast<TypeId>(key / setCount / setCount);
        pairsPerType_[type].push_back(SetPair{static_cast<std::uint32_t>(key / setCount % setCount),
                                              static_cast<std::uint32_t>(key % setCount), rels});
    }
}

bool GraphStatistics::setHas(std::uint32_t set, std::span<const LabelId> labels) const {
    const std::vector<LabelId>& have = labelSets_[set];
    return std::all_of(labels.begin(), labels.end(),
                       [&](LabelId l) { return std::binary_search(have.begin(), have.end(), l); });
}

double GraphStatistics::nodesWith(std::span<const LabelId> labels) const {
    double nodes = 0;
    for (std::uint32_t s = 0; s < labelSets_.size(); ++s) {
        if (setHas(s, labels)) {
            nodes += static_cast<double>(nodesPerSet_[s]);
        }
    }
    return nodes;
}

double GraphStatistics::relsBetween(TypeId type, Direction direction, std::span<const LabelId> near,
                                    std::span<const LabelId> far) const {
    if (type >= pairsPerType_.size()) {
        return 0; // a type absent from the graph
    }
    double rels = 0;
    for (const SetPair& pair : pairsPerType_[type]) {
        const bool outgoing = direction == Direction::kOutgoing;
        if (setHas(outgoing ? pair.source : pair.target, near) &&
            setHas(outgoing ? pair.target : pair.source, far)) {
            rels += static_cast<double>(pair.rels);
        }
    }
    return rels;
}

double GraphStatistics::averageDegree(std::span<const LabelId> fromLabels,
                                      std::span<const TypeId> types,
                                      std::span<const Direction> directions,
                                      std::span<const LabelId> toLabels) const {
    const double from = nodesWith(fromLabels);
    if (from == 0) {
        return 0;
    }
    double rels = 0;
    for (Direction direction : directions) {
        if (types.empty()) {
            for (std::size_t t = 0; t < pairsPerType_.size(); ++t) {
                rels += relsBetween(static_cast<TypeId>(t), direction, fromLabels, toLabels);
            }
        } else {
            for (TypeId t : types) {
                rels += relsBetween(t, direction, fromLabels, toLabels);
            }
        }
    }
    return rels / from;
}

} // namespace steppe::engine
