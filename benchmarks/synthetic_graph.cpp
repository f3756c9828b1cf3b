#include "benchmarks/synthetic_graph.hpp"

namespace steppe::bench {

std::string syntheticGraph(const GraphShape& shape) {
    const int nodes = shape.nodes;
    std::string json = "{\"nodes\": [\n";
    for (int i = 0; i < nodes; ++i) {
        json += (i ? ",\n" : "");
        json += "{\"id\": \"n" + std::to_string(i) + "\", \"labels\": [\"" +
                (i % 2 ? "Person" : "Place") + "\"], \"properties\": {\"name\": \"node " +
                std::to_string(i) + "\", \"rank\": " + std::to_string(i % 100) + "}}";
    }
    json += "],\n\"edges\": [\n";
    // Relationship i takes the type whose weight range holds i modulo the total weight.
    std::vector<const std::string*> typeOf;
    for (const auto& [type, weight] : shape.types) {
        typeOf.insert(typeOf.end(), static_cast<std::size_t>(weight), &type);
    }
    unsigned long long seed = 42;
    const int relationships = nodes * shape.relationshipsPerNode;
    for (int i = 0; i < relationships; ++i) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL; // Knuth's MMIX LCG
        const int from = static_cast<int>((seed >> 33) % static_cast<unsigned long long>(nodes));
        const int to = static_cast<int>((seed >> 13) % static_cast<unsigned long long>(nodes));
        json += (i ? ",\n" : "");
        json += "{\"from\": \"n" + std::to_string(from) + "\", \"to\": \"n" + std::to_string(to) +
                "\", \"type\": \"" + *typeOf[static_cast<std::size_t>(i) % typeOf.size()] + "\"}";
    }
    json += "]}\n";
    return json;
}

} // namespace steppe::bench
