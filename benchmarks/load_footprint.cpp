// Loads graph files once through the public API and reports what the load cost: wall time,
// peak resident memory of the process, and the store's own bytes per node and relationship.
// Used by scripts/measure-load.sh; prints one JSON object on standard output.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

#include "steppe/database.hpp"

namespace {

constexpr double kMiB = 1024.0 * 1024.0;

// Resident memory now, from /proc/self/statm (pages), in MiB.
double residentMiB() {
    std::ifstream statm("/proc/self/statm");
    long pages = 0;
    long resident = 0;
    statm >> pages >> resident;
    return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / kMiB;
}

double peakResidentMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: load_footprint GRAPH.json...\n";
        return 2;
    }
    const std::vector<std::string> files(argv + 1, argv + argc);
    steppe::Database db;
    steppe::LoadReport report;
    const auto start = std::chrono::steady_clock::now();
    steppe::Status status = db.loadFiles(files, {}, &report);
    const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
    if (!status.ok()) {
        std::cerr << status.toString() << "\n";
        return 3;
    }
    const steppe::MemoryUsage m = db.memoryUsage();
    const double nodes = static_cast<double>(report.nodes);
    const double rels = static_cast<double>(report.relationships);
    // Per node: id text, id index, labels. Per relationship: endpoints, type and both
    // directions of adjacency. Properties and citations are reported apart: they depend on the
    // data, not on the store's layout.
    std::printf("{\"file_mib\": %.1f, \"nodes\": %llu, \"relationships\": %llu, "
                "\"load_s\": %.3f, \"mib_per_s\": %.1f, \"peak_rss_mib\": %.1f, "
                "\"rss_after_load_mib\": %.1f, \"store_mib\": %.1f, \"bytes_per_node\": %.1f, "
                "\"bytes_per_rel\": %.1f, \"property_mib\": %.1f}\n",
                static_cast<double>(report.bytes) / kMiB,
                static_cast<unsigned long long>(report.nodes),
                static_cast<unsigned long long>(report.relationships), seconds.count(),
                static_cast<double>(report.bytes) / kMiB / seconds.count(), peakResidentMiB(),
                residentMiB(), static_cast<double>(m.total()) / kMiB,
                nodes > 0 ? static_cast<double>(m.nodes) / nodes : 0.0,
                rels > 0 ? static_cast<double>(m.relationships + m.adjacency) / rels : 0.0,
                static_cast<double>(m.properties) / kMiB);
    return 0;
}
