#include "benchmarks/lsqb/run_report.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <system_error>

namespace steppe::lsqb {
namespace {

std::string jsonString(const std::string& text) {
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
            out += escaped;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

std::string fixed(double value, int decimals) {
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

void writeQuery(std::ostream& out, const QueryReport& q) {
    const std::optional<std::int64_t> count = q.count();
    out << jsonString(q.name) << ": {\"count\": " << (count ? std::to_string(*count) : "null")
        << ", \"expected\": " << q.expected;
    // Times are written whenever every timed run finished, even when the count is wrong:
    // a wrong count already fails the run, and the time still says something about the plan.
    if (q.timing.outcome == TimedQuery::Outcome::kOk && !q.timing.runMs.empty()) {
        const TimeSummary t = summarize(q.timing.runMs);
        out << ", \"min_ms\": " << fixed(t.minMs, 3) << ", \"median_ms\": " << fixed(t.medianMs, 3)
            << ", \"max_ms\": " << fixed(t.maxMs, 3);
    } else {
        out << ", \"min_ms\": null, \"median_ms\": null, \"max_ms\": null";
    }
    const std::string failure = q.failure();
    if (!failure.empty()) {
        out << ", \"error\": " << jsonString(failure);
    }
    out << "}";
}

} // namespace

std::optional<std::int64_t> QueryReport::count() const {
    const std::vector<std::int64_t>& counts = timing.counts;
    if (timing.outcome != TimedQuery::Outcome::kOk || counts.empty() ||
        std::any_of(counts.begin(), counts.end(), [&](auto c) { return c != counts.front(); })) {
        return std::nullopt;
    }
    return counts.front();
}

std::string QueryReport::failure() const {
    switch (timing.outcome) {
    case TimedQuery::Outcome::kTimeout:
        return "timeout: " + timing.error;
    case TimedQuery::Outcome::kQueryError:
        return "query error: " + timing.error;
    case TimedQuery::Outcome::kCrashed:
        return "crash: " + timing.error;
    case TimedQuery::Outcome::kOk:
        break;
    }
    const std::optional<std::int64_t> agreed = count();
    if (!agreed) {
        std::ostringstream text;
        text << "wrong count: the runs counted";
        for (const std::int64_t c : timing.counts) {
            text << " " << c;
        }
        return text.str();
    }
    if (*agreed != expected) {
        return "wrong count: " + std::to_string(*agreed) + ", expected " + std::to_string(expected);
    }
    return "";
}

double RunReport::peakRssMiB() const {
    double peak = rssAfterLoadMiB;
    for (const QueryReport& q : queries) {
        peak = std::max(peak, q.timing.peakRssMiB);
    }
    return peak;
}

TimeSummary summarize(std::vector<double> runMs) {
    std::sort(runMs.begin(), runMs.end());
    const std::size_t n = runMs.size();
    const double median = n % 2 ? runMs[n / 2] : (runMs[n / 2 - 1] + runMs[n / 2]) / 2;
    return {runMs.front(), median, runMs.back()};
}

bool writeJson(const RunReport& report, const std::string& path) {
    std::ostringstream out;
    // The keys of issue 6 first; the rest add what the table prints beside them.
    out << "{\"threads\": 1, \"load_s\": " << fixed(report.loadSeconds, 3)
        << ", \"rss_after_load_mib\": " << fixed(report.rssAfterLoadMiB, 1)
        << ", \"bytes_per_node\": " << fixed(report.bytesPerNode, 1)
        << ", \"bytes_per_rel\": " << fixed(report.bytesPerRel, 1) << ",\n \"queries\": {";
    for (std::size_t i = 0; i < report.queries.size(); ++i) {
        out << (i ? ",\n  " : "\n  ");
        writeQuery(out, report.queries[i]);
    }
    out << "},\n \"runs\": " << report.runs << ", \"nodes\": " << report.nodes
        << ", \"relationships\": " << report.relationships
        << ", \"store_mib\": " << fixed(report.storeMiB, 1)
        << ", \"property_mib\": " << fixed(report.propertyMiB, 1)
        << ", \"peak_rss_mib\": " << fixed(report.peakRssMiB(), 1) << "}\n";

    const std::string temporary = path + ".tmp";
    std::error_code error;
    {
        std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
        file << out.str();
        file.close();
        if (!file) {
            std::cerr << "error: cannot write " << temporary << "\n";
            std::filesystem::remove(temporary, error);
            return false;
        }
    }
    std::filesystem::rename(temporary, path, error);
    if (error) {
        std::cerr << "error: cannot rename " << temporary << " to " << path << ": "
                  << error.message() << "\n";
        std::filesystem::remove(temporary, error);
        return false;
    }
    return true;
}

} // namespace steppe::lsqb
