// Runs one counting query a number of times and measures each run, under a time limit.
//
// The engine cannot cancel a query, so the runs happen in a forked child that shares the loaded
// graph with the parent (copy-on-write, nothing is copied because queries only read). The child
// reports each run over a pipe as soon as it ends; when a run does not end within the limit, the
// parent kills the child. A crash in the engine is reported the same way instead of ending the
// whole benchmark.
#ifndef STEPPE_BENCHMARKS_LSQB_TIMED_QUERY_HPP_
#define STEPPE_BENCHMARKS_LSQB_TIMED_QUERY_HPP_

#include <cstdint>
#include <string>
#include <vector>

#include "steppe/database.hpp"

namespace steppe::lsqb {

struct TimedQuery {
    enum class Outcome { kOk, kTimeout, kQueryError, kCrashed };
    Outcome outcome = Outcome::kOk;
    // The count of every run, warm-up first; several counts when runs disagree.
    std::vector<std::int64_t> counts;
    std::vector<double> runMs; // timed runs only, in order
    std::string error;         // what went wrong, when outcome is not kOk
    double peakRssMiB = 0;     // the child's peak resident memory (graph included)
};

// Runs `text` once to warm up and then `runs` times, each timed. The query must return one row
// with one integer (a count). timeoutSeconds limits each run, the warm-up included; 0 means no
// limit.
TimedQuery timeQuery(Database& db, const std::string& text, int runs, double timeoutSeconds);

} // namespace steppe::lsqb

#endif // STEPPE_BENCHMARKS_LSQB_TIMED_QUERY_HPP_
