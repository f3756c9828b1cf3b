// `steppe query`: runs one Cypher statement on graph files and prints the rows.
#include <chrono>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/query_output.hpp"
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

} // namespace

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
        ->check(CLI::IsMember(resultFormats()));
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
                    printQueryError(status, text, std::cerr);
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
