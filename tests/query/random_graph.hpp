// A small random graph for differential tests, and the query helper they share: queries that must
// agree however the engine plans them run on it, with self-loops, parallel relationships and nodes
// of several labels.
#ifndef STEPPE_TESTS_QUERY_RANDOM_GRAPH_HPP_
#define STEPPE_TESTS_QUERY_RANDOM_GRAPH_HPP_

#include <cstdint>
#include <random>
#include <string>

#include <gtest/gtest.h>

#include "steppe/database.hpp"

namespace steppe::testing {

// 40 nodes labelled A, B, C (some two of them), 160 relationships of types R, S, T.
inline std::string randomGraph(unsigned seed) {
    std::mt19937 random(seed);
    const char* labels[] = {"\"A\"", "\"B\"", "\"C\"", "\"A\", \"B\"", "\"B\", \"C\""};
    const char* types[] = {"R", "S", "T"};
    const int nodes = 40;
    std::string json = "{\"nodes\": [";
    for (int i = 0; i < nodes; ++i) {
        json += std::string(i ? ", " : "") + "{\"id\": \"n" + std::to_string(i) +
                "\", \"labels\": [" + labels[random() % 5] +
                "], \"properties\": {\"k\": " + std::to_string(random() % 4) + "}}";
    }
    json += "], \"edges\": [";
    for (int i = 0; i < 160; ++i) {
        const auto from = random() % nodes;
        // Every tenth relationship is a self-loop; the rest may repeat a pair.
        const auto to = i % 10 == 0 ? from : random() % nodes;
        json += std::string(i ? ", " : "") + "{\"from\": \"n" + std::to_string(from) +
                "\", \"to\": \"n" + std::to_string(to) + "\", \"type\": \"" + types[random() % 3] +
                "\"}";
    }
    return json + "]}";
}

// The one value of a query that returns one row (an integer), or -1 after a failed check.
inline std::int64_t single(Database& db, const std::string& query) {
    QueryResult result;
    const Status status = db.query(query, &result);
    EXPECT_TRUE(status.ok()) << query << "\n" << status.toString();
    if (!status.ok() || result.rowCount() != 1) {
        return -1;
    }
    return result.row(0)[0].asInteger();
}

} // namespace steppe::testing

#endif // STEPPE_TESTS_QUERY_RANDOM_GRAPH_HPP_
