// The questions the README and scripts/demo.sh ask of the BACAC graph (datasets/bacac.json),
// whole: parse, bind, plan and run. Each should take well under a millisecond: that is what
// makes an interactive shell and tools that ask thousands of questions feel instant.
#include <string>

#include <benchmark/benchmark.h>

#include "benchmarks/benchmark_query.hpp"

namespace {

struct Question {
    const char* name;
    const char* text;
};

const Question kQuestions[] = {
    // README, "Embedding".
    {"BM_Bacac/CountriesByName", "MATCH (c:Country) RETURN c.name ORDER BY c.name"},
    // scripts/demo.sh: "Which donors supported BACAC?"
    {"BM_Bacac/DonorsOfBacac", "MATCH (d:Donor)-[:SUPPORTED]->(:Association {acronym: 'BACAC'}) "
                               "RETURN d.name AS donor, d.acronym AS acronym ORDER BY donor"},
    // README "Asking questions" and scripts/demo.sh: countries at the 2016 training that are
    // not members of BACAC (a NOT pattern).
    {"BM_Bacac/TrainingNonMembers",
     "MATCH (c:Country)-[:PARTICIPATED_IN]->(t:Training {year: 2016}) "
     "WHERE NOT (c)-[:MEMBER_OF]->(:Association {acronym: 'BACAC'}) "
     "RETURN c.name AS country, t.name AS training"},
    // scripts/demo.sh: "How is Mongolia connected to ABSA?" (variable-length paths).
    {"BM_Bacac/MongoliaToAbsa",
     "MATCH p = (:Country {name: 'Mongolia'})-[*1..3]-(:Association {acronym: 'ABSA'}) "
     "RETURN [n IN nodes(p) | coalesce(n.acronym, n.name)] AS path, "
     "[r IN relationships(p) | type(r)] AS links ORDER BY size(path) LIMIT 3"},
};

const bool kRegistered = [] {
    for (const Question& q : kQuestions) {
        benchmark::RegisterBenchmark(q.name, [text = std::string(q.text)](benchmark::State& state) {
            steppe::bench::runQuery(state, steppe::bench::bacacDatabase(), text);
        })->Unit(benchmark::kMicrosecond);
    }
    return true;
}();

} // namespace
