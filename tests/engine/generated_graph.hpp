// Graph files of a chosen size, for tests of what happens while a big file loads.
#ifndef STEPPE_TESTS_ENGINE_GENERATED_GRAPH_HPP_
#define STEPPE_TESTS_ENGINE_GENERATED_GRAPH_HPP_

#include <cstddef>
#include <cstdint>
#include <string>

namespace steppe::testing {

// A graph file (the JSON format) of `nodes` nodes `n0`, `n1`, ... with a 200-character text
// each, so about 250 bytes a node, and a relationship from each node to the next. When
// `brokenAt` is less than `nodes`, that node's entry is broken JSON (a missing value).
inline std::string generatedGraphJson(std::size_t nodes, std::size_t brokenAt = SIZE_MAX) {
    const std::string text(200, 'x');
    std::string json = "{\"nodes\": [\n";
    for (std::size_t i = 0; i < nodes; ++i) {
        json += (i == 0 ? "" : ",\n");
        json += "{\"id\": \"n" + std::to_string(i) + "\", \"labels\": [\"Item\"], " +
                "\"properties\": {\"text\": " + (i == brokenAt ? "" : "\"" + text + "\"") + "}}";
    }
    json += "],\n\"edges\": [\n";
    for (std::size_t i = 0; i + 1 < nodes; ++i) {
        json += (i == 0 ? "" : ",\n");
        json += "{\"from\": \"n" + std::to_string(i) + "\", \"to\": \"n" + std::to_string(i + 1) +
                "\", \"type\": \"NEXT\"}";
    }
    return json + "]}\n";
}

} // namespace steppe::testing

#endif // STEPPE_TESTS_ENGINE_GENERATED_GRAPH_HPP_
