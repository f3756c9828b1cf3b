// `steppe export`: writes a graph, or what a query returned, as a diagram (Graphviz DOT, or
// SVG/PNG/PDF through Graphviz), GraphML, a Cypher script, the Neo4j CSV pair or JSON.
#include <filesystem>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/graphviz_render.hpp"
#include "cli/output_file.hpp"
#include "cli/query_output.hpp"
#include "steppe/export.hpp"

namespace steppe::cli {

namespace {

struct ExportOptions {
    std::vector<std::string> files;
    std::vector<std::string> params;
    std::string format;
    std::string query;
    std::string output;
    std::string render;
    DotOptions dot;
    bool noLegend = false;
};

// Options that only make sense together; checked before anything is loaded.
bool checkCombination(const ExportOptions& o, const CLI::App& command) {
    auto given = [&](const char* name) { return command.count(name) > 0; };
    const char* problem = nullptr;
    if (o.format != "dot" && (given("--rankdir") || given("--cluster-by") || given("--no-legend") ||
                              given("--render"))) {
        problem = "--rankdir, --cluster-by, --no-legend and --render need --format dot";
    } else if (!o.render.empty() && o.output.empty()) {
        problem = "--render needs -o FILE, the image to write";
    } else if (o.format == "neo4j-csv" && o.output.empty()) {
        problem = "--format neo4j-csv needs -o DIRECTORY for nodes.csv and relationships.csv";
    }
    if (problem != nullptr) {
        std::cerr << "error: " << problem << "\n";
        return false;
    }
    return true;
}

bool holdsGraphElements(const Value& v) {
    switch (v.kind()) {
    case ValueKind::kNode:
    case ValueKind::kRelationship:
    case ValueKind::kPath:
        return true;
    case ValueKind::kList:
        return std::any_of(v.asList().begin(), v.asList().end(), holdsGraphElements);
    case ValueKind::kMap:
        return std::any_of(v.asMap().begin(), v.asMap().end(),
                           [](const auto& entry) { return holdsGraphElements(entry.second); });
    default:
        return false;
    }
}

bool resultHoldsGraphElements(const QueryResult& result) {
    for (std::size_t r = 0; r < result.rowCount(); ++r) {
        const auto& row = result.row(r);
        if (std::any_of(row.begin(), row.end(), holdsGraphElements)) {
            return true;
        }
    }
    return false;
}

// Writes one single-stream format of the graph or the result to `out`.
template <typename Source>
Status writeFormat(const Source& source, const ExportOptions& o, std::ostream& out) {
    if (o.format == "dot") {
        return writeDot(source, o.dot, out);
    }
    if (o.format == "graphml") {
        return writeGraphml(source, out);
    }
    if (o.format == "cypher") {
        return writeCypherScript(source, out);
    }
    return writeGraphJson(source, out);
}

int fail(const std::string& message) {
    std::cerr << "error: " << message << "\n";
    return kExitUsage;
}

template <typename Source>
int writeCsvPair(const Source& source, const std::string& directory) {
    std::error_code failure;
    std::filesystem::create_directories(directory, failure);
    if (failure) {
        return fail("cannot create the directory \"" + directory + "\": " + failure.message());
    }
    OutputFile nodes(directory + "/nodes.csv");
    OutputFile relationships(directory + "/relationships.csv");
    std::string error;
    if (!nodes.open(&error) || !relationships.open(&error)) {
        return fail(error);
    }
    if (Status s = writeNeo4jCsv(source, nodes.stream(), relationships.stream()); !s.ok()) {
        return fail(s.toString());
    }
    if (!nodes.commit(&error) || !relationships.commit(&error)) {
        return fail(error);
    }
    return kExitOk;
}

template <typename Source>
int writeExport(const Source& source, const ExportOptions& o, const std::string& dotProgram) {
    if (o.format == "neo4j-csv") {
        return writeCsvPair(source, o.output);
    }
    std::string error;
    if (o.output.empty()) {
        // Buffered, so that a failure half-way prints nothing.
        std::ostringstream text;
        if (Status s = writeFormat(source, o, text); !s.ok()) {
            return fail(s.toString());
        }
        std::cout << text.str() << std::flush;
        return std::cout ? kExitOk : fail("cannot write to standard output");
    }
    OutputFile file(o.output);
    if (o.render.empty()) {
        if (!file.open(&error)) {
            return fail(error);
        }
        if (Status s = writeFormat(source, o, file.stream()); !s.ok()) {
            return fail(s.toString());
        }
    } else {
        std::ostringstream dot;
        if (Status s = writeFormat(source, o, dot); !s.ok()) {
            return fail(s.toString());
        }
        if (!renderWithGraphviz(dotProgram, dot.str(), o.render, file.temporaryPath(), &error)) {
            return fail(error);
        }
    }
    return file.commit(&error) ? kExitOk : fail(error);
}

int runExport(ExportOptions& o, const CLI::App& command) {
    if (!checkCombination(o, command)) {
        return kExitUsage;
    }
    std::string dotProgram;
    if (!o.render.empty()) {
        dotProgram = findOnPath("dot");
        if (dotProgram.empty()) {
            return fail("--render needs Graphviz's `dot` program, which is not on PATH; "
                        "install Graphviz: apt-get install graphviz");
        }
    }
    o.dot.legend = !o.noLegend;
    Parameters parameters;
    if (!parseParameters(o.params, &parameters)) {
        return kExitUsage;
    }
    Database db;
    if (int code = loadGraph(db, o.files, nullptr); code != kExitOk) {
        return code;
    }
    if (o.query.empty()) {
        return writeExport(db, o, dotProgram);
    }
    QueryResult result;
    if (Status status = db.query(o.query, parameters, &result); !status.ok()) {
        printQueryError(status, o.query, std::cerr);
        return kExitQueryError;
    }
    for (const std::string& warning : result.warnings()) {
        std::cerr << "warning: " << warning << "\n";
    }
    if (!resultHoldsGraphElements(result)) {
        std::cerr << "warning: the query returned no nodes, relationships or paths, so the "
                     "export is empty; return them (e.g. RETURN n, r or RETURN p) to export them\n";
    }
    return writeExport(result, o, dotProgram);
}

} // namespace

Command addExportCommand(CLI::App& app) {
    auto options = std::make_shared<ExportOptions>();
    CLI::App* command = app.add_subcommand(
        "export", "write the graph, or what a query returns, as a diagram or for other tools");
    command->footer(
        "Formats:\n"
        "  dot        Graphviz diagram; nodes styled by label with a legend, citation quotes\n"
        "             as tooltips. --render svg|png|pdf runs Graphviz's dot to draw it.\n"
        "  graphml    for Gephi, yEd and NetworkX\n"
        "  cypher     one Cypher statement per line (.cypherl) for Neo4j, Memgraph, FalkorDB\n"
        "  neo4j-csv  nodes.csv and relationships.csv for `neo4j-admin database import` and\n"
        "             Amazon Neptune, written into the directory -o names (created if needed)\n"
        "  json       the loading format of steppe, citations included\n"
        "Without -q the whole graph is exported; with -q, every node, relationship and path\n"
        "the query returns. Without -o the export goes to standard output. A file is written\n"
        "completely or not at all. docs/scale-out.md describes each format.\n\n"
        "Examples:\n"
        "  steppe export -g datasets/bacac.json --format dot --render svg -o bacac.svg\n"
        "  steppe export -g datasets/bacac.json --format dot --rankdir TB --cluster-by year \\\n"
        "    -q 'MATCH p = (:Country)-[:PARTICIPATED_IN]->(:Event) RETURN p' -o events.dot\n"
        "  steppe export -g datasets/bacac.json --format cypher -o bacac.cypherl\n"
        "  steppe export -g datasets/bacac.json --format neo4j-csv -o import/\n\n"
        "Exit status: 0 success, 1 query error, 2 usage error (bad options, an output that\n"
        "cannot be written, Graphviz missing or failing for --render, or data the format\n"
        "cannot hold), 3 graph file error.");
    addGraphOption(*command, options->files);
    command->add_option("--format", options->format, "dot, graphml, cypher, neo4j-csv or json")
        ->required()
        ->check(CLI::IsMember({"dot", "graphml", "cypher", "neo4j-csv", "json"}));
    command->add_option("-q,--query", options->query, "export what this query returns")
        ->type_name("QUERY");
    command->add_option("--param", options->params, "bind $NAME to a JSON value: NAME=JSON")
        ->type_name("NAME=JSON");
    command
        ->add_option("-o,--output", options->output,
                     "the file to write (a directory for neo4j-csv); default: standard output")
        ->type_name("OUT");
    command->add_option("--rankdir", options->dot.rankdir, "dot: layout direction, LR or TB")
        ->check(CLI::IsMember({"LR", "TB"}));
    command
        ->add_option("--cluster-by", options->dot.clusterBy,
                     "dot: draw nodes with the same value of this property in one box")
        ->type_name("PROPERTY");
    command->add_flag("--no-legend", options->noLegend, "dot: leave out the legend of styles");
    command->add_option("--render", options->render, "dot: draw it with Graphviz into -o FILE")
        ->check(CLI::IsMember({"svg", "png", "pdf"}));
    return {command, [options, command]() { return runExport(*options, *command); }};
}

} // namespace steppe::cli
