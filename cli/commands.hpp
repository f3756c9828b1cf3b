// The subcommands of `steppe`: each registers its options on the command line parser and
// runs when chosen.
#ifndef STEPPE_CLI_COMMANDS_HPP_
#define STEPPE_CLI_COMMANDS_HPP_

#include <functional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/exit_codes.hpp"
#include "steppe/database.hpp"

namespace steppe::cli {

// A subcommand and its action, which runs after the whole command line parsed and returns
// the exit code.
struct Command {
    CLI::App* parser;
    std::function<int()> run;
};

// Each adds one subcommand to `app`.
Command addCheckCommand(CLI::App& app);
Command addSchemaCommand(CLI::App& app);
Command addQueryCommand(CLI::App& app);
Command addShellCommand(CLI::App& app);
Command addImportCommand(CLI::App& app);
Command addExportCommand(CLI::App& app);

// Adds the repeatable `-g/--graph FILE` option that every subcommand reading a graph takes.
void addGraphOption(CLI::App& command, std::vector<std::string>& files);

// Parses --param NAME=JSON assignments; on a bad one prints why and returns false.
bool parseParameters(const std::vector<std::string>& assignments, Parameters* parameters);

// Loads files into db, with a progress bar on standard error for a big load when it is a
// terminal (cli/progress_bar.hpp); on failure prints the error to standard error and returns
// the exit code to use (kExitLoadError), else kExitOk.
int loadGraph(Database& db, const std::vector<std::string>& files, LoadReport* report);

} // namespace steppe::cli

#endif // STEPPE_CLI_COMMANDS_HPP_
