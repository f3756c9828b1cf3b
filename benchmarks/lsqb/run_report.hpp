// What one LSQB run measured, judged against the expected counts, and written as JSON so runs
// can be compared (build/bench/lsqb.json, the format of issue 6).
#ifndef STEPPE_BENCHMARKS_LSQB_RUN_REPORT_HPP_
#define STEPPE_BENCHMARKS_LSQB_RUN_REPORT_HPP_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "benchmarks/lsqb/timed_query.hpp"

namespace steppe::lsqb {

struct QueryReport {
    std::string name; // "q1"
    std::int64_t expected = 0;
    TimedQuery timing;

    // The count all runs agreed on, or nothing when a run failed or runs disagreed.
    std::optional<std::int64_t> count() const;
    // Empty when the query ran every time and counted what was expected; else why not.
    std::string failure() const;
};

struct RunReport {
    int runs = 0;
    double loadSeconds = 0;
    double rssAfterLoadMiB = 0; // VmHWM right after the load: the load's peak
    double bytesPerNode = 0;    // ids, labels and their indexes (MemoryUsage::nodes)
    double bytesPerRel = 0;     // endpoints, types and both adjacency directions
    double storeMiB = 0;        // MemoryUsage::total(), properties included
    double propertyMiB = 0;
    std::uint64_t nodes = 0;
    std::uint64_t relationships = 0;
    std::vector<QueryReport> queries;

    // The highest peak RSS of the load and of any query process.
    double peakRssMiB() const;
};

struct TimeSummary {
    double minMs = 0;
    double medianMs = 0;
    double maxMs = 0;
};
// REQUIRES: !runMs.empty().
TimeSummary summarize(std::vector<double> runMs);

// Writes the report as one JSON object to `path`, through a temporary file renamed at the end,
// so a failed write leaves no half file. Returns false (and says why on standard error) when
// the file cannot be written.
bool writeJson(const RunReport& report, const std::string& path);

} // namespace steppe::lsqb

#endif // STEPPE_BENCHMARKS_LSQB_RUN_REPORT_HPP_
