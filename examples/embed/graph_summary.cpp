// Loads graph files given on the command line and prints their labels and relationship types:
// the smallest useful program on Steppe's public API.
#include <iostream>
#include <string>
#include <vector>

#include "steppe/database.hpp"

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: graph_summary GRAPH.json...\n";
        return 2;
    }
    steppe::Database db;
    steppe::LoadReport report;
    steppe::Status status =
        db.loadFiles(std::vector<std::string>(argv + 1, argv + argc), {}, &report);
    if (!status.ok()) {
        std::cerr << status.toString() << "\n";
        return 3;
    }
    steppe::Schema schema = db.schema();
    std::cout << schema.nodes << " nodes, " << schema.relationships << " relationships\n";
    for (const steppe::LabelSummary& label : schema.labels) {
        std::cout << "  :" << label.name << " " << label.nodes << "\n";
    }
    for (const steppe::RelTypeSummary& type : schema.relationshipTypes) {
        std::cout << "  -[:" << type.name << "]- " << type.relationships << "\n";
    }
    return 0;
}
