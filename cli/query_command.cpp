// `steppe query`: runs one Cypher statement on graph files and prints the rows.
#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>
#include <sys/ioctl.h>
#include <unistd.h>

#include "cli/commands.hpp"
#include "cli/result_printer.hpp"

namespace steppe::cli {

namespace {

struct QueryOptions {
    std::vector<std::string> files;
    std::vector<std::string> params;
    std::string format = "table";
    std::string queryFile;
    std::string query;
};

// Reads the statement from the argument, from -f FILE, or from standard input ("-").
bool readStatement(const QueryOptions& o, std::string* text) {
    std::string source = o.queryFile.empty() ? o.query : o.queryFile;
    if (!o.queryFile.empty() || o.query == "-") {
        if (source == "-") {
            *text = std::string(std::istreambuf_iterator<char>(std::cin), {});
            return true;
        }
        std::ifstream in(source);
        if (!in) {
            std::cerr << "error: cannot read the query file \"" << source << "\"\n";
            return false;
        }
        *text = std::string(std::istreambuf_iterator<char>(in), {});
        return true;
    }
    *text = o.query;
    return true;
}

// EXPLAIN shows the plan without running the query, so there are no rows to print.
bool startsWithExplain(const std::string& text) {
    std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos || text.size() - first < 7) {
        return false;
    }
    std::string word = text.substr(first, 7);
    for (char& c : word) {
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    return word == "EXPLAIN";
}

// Tables use the terminal's width and box drawing only when a person reads them there.
TableStyle tableStyleForStandardOutput(double elapsedMs) {
    TableStyle style;
    style.elapsedMs = elapsedMs;
    if (::isatty(STDOUT_FILENO) == 0) {
        return style;
    }
    style.unicode = true;
    winsize size{};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
        style.terminalWidth = size.ws_col;
    } else if (const char* columns = std::getenv("COLUMNS"); columns != nullptr) {
        style.terminalWidth = static_cast<std::size_t>(std::max(0, std::atoi(columns)));
    }
    return style;
}

} // namespace

// The line of `text` that holds `offset`, and the caret under the fault (cli.md's format).
void printQueryError(const Status& status, const std::string& text) {
    std::cerr << "error: " << statusCodeName(status.code());
    const SourceLocation& at = status.location();
    if (status.hasLocation()) {
        std::cerr << " at " << at.line << ":" << at.column;
    }
    std::cerr << ": " << status.message();
    if (!status.hint().empty()) {
        std::cerr << " (" << status.hint() << ")";
    }
    std::cerr << "\n";
    if (!status.hasLocation()) {
        return;
    }
    std::size_t lineStart = 0;
    for (std::uint32_t line = 1; line < at.line; ++line) {
        lineStart = text.find('\n', lineStart) + 1;
    }
    std::string line = text.substr(lineStart, text.find('\n', lineStart) - lineStart);
    std::cerr << "  " << line << "\n  " << std::string(at.column - 1, ' ') << "^\n";
}

bool parseParameters(const std::vector<std::string>& assignments, Parameters* parameters) {
    for (const std::string& p : assignments) {
        std::string error;
        if (!parseParameter(p, parameters, &error)) {
            std::cerr << "error: --param " << p << ": " << error << "\n";
            return false;
        }
    }
    return true;
}

Command addQueryCommand(CLI::App& app) {
    auto options = std::make_shared<QueryOptions>();
    CLI::App* query = app.add_subcommand("query", "run a Cypher query on graph files");
    query->footer(
        "Examples:\n"
        "  steppe query -g datasets/bacac.json \\\n"
        "    \"MATCH (c:Country)-[:MEMBER_OF]->(:Association {acronym: 'BACAC'}) "
        "RETURN c.name\"\n"
        "  steppe query -g datasets/bacac.json --param year=2016 --format csv \\\n"
        "    'MATCH (c:Country)-[:PARTICIPATED_IN]->(e:Event {year: $year}) RETURN c.name'\n"
        "  steppe query -g datasets/bacac.json --format markdown \\\n"
        "    'MATCH (d:Donor) RETURN d.name AS donor ORDER BY donor'\n"
        "  steppe query -g datasets/bacac.json --format dot \\\n"
        "    \"MATCH p = (:Country)-[:MEMBER_OF]->(:Association {acronym: 'BACAC'}) RETURN p\" \\\n"
        "    | dot -Tsvg -o members.svg\n"
        "A table is drawn with box lines on a terminal and in plain ASCII otherwise; values\n"
        "longer than 60 characters are cut unless the terminal is wide enough for the whole\n"
        "table. Its footer gives the rows and the time the query took. --format dot draws the\n"
        "nodes and relationships of the result (see `steppe export --help`).\n"
        "Exit status: 0 success, 1 query error, 2 usage error, 3 graph file error.");
    addGraphOption(*query, options->files);
    query->add_option("--param", options->params, "bind $NAME to a JSON value: NAME=JSON")
        ->type_name("NAME=JSON");
    query
        ->add_option("--format", options->format,
                     "table (default), csv, tsv, json, jsonl, markdown or dot (Graphviz)")
        ->check(CLI::IsMember({"table", "csv", "tsv", "json", "jsonl", "markdown", "dot"}));
    query->add_option("-f,--file", options->queryFile, "read the query from FILE ('-': stdin)")
        ->type_name("FILE");
    query->add_option("QUERY", options->query, "the query ('-' reads standard input)");
    return {query, [options]() {
                std::string text;
                if (options->query.empty() == options->queryFile.empty()) {
                    std::cerr << "error: give the query as an argument or with -f FILE\n";
                    return static_cast<int>(kExitUsage);
                }
                if (!readStatement(*options, &text)) {
                    return static_cast<int>(kExitUsage);
                }
                Parameters parameters;
                if (!parseParameters(options->params, &parameters)) {
                    return static_cast<int>(kExitUsage);
                }
                Database db;
                if (int code = loadGraph(db, options->files, nullptr); code != kExitOk) {
                    return code;
                }
                QueryResult result;
                const auto start = std::chrono::steady_clock::now();
                Status status = db.query(text, parameters, &result);
                const std::chrono::duration<double, std::milli> elapsed =
                    std::chrono::steady_clock::now() - start;
                if (!status.ok()) {
                    printQueryError(status, text);
                    return static_cast<int>(kExitQueryError);
                }
                for (const std::string& warning : result.warnings()) {
                    std::cerr << "warning: " << warning << "\n";
                }
                if (!result.plan().empty()) {
                    std::cout << result.plan(); // EXPLAIN or PROFILE
                    if (result.columns().empty() || startsWithExplain(text)) {
                        return static_cast<int>(kExitOk);
                    }
                }
                PrintOptions print;
                print.format = options->format;
                print.table = tableStyleForStandardOutput(elapsed.count());
                printResult(result, print, std::cout);
                return static_cast<int>(kExitOk);
            }};
}

} // namespace steppe::cli
