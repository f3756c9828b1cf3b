// lsqb_runner: loads the LSQB graph through the public API, runs the LSQB queries (one warm-up
// and N timed runs each, in one process per query), checks every count and writes the figures
// as JSON. scripts/bench-lsqb.sh prepares the graph, runs this and prints the table.
//
// Exit status: 0 every count right; 1 a wrong count, a query error, a crash or a timeout;
// 2 bad arguments or query files; 3 the graph could not be loaded.
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "benchmarks/lsqb/lsqb_queries.hpp"
#include "benchmarks/lsqb/process_memory.hpp"
#include "benchmarks/lsqb/run_report.hpp"
#include "benchmarks/lsqb/timed_query.hpp"
#include "steppe/database.hpp"

namespace {

using namespace steppe::lsqb;

constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;
constexpr int kExitLoad = 3;
constexpr double kMiB = 1024.0 * 1024.0;

struct Options {
    std::string graph;
    std::string queriesDir;
    std::string expected;
    std::string json;
    int runs = 5;
    std::vector<std::string> queries;
    double timeoutSeconds = 300;
};

bool load(steppe::Database& db, const Options& options, RunReport* report) {
    steppe::LoadReport loaded;
    const auto start = std::chrono::steady_clock::now();
    const steppe::Status status = db.loadFiles({options.graph}, {}, &loaded);
    const std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
    if (!status.ok()) {
        std::cerr << "error: " << status.toString() << "\n";
        return false;
    }
    report->loadSeconds = seconds.count();
    report->rssAfterLoadMiB = peakResidentMiB();
    report->nodes = loaded.nodes;
    report->relationships = loaded.relationships;
    // The same split as docs/architecture.md: properties are data, not the store's layout.
    const steppe::MemoryUsage m = db.memoryUsage();
    const double nodes = static_cast<double>(loaded.nodes);
    const double rels = static_cast<double>(loaded.relationships);
    report->bytesPerNode = nodes > 0 ? static_cast<double>(m.nodes) / nodes : 0;
    report->bytesPerRel = rels > 0 ? static_cast<double>(m.relationships + m.adjacency) / rels : 0;
    report->storeMiB = static_cast<double>(m.total()) / kMiB;
    report->propertyMiB = static_cast<double>(m.properties) / kMiB;
    std::printf("load: %.3f s, %llu nodes, %llu relationships, peak RSS %.1f MiB, store %.1f MiB "
                "(%.1f bytes/node, %.1f bytes/relationship, properties %.1f MiB)\n",
                report->loadSeconds, static_cast<unsigned long long>(report->nodes),
                static_cast<unsigned long long>(report->relationships), report->rssAfterLoadMiB,
                report->storeMiB, report->bytesPerNode, report->bytesPerRel, report->propertyMiB);
    return true;
}

void printQuery(const QueryReport& q) {
    const std::string failure = q.failure();
    if (!failure.empty()) {
        std::printf("%-4s FAILED: %s\n", q.name.c_str(), failure.c_str());
    } else {
        const TimeSummary t = summarize(q.timing.runMs);
        std::printf("%-4s %12lld ok   min %10.1f ms   median %10.1f ms   max %10.1f ms   "
                    "peak RSS %.1f MiB\n",
                    q.name.c_str(), static_cast<long long>(q.expected), t.minMs, t.medianMs,
                    t.maxMs, q.timing.peakRssMiB);
    }
    std::fflush(stdout);
}

int run(const Options& options) {
    std::vector<LsqbQuery> queries;
    std::string error;
    if (!readQueries(options.queriesDir, options.expected, options.queries, &queries, &error)) {
        std::cerr << "error: " << error << "\n";
        return kExitUsage;
    }
    steppe::Database db;
    RunReport report;
    report.runs = options.runs;
    if (!load(db, options, &report)) {
        return kExitLoad;
    }
    std::vector<std::string> failed;
    for (const LsqbQuery& query : queries) {
        QueryReport q{query.name, query.expected,
                      timeQuery(db, query.text, options.runs, options.timeoutSeconds)};
        printQuery(q);
        if (!q.failure().empty()) {
            failed.push_back(q.name);
        }
        report.queries.push_back(std::move(q));
    }
    if (!options.json.empty() && !writeJson(report, options.json)) {
        return kExitFailed;
    }
    if (!failed.empty()) {
        std::cerr << "error: " << failed.size() << " of " << queries.size() << " queries failed:";
        for (const std::string& name : failed) {
            std::cerr << " " << name;
        }
        std::cerr << "\n";
        return kExitFailed;
    }
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    Options options;
    CLI::App app("Runs the LSQB queries on a graph file and checks and times them", "lsqb_runner");
    app.add_option("--graph", options.graph, "the graph file (JSON)")->required();
    app.add_option("--queries-dir", options.queriesDir, "folder of q1.cypher ... q9.cypher")
        ->required();
    app.add_option("--expected", options.expected, "expected counts, lines of qN<TAB>count")
        ->required();
    app.add_option("--json", options.json, "write the figures as JSON to this file");
    app.add_option("--runs", options.runs, "timed runs per query, after one warm-up")
        ->check(CLI::Range(1, 1000));
    app.add_option("--queries", options.queries, "queries to run, e.g. q1,q3 (default: all)")
        ->delimiter(',');
    app.add_option("--timeout-s", options.timeoutSeconds,
                   "limit for each run of a query, in seconds; 0 for none")
        ->check(CLI::NonNegativeNumber);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        return code == 0 ? 0 : kExitUsage;
    }
    return run(options);
}
