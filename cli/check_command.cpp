// `steppe check`: validates graph files and their citations, and prints what they hold.
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/progress_bar.hpp"

namespace steppe::cli {

void addGraphOption(CLI::App& command, std::vector<std::string>& files) {
    // One file per -g, so that a query after the files is not taken for one.
    command.add_option("-g,--graph", files, "a graph file (JSON); repeat for several")
        ->required()
        ->type_name("FILE")
        ->allow_extra_args(false);
}

int loadGraph(Database& db, const std::vector<std::string>& files, LoadReport* report) {
    Status status =
        loadWithProgressBar(std::cerr, standardErrorIsTerminal(), [&](const LoadOptions& options) {
            return db.loadFiles(files, options, report);
        });
    if (!status.ok()) {
        std::cerr << "error: " << status.toString() << "\n";
        return kExitLoadError;
    }
    return kExitOk;
}

Command addCheckCommand(CLI::App& app) {
    auto files = std::make_shared<std::vector<std::string>>();
    CLI::App* check = app.add_subcommand("check", "validate graph files and verify citations");
    check->footer("Every rule of the data format is checked, and every citation quote is looked\n"
                  "up in the text of its source document when that file is present.\n"
                  "Exit status: 0 valid, 2 usage error, 3 invalid.\n\n"
                  "Example:\n  steppe check -g datasets/bacac.json");
    addGraphOption(*check, *files);
    return {check, [files]() {
                Database db;
                LoadReport report;
                if (int code = loadGraph(db, *files, &report); code != kExitOk) {
                    return code;
                }
                std::cout << "ok: " << report.files << (report.files == 1 ? " file, " : " files, ")
                          << report.bytes << " bytes\n"
                          << "  nodes:         " << report.nodes << "\n"
                          << "  relationships: " << report.relationships << "\n"
                          << "  citations:     " << report.citations << " ("
                          << report.quotesVerified << " quotes verified against their source)\n";
                for (const std::string& source : report.sourcesWithoutText) {
                    std::cerr << "warning: source \"" << source
                              << "\" has no text on disk; its quotes were not verified\n";
                }
                return static_cast<int>(kExitOk);
            }};
}

} // namespace steppe::cli
