#include "cli/shell_session.hpp"

#include <chrono>
#include <iomanip>
#include <sstream>

#include "cli/exit_codes.hpp"
#include "cli/result_printer.hpp"

namespace steppe::cli {

namespace {

bool isBlank(std::string_view text) {
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// "2 nodes, 1 relationship" for what a statement changed; "" when it changed nothing.
std::string describeChanges(const QueryStatistics& s) {
    std::string text;
    auto add = [&](std::uint64_t n, const char* one, const char* many) {
        if (n > 0) {
            text += (text.empty() ? "" : ", ") + std::to_string(n) + " " + (n == 1 ? one : many);
        }
    };
    add(s.nodesCreated, "node", "nodes");
    add(s.relationshipsCreated, "relationship", "relationships");
    add(s.propertiesSet, "property", "properties");
    add(s.labelsAdded, "label", "labels");
    return text;
}

} // namespace

ShellSession::ShellSession(Database& db, ShellOptions options, std::ostream& out, std::ostream& err)
    : db_(db), options_(std::move(options)), out_(out), err_(err) {
    refreshVocabulary();
}

void ShellSession::handleLine(std::string_view line) {
    if (quit_) {
        return;
    }
    if (!line.empty() && line.back() == '\r') {
        line.remove_suffix(1); // a script written on Windows
    }
    const std::size_t first = line.find_first_not_of(" \t");
    if (!splitter_.pending() && first != std::string_view::npos && line[first] == ':') {
        splitter_.skipLine();
        linesSinceEntry_.clear();
        addHistoryEntry(std::string(line.substr(first)));
        runCommand(line.substr(first));
        out_.flush();
        return;
    }
    linesSinceEntry_.emplace_back(line);
    const std::vector<Statement> statements = splitter_.addLine(line);
    if (!splitter_.pending()) {
        addHistoryEntry(joinStatementLines(linesSinceEntry_));
        linesSinceEntry_.clear();
    }
    for (const Statement& statement : statements) {
        runStatement(statement);
    }
    out_.flush();
}

void ShellSession::finishInput() {
    if (std::optional<Statement> last = splitter_.finish(); last && !quit_) {
        runStatement(*last);
    }
    linesSinceEntry_.clear();
    out_.flush();
}

void ShellSession::discardPending() {
    splitter_.clear();
    linesSinceEntry_.clear();
}

std::string ShellSession::pendingText() const {
    std::string text;
    for (const std::string& line : linesSinceEntry_) {
        text += (text.empty() ? "" : "\n") + line;
    }
    return text;
}

void ShellSession::addHistoryEntry(const std::string& entry) {
    if (historySink_ && !isBlank(entry)) {
        historySink_(entry);
    }
}

void ShellSession::runStatement(const Statement& statement) {
    QueryResult result;
    const auto start = std::chrono::steady_clock::now();
    Status status = db_.query(statement.text, parameters_, &result);
    const std::chrono::duration<double, std::milli> took = std::chrono::steady_clock::now() - start;
    if (!status.ok()) {
        TextOrigin origin;
        if (options_.positionsFromInputStart) {
            origin.lines = static_cast<int>(statement.line) - 1;
            origin.columns = static_cast<int>(statement.column) - 1;
        }
        printQueryError(status, statement.text, err_, origin);
        fail(kExitQueryError);
        return;
    }
    printOutcome(result, statement.text, took.count());
    if (!describeChanges(result.statistics()).empty()) {
        refreshVocabulary(); // new labels, types or keys to complete
    }
}

void ShellSession::printOutcome(const QueryResult& result, std::string_view text,
                                double milliseconds) {
    for (const std::string& warning : result.warnings()) {
        err_ << "warning: " << warning << "\n";
    }
    bool rows = !result.columns().empty();
    if (!result.plan().empty()) {
        out_ << result.plan(); // EXPLAIN or PROFILE
        rows = rows && !startsWithExplain(text);
    }
    if (rows) {
        PrintOptions print;
        print.format = options_.format;
        if (options_.tablesForStandardOutput) {
            print.table = tableStyleForStandardOutput(milliseconds);
        } else {
            print.table.elapsedMs = milliseconds;
        }
        printResult(result, print, out_);
    }
    out_.flush(); // before the notes on the other stream, so that they appear in order
    if (const std::string changes = describeChanges(result.statistics()); !changes.empty()) {
        err_ << "created " << changes << "\n";
    }
    if (timing_) {
        std::ostringstream time;
        time << std::fixed << std::setprecision(3) << milliseconds;
        err_ << "time: " << time.str() << " ms\n";
    }
}

void ShellSession::fail(int exitCode) {
    if (exitCode_ == kExitOk) {
        exitCode_ = exitCode;
    }
}

void ShellSession::refreshVocabulary() {
    const Schema schema = db_.schema();
    CompletionVocabulary v;
    for (const LabelSummary& label : schema.labels) {
        v.labels.push_back(label.name);
    }
    for (const RelTypeSummary& type : schema.relationshipTypes) {
        v.relationshipTypes.push_back(type.name);
    }
    for (const PropertyKeySummary& key : schema.propertyKeys) {
        v.propertyKeys.push_back(key.name);
    }
    for (const auto& [name, value] : parameters_) {
        v.parameters.push_back(name);
    }
    v.commands = commandNames();
    v.formats = resultFormats();
    vocabulary_ = std::move(v);
}

} // namespace steppe::cli
