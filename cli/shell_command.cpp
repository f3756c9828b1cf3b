// `steppe shell`: an interactive prompt with line editing, history and completion on a
// terminal; a script runner when standard input is not one.
#include <clocale>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <unistd.h>

#include "cli/commands.hpp"
#include "cli/history_file.hpp"
#include "cli/line_editor.hpp"
#include "cli/progress_bar.hpp"
#include "cli/result_printer.hpp"
#include "cli/shell_session.hpp"

namespace steppe::cli {

namespace {

struct ShellCommandOptions {
    std::vector<std::string> files;
    std::string format = "table";
    bool noHistory = false;
};

constexpr const char* kPrompt = "steppe> ";
constexpr const char* kContinuation = "   ...> ";

// Statements and commands, one line at a time, without prompts: `steppe shell < script`.
int runScript(ShellSession& session) {
    std::string line;
    while (!session.quitRequested() && std::getline(std::cin, line)) {
        session.handleLine(line);
    }
    session.finishInput();
    return session.exitCode();
}

// Keeps the history in the user's state folder, or says why it cannot.
void keepHistory(LineEditor& editor) {
    const std::string path = historyFilePath(std::getenv("XDG_STATE_HOME"), std::getenv("HOME"));
    std::string error;
    if (path.empty()) {
        std::cerr << "warning: neither XDG_STATE_HOME nor HOME is set; the history is not kept\n";
    } else if (!createHistoryFolder(path, &error)) {
        std::cerr << "warning: " << error << "; the history is not kept\n";
    } else if (!editor.useHistoryFile(path)) {
        std::cerr << "warning: cannot read the history file " << path << "\n";
    }
}

int runInteractive(ShellSession& session, const Database& db, const ShellCommandOptions& o) {
    std::setlocale(LC_CTYPE, ""); // so that libedit reads the terminal's UTF-8
    // Prompts and editing go to the terminal even when the results are redirected.
    std::FILE* terminal = ::isatty(STDOUT_FILENO) ? stdout : stderr;
    LineEditor editor("steppe", stdin, terminal, [&session](std::string_view line) {
        return complete(session.pendingText(), line, session.vocabulary());
    });
    if (!o.noHistory) {
        keepHistory(editor);
    }
    const Schema schema = db.schema();
    std::fprintf(terminal,
                 "steppe %s: %llu nodes, %llu relationships. Statements end with ';', "
                 ":help lists the commands.\n",
                 version(), static_cast<unsigned long long>(schema.nodes),
                 static_cast<unsigned long long>(schema.relationships));
    bool historyWarned = false;
    session.onHistoryEntry([&](const std::string& entry) {
        if (!editor.addHistory(entry) && !historyWarned) {
            std::cerr << "warning: cannot write the history file\n";
            historyWarned = true;
        }
    });
    while (!session.quitRequested()) {
        std::string line;
        const LineEditor::Read read =
            editor.readLine(session.pending() ? kContinuation : kPrompt, &line);
        if (read == LineEditor::Read::kEnd) {
            std::fputs("\n", terminal);
            break;
        }
        if (read == LineEditor::Read::kInterrupted) {
            session.discardPending();
            continue;
        }
        session.handleLine(line);
    }
    session.onHistoryEntry(nullptr); // the editor goes away with this function
    return kExitOk;                  // errors were shown as they happened
}

} // namespace

Command addShellCommand(CLI::App& app) {
    auto options = std::make_shared<ShellCommandOptions>();
    CLI::App* shell = app.add_subcommand("shell", "an interactive prompt for Cypher and commands");
    shell->footer(
        "On a terminal: line editing, history (up arrow, Ctrl-R) kept in\n"
        "$XDG_STATE_HOME/steppe/history (else ~/.local/state/steppe/history), Tab completion\n"
        "of labels, relationship types, property keys, keywords and commands. Statements end\n"
        "with ';'; :help lists the commands.\n"
        "Without a terminal it runs a script: statements end with ';', commands stand on their\n"
        "own line, results go to standard output, errors to standard error.\n\n"
        "Examples:\n"
        "  steppe shell -g datasets/bacac.json\n"
        "  steppe shell -g datasets/bacac.json --format csv < questions.cypher\n"
        "Exit status: 0 success, 1 a statement or command failed (in a script), 2 usage error,\n"
        "3 graph file error (of -g or, in a script, of the first failed :load).");
    shell->add_option("-g,--graph", options->files, "a graph file (JSON) to load; repeatable")
        ->type_name("FILE")
        ->allow_extra_args(false);
    shell
        ->add_option("--format", options->format,
                     "table (default), csv, tsv, json, jsonl, markdown or dot (Graphviz)")
        ->check(CLI::IsMember(resultFormats()));
    shell->add_flag("--no-history", options->noHistory, "neither read nor write the history file");
    return {shell, [options]() {
                Database db;
                if (!options->files.empty()) {
                    if (int code = loadGraph(db, options->files, nullptr); code != kExitOk) {
                        return code;
                    }
                }
                const bool terminal = ::isatty(STDIN_FILENO) == 1;
                ShellOptions shellOptions;
                shellOptions.format = options->format;
                shellOptions.positionsFromInputStart = !terminal;
                shellOptions.tablesForStandardOutput = true;
                shellOptions.progressBars = standardErrorIsTerminal();
                ShellSession session(db, shellOptions, std::cout, std::cerr);
                return terminal ? runInteractive(session, db, *options) : runScript(session);
            }};
}

} // namespace steppe::cli
