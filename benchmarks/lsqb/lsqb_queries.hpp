// The LSQB queries to run: their texts (qN.cypher) and expected counts (expected.tsv, lines of
// "qN<TAB>count"), as ../shared/bench/lsqb/queries/ holds them.
#ifndef STEPPE_BENCHMARKS_LSQB_LSQB_QUERIES_HPP_
#define STEPPE_BENCHMARKS_LSQB_LSQB_QUERIES_HPP_

#include <cstdint>
#include <string>
#include <vector>

namespace steppe::lsqb {

struct LsqbQuery {
    std::string name; // "q1"
    std::string text;
    std::int64_t expected = 0;
};

// Reads the queries named in `only`, in that order, or every query of expectedPath in its
// order when `only` is empty; texts come from <queriesDir>/<name>.cypher. Returns false and
// sets *error (naming the file and line) when a file is missing or malformed or a name is
// unknown.
bool readQueries(const std::string& queriesDir, const std::string& expectedPath,
                 const std::vector<std::string>& only, std::vector<LsqbQuery>* out,
                 std::string* error);

} // namespace steppe::lsqb

#endif // STEPPE_BENCHMARKS_LSQB_LSQB_QUERIES_HPP_
