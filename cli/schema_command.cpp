// `steppe schema`: labels, relationship types (with the labels they connect), property keys
// with their value types, and counts.
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/schema_printer.hpp"

namespace steppe::cli {

Command addSchemaCommand(CLI::App& app) {
    auto files = std::make_shared<std::vector<std::string>>();
    CLI::App* schema =
        app.add_subcommand("schema", "list labels, relationship types, property keys and counts");
    schema->footer("Example:\n  steppe schema -g datasets/bacac.json");
    addGraphOption(*schema, *files);
    return {schema, [files]() {
                Database db;
                if (int code = loadGraph(db, *files, nullptr); code != kExitOk) {
                    return code;
                }
                printSchema(db.schema(), std::cout);
                return static_cast<int>(kExitOk);
            }};
}

} // namespace steppe::cli
