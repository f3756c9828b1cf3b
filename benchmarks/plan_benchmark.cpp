// Parse + bind + plan of typical queries, without running them: EXPLAIN through the public
// API. This is the fixed cost every question pays, however small the graph.
#include <cstdio>
#include <cstdlib>
#include <string>

#include <benchmark/benchmark.h>

#include "benchmarks/benchmark_query.hpp"
#include "steppe/database.hpp"

namespace {

// A graph with one node of each LSQB label and one relationship of each LSQB type, so that
// the LSQB queries bind without "does not occur in the graph" warnings and plan as they would
// on the real data.
steppe::Database& lsqbShapedGraph() {
    static steppe::Database db;
    static const bool loaded = [] {
        const steppe::Status status = db.loadJson(R"({"nodes": [
            {"id": "continent", "labels": ["Continent"]}, {"id": "country", "labels": ["Country"]},
            {"id": "city", "labels": ["City"]}, {"id": "person", "labels": ["Person"]},
            {"id": "forum", "labels": ["Forum"]}, {"id": "post", "labels": ["Post", "Message"]},
            {"id": "comment", "labels": ["Comment", "Message"]}, {"id": "tag", "labels": ["Tag"]},
            {"id": "tagclass", "labels": ["TagClass"]}],
          "edges": [
            {"from": "city", "to": "country", "type": "IS_PART_OF"},
            {"from": "person", "to": "city", "type": "IS_LOCATED_IN"},
            {"from": "forum", "to": "person", "type": "HAS_MEMBER"},
            {"from": "forum", "to": "post", "type": "CONTAINER_OF"},
            {"from": "comment", "to": "post", "type": "REPLY_OF"},
            {"from": "comment", "to": "tag", "type": "HAS_TAG"},
            {"from": "tag", "to": "tagclass", "type": "HAS_TYPE"},
            {"from": "post", "to": "person", "type": "HAS_CREATOR"},
            {"from": "person", "to": "comment", "type": "LIKES"},
            {"from": "person", "to": "person", "type": "KNOWS"},
            {"from": "person", "to": "tag", "type": "HAS_INTEREST"}]})");
        if (!status.ok()) {
            std::fprintf(stderr, "%s\n", status.toString().c_str());
            std::exit(1);
        }
        return true;
    }();
    (void)loaded;
    return db;
}

void BM_PlanBacacQuestion(benchmark::State& state) {
    steppe::bench::planQuery(state, steppe::bench::bacacDatabase(),
                             "MATCH (c:Country)-[:PARTICIPATED_IN]->(t:Training {year: 2016}) "
                             "WHERE NOT (c)-[:MEMBER_OF]->(:Association {acronym: 'BACAC'}) "
                             "RETURN c.name AS country, t.name AS training");
}
BENCHMARK(BM_PlanBacacQuestion)->Unit(benchmark::kMicrosecond);

// LSQB q1: an eight-node path, where the planner has the most start points to weigh.
void BM_PlanLsqbPath(benchmark::State& state) {
    steppe::bench::planQuery(
        state, lsqbShapedGraph(),
        "MATCH (:Country)<-[:IS_PART_OF]-(:City)<-[:IS_LOCATED_IN]-(:Person)"
        "<-[:HAS_MEMBER]-(:Forum)-[:CONTAINER_OF]->(:Post)<-[:REPLY_OF]-(:Comment)"
        "-[:HAS_TAG]->(:Tag)-[:HAS_TYPE]->(:TagClass) RETURN count(*) AS count");
}
BENCHMARK(BM_PlanLsqbPath)->Unit(benchmark::kMicrosecond);

// LSQB q9: a NOT pattern and an inequality on a two-hop pattern.
void BM_PlanLsqbNotPattern(benchmark::State& state) {
    steppe::bench::planQuery(
        state, lsqbShapedGraph(),
        "MATCH (person1:Person)-[:KNOWS]-(person2:Person)-[:KNOWS]-(person3:Person)"
        "-[:HAS_INTEREST]->(tag:Tag) WHERE NOT (person1)-[:KNOWS]-(person3) "
        "AND person1 <> person3 RETURN count(*) AS count");
}
BENCHMARK(BM_PlanLsqbNotPattern)->Unit(benchmark::kMicrosecond);

} // namespace
