// `steppe import`: reads a graph that another tool wrote (Neo4j's bulk-import CSV pair, or
// GraphML) and writes it as a Steppe graph file.
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/progress_bar.hpp"

namespace steppe::cli {

namespace {

struct ImportOptions {
    std::string from;
    std::vector<std::string> files;
    std::string output;
};

int runImport(const ImportOptions& options) {
    const bool csv = options.from == "neo4j-csv";
    const std::size_t expected = csv ? 2 : 1;
    if (options.files.size() != expected) {
        std::cerr << "error: --from " << options.from << " takes "
                  << (csv ? "two files, NODES.csv and RELATIONSHIPS.csv" : "one file") << ", not "
                  << options.files.size() << "\n";
        return kExitUsage;
    }
    Database db;
    LoadReport report;
    Status status = loadWithProgressBar(
        std::cerr, standardErrorIsTerminal(), [&](const LoadOptions& loadOptions) {
            return csv ? db.importNeo4jCsv(options.files[0], options.files[1], loadOptions, &report)
                       : db.importGraphML(options.files[0], loadOptions, &report);
        });
    if (!status.ok()) {
        std::cerr << "error: " << status.toString() << "\n";
        return kExitLoadError;
    }
    if (options.output.empty()) {
        std::cout << db.toJson() << std::flush;
        if (!std::cout) {
            std::cerr << "error: cannot write the graph to standard output\n";
            return kExitLoadError;
        }
        return kExitOk;
    }
    // saveJson writes a temporary file and renames it, so a failure leaves no partial file.
    status = db.saveJson(options.output);
    if (!status.ok()) {
        std::cerr << "error: " << status.toString() << "\n";
        return kExitLoadError;
    }
    std::cout << "imported " << report.nodes << (report.nodes == 1 ? " node" : " nodes") << " and "
              << report.relationships
              << (report.relationships == 1 ? " relationship" : " relationships") << " into "
              << options.output << "\n";
    return kExitOk;
}

} // namespace

Command addImportCommand(CLI::App& app) {
    auto options = std::make_shared<ImportOptions>();
    CLI::App* command = app.add_subcommand(
        "import", "convert a graph from Neo4j's bulk-import CSV or GraphML to a graph file");
    command->footer(
        "Formats:\n"
        "  neo4j-csv  the CSV pair of `neo4j-admin database import` (read by Amazon Neptune\n"
        "             too): NODES.csv with a header like `:ID,:LABEL,name,founded:int` and\n"
        "             RELATIONSHIPS.csv with one like `:START_ID,:END_ID,:TYPE,since:int`.\n"
        "             Labels and list elements are joined by ';'; an empty field means no\n"
        "             property; RFC 4180 quoting. `_id:ID`, as `steppe export` writes it, is\n"
        "             the id only.\n"
        "  graphml    GraphML as NetworkX, Gephi, yEd, Neo4j's APOC and `steppe export` write\n"
        "             it: node ids are kept (or taken from a node key `_id`, which `steppe\n"
        "             export` writes), typed <key> attributes become properties (lists with\n"
        "             attr.list), a node key `labels` (`:A:B` or `A;B`) gives labels, an edge\n"
        "             key or attribute `label` the relationship type (else a key `type`, else\n"
        "             RELATED_TO).\n"
        "The graph is checked as strictly as a JSON graph file: duplicate ids, relationship\n"
        "ends that name no node and values of the wrong type are errors, shown as\n"
        "FILE:LINE:COLUMN: message. Without -o the graph is written to standard output.\n"
        "Exit status: 0 success, 2 usage error, 3 the input could not be imported or the\n"
        "output not written (then no output file is left behind).\n\n"
        "Examples:\n"
        "  steppe import --from neo4j-csv nodes.csv relationships.csv -o graph.json\n"
        "  steppe import --from graphml network.graphml > graph.json\n"
        "  steppe import --from graphml network.graphml -o graph.json && \\\n"
        "    steppe query -g graph.json 'MATCH (n) RETURN count(n)'");
    command->add_option("--from", options->from, "the input format: neo4j-csv or graphml")
        ->required()
        ->check(CLI::IsMember({"neo4j-csv", "graphml"}));
    command->add_option("FILES", options->files, "the input file(s)")->required();
    command
        ->add_option("-o,--output", options->output,
                     "write the graph file here instead of to standard output")
        ->type_name("OUT.json");
    return {command, [options]() { return runImport(*options); }};
}

} // namespace steppe::cli
