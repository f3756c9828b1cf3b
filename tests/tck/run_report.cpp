#include "tests/tck/run_report.hpp"

#include <cstdio>
#include <map>

namespace steppe::tck {

namespace {

constexpr std::size_t kMaxReasonLength = 400;

struct Tally {
    std::size_t passed = 0;
    std::size_t failed = 0;
    std::size_t skipped = 0;
    std::size_t run() const { return passed + failed; }
    void add(const ScenarioOutcome& outcome) {
        switch (outcome.verdict) {
        case Verdict::kPassed:
            ++passed;
            break;
        case Verdict::kFailed:
            ++failed;
            break;
        case Verdict::kSkipped:
            ++skipped;
            break;
        }
    }
};

std::string folderOf(const std::string& featurePath) {
    const std::size_t slash = featurePath.rfind('/');
    return slash == std::string::npos ? "." : featurePath.substr(0, slash);
}

std::string percent(std::size_t part, std::size_t whole) {
    char text[16];
    std::snprintf(text, sizeof text, "%.1f%%",
                  whole == 0 ? 0.0
                             : 100.0 * static_cast<double>(part) / static_cast<double>(whole));
    return text;
}

std::string tableLine(const std::string& name, const Tally& t) {
    char line[160];
    std::snprintf(line, sizeof line, "  %-36s %5zu / %-5zu %7s", name.c_str(), t.passed, t.run(),
                  percent(t.passed, t.run()).c_str());
    std::string text = line;
    if (t.skipped > 0) {
        text += "  (" + std::to_string(t.skipped) + " skipped)";
    }
    return text + "\n";
}

} // namespace

std::string featurePathOfId(const std::string& id) {
    return id.substr(0, id.find(" :: "));
}

ExpectationCheck checkExpectations(const std::vector<CaseResult>& results,
                                   const std::set<std::string>& expected,
                                   const std::set<std::string>& selectedFiles,
                                   const std::string& filter) {
    ExpectationCheck check;
    std::set<std::string> seen;
    for (const CaseResult& r : results) {
        seen.insert(r.id);
        const bool listed = expected.count(r.id) > 0;
        const bool passed = r.outcome.verdict == Verdict::kPassed;
        if (listed && !passed) {
            check.regressions.push_back(&r);
        } else if (!listed && passed) {
            ++check.newlyPassing;
        }
    }
    for (const std::string& id : expected) {
        if (seen.count(id) == 0 && selectedFiles.count(featurePathOfId(id)) > 0 &&
            id.find(filter) != std::string::npos) {
            check.missing.push_back(id);
        }
    }
    return check;
}

std::string oneLine(const std::string& text) {
    std::string line;
    for (char c : text) {
        if (c == '\n') {
            line += "\\n";
        } else if (c != '\r') {
            line += c;
        }
    }
    if (line.size() > kMaxReasonLength) {
        line.resize(kMaxReasonLength);
        line += " ...";
    }
    return line;
}

void printFailures(std::ostream& out, const std::vector<CaseResult>& results,
                   const ExpectationCheck* check, bool includeFailures) {
    std::set<const CaseResult*> regressions;
    if (check != nullptr && check->failed()) {
        out << "\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n"
            << "!!! REGRESSIONS: " << check->regressions.size() + check->missing.size()
            << " scenario(s) listed in the expected-pass file no longer pass\n"
            << "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n";
        for (const CaseResult* r : check->regressions) {
            regressions.insert(r);
            out << "REGRESSION " << r->id << ": " << oneLine(r->outcome.reason) << "\n";
        }
        for (const std::string& id : check->missing) {
            out << "REGRESSION " << id << ": listed but no such scenario was found (renamed?)\n";
        }
        out << "\n";
    }
    for (const CaseResult& r : results) {
        if (r.outcome.verdict == Verdict::kSkipped) {
            out << "SKIP " << r.id << ": " << oneLine(r.outcome.reason) << "\n";
        } else if (includeFailures && r.outcome.verdict == Verdict::kFailed &&
                   regressions.count(&r) == 0) {
            out << "FAIL " << r.id << ": " << oneLine(r.outcome.reason) << "\n";
        }
    }
}

void printSummary(std::ostream& out, const std::vector<CaseResult>& results,
                  const ExpectationCheck* check) {
    std::map<std::string, Tally> byFolder;
    Tally total;
    Tally v1;
    std::size_t typeOnly = 0;
    for (const CaseResult& r : results) {
        byFolder[folderOf(r.featurePath)].add(r.outcome);
        total.add(r.outcome);
        if (r.v1) {
            v1.add(r.outcome);
        }
        typeOnly += r.outcome.passesOnErrorTypeOnly ? 1 : 0;
    }
    out << "\n  folder                               passed / cases\n";
    for (const auto& [folder, tally] : byFolder) {
        out << tableLine(folder, tally);
    }
    out << tableLine("total", total);
    out << "v1: " << v1.passed << " of " << v1.run() << " cases pass ("
        << percent(v1.passed, v1.run()) << ")\n";
    if (typeOnly > 0) {
        out << "error type only: " << typeOnly
            << " more would pass if only the error type were checked (not phase and detail)\n";
    }
    if (check != nullptr) {
        if (check->newlyPassing > 0) {
            out << check->newlyPassing
                << " passing scenario(s) are not in the expected-pass file yet: add them with "
                   "--write-passing\n";
        }
        if (check->failed()) {
            out << "REGRESSIONS: " << check->regressions.size() + check->missing.size()
                << " expected scenario(s) did not pass (listed above)\n";
        }
    }
    if (total.skipped > 0) {
        out << total.skipped << " skipped\n";
    }
    out << total.passed << " passed, " << total.failed << " failed\n";
}

} // namespace steppe::tck
