// The shell's statement and command loop, apart from the terminal: it takes lines (typed or
// read from a script) and runs the statements they complete and the `:` commands they are.
// The interactive front end (line_editor) and the script reader both drive one of these.
#ifndef STEPPE_CLI_SHELL_SESSION_HPP_
#define STEPPE_CLI_SHELL_SESSION_HPP_

#include <functional>
#include <map>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "cli/completion.hpp"
#include "cli/query_output.hpp"
#include "cli/statement_splitter.hpp"
#include "steppe/database.hpp"

namespace steppe::cli {

struct ShellOptions {
    std::string format = "table"; // one of resultFormats()
    // Count error positions from the start of the input (a script) rather than from the
    // start of each statement (typed one at a time).
    bool positionsFromInputStart = false;
    // `out` is standard output: tables take the style `steppe query` gives them there (box
    // lines and the terminal's width on a terminal). Otherwise they are plain ASCII.
    bool tablesForStandardOutput = false;
    // `err` is a terminal: :load draws a progress bar on it while it reads a big file
    // (cli/progress_bar.hpp).
    bool progressBars = false;
};

class ShellSession {
public:
    // Runs statements on `db`. Results (rows, plans, and what :schema, :params and :help show)
    // go to `out`; errors, warnings and notes (timings, what a command did) go to `err`, so
    // that `out` stays clean data in a script.
    ShellSession(Database& db, ShellOptions options, std::ostream& out, std::ostream& err);

    // Handles one line of input, without its line break. When no statement is pending, a
    // line that begins with `:` is a command; anything else is Cypher, and every statement
    // whose `;` the line holds runs. Does nothing once quit() has been asked for.
    void handleLine(std::string_view line);

    // The end of the input: a last statement without its `;` runs too.
    void finishInput();

    // Forgets the unfinished statement (Ctrl-C at the prompt).
    void discardPending();

    // Whether a statement is unfinished: the prompt shows that more is expected.
    bool pending() const { return splitter_.pending(); }
    // The lines of the unfinished statement, joined by line breaks ("" when none).
    std::string pendingText() const;

    // Whether :quit was given.
    bool quitRequested() const { return quit_; }

    // 0 when everything succeeded, else the exit code of the first failure: 1 for a query
    // error or a wrong command, 3 for a graph file :load could not load (docs/cli.md).
    int exitCode() const { return exitCode_; }

    // Called with each history entry, before what it holds runs (so that a statement still
    // reaches the history when the user stops it with Ctrl-C): a command, or the statements
    // of the lines since the last entry, joined into one line.
    void onHistoryEntry(std::function<void(const std::string&)> sink) {
        historySink_ = std::move(sink);
    }

    // Names to complete, from the graph as it is now and the parameters set.
    const CompletionVocabulary& vocabulary() const { return vocabulary_; }

    // One line per command: its usage and what it does.
    static std::string helpText();

private:
    struct CommandSpec;
    static const std::vector<CommandSpec>& commands();
    static std::vector<std::string> commandNames();

    void addHistoryEntry(const std::string& entry);
    void runStatement(const Statement& statement);
    void printOutcome(const QueryResult& result, std::string_view text, double milliseconds);
    void runCommand(std::string_view line);
    void fail(int exitCode);
    void refreshVocabulary();

    // The commands, one method each (shell_commands.cpp). `arguments` is the text after the
    // command's name.
    void help(std::string_view arguments);
    void schema(std::string_view arguments);
    void load(std::string_view arguments);
    void format(std::string_view arguments);
    void param(std::string_view arguments);
    void params(std::string_view arguments);
    void exportDiagram(std::string_view arguments);
    void timing(std::string_view arguments);
    void quit(std::string_view arguments);

    Database& db_;
    ShellOptions options_;
    std::ostream& out_;
    std::ostream& err_;
    StatementSplitter splitter_;
    std::vector<std::string> linesSinceEntry_; // input lines not yet in a history entry
    std::function<void(const std::string&)> historySink_;
    Parameters parameters_;
    std::map<std::string, std::string> parameterLiterals_; // for :params, as Cypher literals
    CompletionVocabulary vocabulary_;
    bool timing_ = false;
    bool quit_ = false;
    int exitCode_ = 0;
};

} // namespace steppe::cli

#endif // STEPPE_CLI_SHELL_SESSION_HPP_
