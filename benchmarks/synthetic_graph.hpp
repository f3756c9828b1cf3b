// Synthetic graphs in the loading format, made in memory for the micro-benchmarks.
#ifndef STEPPE_BENCHMARKS_SYNTHETIC_GRAPH_HPP_
#define STEPPE_BENCHMARKS_SYNTHETIC_GRAPH_HPP_

#include <string>
#include <utility>
#include <vector>

namespace steppe::bench {

struct GraphShape {
    int nodes = 10'000;
    int relationshipsPerNode = 5;
    // Relationship types and their weights: a type of weight 3 gets three times the
    // relationships of a type of weight 1.
    std::vector<std::pair<std::string, int>> types{{"KNOWS", 1}, {"LIVES_IN", 1}, {"LIKES", 1}};
};

// Nodes "n0", "n1", ... alternately :Person and :Place with a name and a rank; relationships
// between nodes drawn by a fixed pseudo-random sequence, so every call gives the same text.
std::string syntheticGraph(const GraphShape& shape);

} // namespace steppe::bench

#endif // STEPPE_BENCHMARKS_SYNTHETIC_GRAPH_HPP_
