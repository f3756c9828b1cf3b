// GraphStatistics: how many relationships of each type join nodes of each label combination.
// The planner estimates from it how many neighbours an expansion finds, so that it can order
// the steps of a pattern (query/planner/join_order.hpp). Exact per label set; averaged when a
// pattern names only some of a node's labels.
#ifndef STEPPE_ENGINE_GRAPH_STATISTICS_HPP_
#define STEPPE_ENGINE_GRAPH_STATISTICS_HPP_

#include <cstdint>
#include <span>
#include <vector>

#include "engine/ids.hpp"

namespace steppe::engine {

class GraphStore;

class GraphStatistics {
public:
    // Counts every relationship once: linear in the size of the graph.
    explicit GraphStatistics(const GraphStore& graph);

    // The nodes that have every label of `labels` (all nodes when it is empty).
    double nodesWith(std::span<const LabelId> labels) const;

    // The average number of relationships with a type of `types` (any type when empty) that
    // lead, in one of `directions`, from a node having `fromLabels` to a node having
    // `toLabels`.
    double averageDegree(std::span<const LabelId> fromLabels, std::span<const TypeId> types,
                         std::span<const Direction> directions,
                         std::span<const LabelId> toLabels) const;

private:
    // The relationships of one type from nodes of label set `source` to label set `target`.
    struct SetPair {
        std::uint32_t source;
        std::uint32_t target;
        std::uint64_t rels;
    };

    bool setHas(std::uint32_t set, std::span<const LabelId> labels) const;
    // Relationships of `type` whose near end has `near` and far end has `far`, in `direction`.
    double relsBetween(TypeId type, Direction direction, std::span<const LabelId> near,
                       std::span<const LabelId> far) const;

    std::vector<std::vector<LabelId>> labelSets_; // as in the store: sorted label combinations
    std::vector<std::uint64_t> nodesPerSet_;
    std::vector<std::vector<SetPair>> pairsPerType_; // indexed by TypeId
};

} // namespace steppe::engine

#endif // STEPPE_ENGINE_GRAPH_STATISTICS_HPP_
