// steppe: load knowledge graphs, check them and (in later versions) query them.
#include <exception>
#include <iostream>
#include <vector>

#include "cli/commands.hpp"

namespace {

int run(int argc, char** argv) {
    using namespace steppe::cli;
    CLI::App app("Steppe: an in-memory knowledge-graph query engine", "steppe");
    app.set_version_flag("--version", std::string("steppe ") + steppe::version());
    app.require_subcommand(1);
    app.footer("Run `steppe SUBCOMMAND --help` for the options and examples of each.\n\n"
               "Loading 50 MiB or more, steppe shows a progress bar on standard error when it\n"
               "is a terminal; STEPPE_PROGRESS_MIN_BYTES=N sets another minimum (0: always).");

    const std::vector<Command> commands{addQueryCommand(app),  addExportCommand(app),
                                        addImportCommand(app), addShellCommand(app),
                                        addCheckCommand(app),  addSchemaCommand(app)};
    try {
        app.parse(argc, argv);
    } catch (const CLI::Success& e) {
        return app.exit(e); // --help or --version
    } catch (const CLI::ParseError& e) {
        app.exit(e); // prints the message to standard error
        return kExitUsage;
    }
    for (const Command& command : commands) {
        if (command.parser->parsed()) {
            return command.run();
        }
    }
    return kExitUsage; // unreachable: a subcommand is required
}

} // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        // The library returns Status values; this is the last guard against a bug.
        std::cerr << "error: internal error: " << e.what() << "\n";
    } catch (...) {
        std::cerr << "error: internal error\n";
    }
    return steppe::cli::kExitQueryError;
}
