// The shell's `:` commands, one ShellSession method each.
#include <algorithm>
#include <cctype>

#include "cli/exit_codes.hpp"
#include "cli/progress_bar.hpp"
#include "cli/result_printer.hpp"
#include "cli/schema_printer.hpp"
#include "cli/shell_export.hpp"
#include "cli/shell_session.hpp"

namespace steppe::cli {

struct ShellSession::CommandSpec {
    std::string_view name;
    std::string_view usage;
    std::string_view summary;
    void (ShellSession::*run)(std::string_view arguments);
};

namespace {

std::string_view trimmed(std::string_view text) {
    const std::size_t first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

// Takes the first word off `text`: up to white space, or between quotes (' or ") so that a
// file name may hold spaces. Returns false with *error set for an unterminated quote, and
// false with *error empty when there is no word.
bool takeWord(std::string_view* text, std::string* word, std::string* error) {
    std::string_view rest = trimmed(*text);
    word->clear();
    error->clear();
    if (rest.empty()) {
        return false;
    }
    std::size_t end;
    if (rest[0] == '\'' || rest[0] == '"') {
        const std::size_t close = rest.find(rest[0], 1);
        if (close == std::string_view::npos) {
            *error = "unterminated quote in " + std::string(rest);
            return false;
        }
        *word = rest.substr(1, close - 1);
        end = close + 1;
    } else {
        end = std::min(rest.find_first_of(" \t"), rest.size());
        *word = rest.substr(0, end);
    }
    *text = rest.substr(end);
    return true;
}

bool isParameterName(std::string_view name) {
    auto letter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; };
    return !name.empty() && letter(name[0]) && std::all_of(name.begin(), name.end(), [&](char c) {
        return letter(c) || std::isdigit(static_cast<unsigned char>(c));
    });
}

std::string formatList() {
    std::string list;
    const auto& formats = resultFormats();
    for (std::size_t i = 0; i < formats.size(); ++i) {
        list += (i == 0 ? "" : i + 1 == formats.size() ? " or " : ", ") + formats[i];
    }
    return list;
}

} // namespace

const std::vector<ShellSession::CommandSpec>& ShellSession::commands() {
    static const std::vector<CommandSpec> kCommands{
        {"help", ":help", "list the commands", &ShellSession::help},
        {"schema", ":schema", "labels, relationship types, property keys and counts",
         &ShellSession::schema},
        {"load", ":load FILE...", "add graph files to the graph; on an error nothing is added",
         &ShellSession::load},
        {"format", ":format [FMT]",
         "print results as table, csv, tsv, json, jsonl, markdown or dot (as `steppe query`)",
         &ShellSession::format},
        {"param", ":param NAME => VALUE",
         "set $NAME to a Cypher value, e.g. :param year => 2016, :param name => 'Georgia'",
         &ShellSession::param},
        {"params", ":params", "list the parameters set", &ShellSession::params},
        {"export", ":export dot FILE [QUERY]",
         "write a Graphviz diagram of the graph, or of what QUERY returns",
         &ShellSession::exportDiagram},
        {"timing", ":timing [on|off]", "print how long each statement takes",
         &ShellSession::timing},
        {"quit", ":quit", "leave the shell (also :exit or Ctrl-D)", &ShellSession::quit},
    };
    return kCommands;
}

std::vector<std::string> ShellSession::commandNames() {
    std::vector<std::string> names;
    for (const CommandSpec& command : commands()) {
        names.emplace_back(command.name);
    }
    std::sort(names.begin(), names.end());
    return names;
}

std::string ShellSession::helpText() {
    std::string text = "Statements end with ';' and may span lines. Tab completes labels, "
                       "relationship\ntypes, property keys, keywords and commands.\n\n";
    for (const CommandSpec& command : commands()) {
        std::string usage(command.usage);
        usage.resize(std::max<std::size_t>(usage.size() + 2, 28), ' ');
        text += "  " + usage + std::string(command.summary) + "\n";
    }
    return text;
}

void ShellSession::runCommand(std::string_view line) {
    line = trimmed(line);
    if (line.back() == ';') {
        line = trimmed(line.substr(0, line.size() - 1)); // the habit of ending with `;`
    }
    const std::size_t nameEnd = std::min(line.find_first_of(" \t"), line.size());
    std::string_view name = line.substr(1, nameEnd - 1);
    if (name == "exit") {
        name = "quit";
    }
    for (const CommandSpec& command : commands()) {
        if (command.name == name) {
            (this->*command.run)(trimmed(line.substr(nameEnd)));
            return;
        }
    }
    err_ << "error: unknown command :" << name << " (:help lists the commands)\n";
    fail(kExitQueryError);
}

void ShellSession::help(std::string_view /*arguments*/) {
    out_ << helpText();
}

void ShellSession::schema(std::string_view /*arguments*/) {
    printSchema(db_.schema(), out_);
}

void ShellSession::load(std::string_view arguments) {
    std::vector<std::string> files;
    std::string file;
    std::string error;
    while (takeWord(&arguments, &file, &error)) {
        files.push_back(file);
    }
    if (!error.empty() || files.empty()) {
        err_ << "error: " << (error.empty() ? "usage: :load FILE..." : error) << "\n";
        fail(kExitQueryError);
        return;
    }
    LoadReport report;
    Status status =
        loadWithProgressBar(err_, options_.progressBars, [&](const LoadOptions& loadOptions) {
            return db_.loadFiles(files, loadOptions, &report);
        });
    if (!status.ok()) {
        err_ << "error: " << status.toString() << "\n";
        fail(kExitLoadError);
        return;
    }
    err_ << "loaded " << report.nodes << " nodes and " << report.relationships
         << " relationships from " << report.files << (report.files == 1 ? " file\n" : " files\n");
    for (const std::string& source : report.sourcesWithoutText) {
        err_ << "warning: source \"" << source
             << "\" has no text on disk; its quotes were not verified\n";
    }
    refreshVocabulary();
}

void ShellSession::format(std::string_view arguments) {
    if (arguments.empty()) {
        out_ << options_.format << "\n";
        return;
    }
    const auto& formats = resultFormats();
    if (std::find(formats.begin(), formats.end(), arguments) == formats.end()) {
        err_ << "error: unknown format \"" << arguments << "\" (use " << formatList() << ")\n";
        fail(kExitQueryError);
        return;
    }
    options_.format = arguments;
}

void ShellSession::param(std::string_view arguments) {
    const std::size_t arrow = arguments.find("=>");
    std::string_view name = trimmed(arguments.substr(0, arrow));
    if (!name.empty() && name[0] == '$') {
        name.remove_prefix(1);
    }
    const std::string_view value =
        arrow == std::string_view::npos ? "" : trimmed(arguments.substr(arrow + 2));
    if (!isParameterName(name) || value.empty()) {
        err_ << "error: usage: :param NAME => VALUE, e.g. :param name => 'Georgia'\n";
        fail(kExitQueryError);
        return;
    }
    // The engine evaluates the value, so every Cypher literal (and expression) works. The
    // value goes on a line of its own, so that an error's position is the value's.
    const std::string text = "RETURN\n" + std::string(value);
    QueryResult result;
    Status status = db_.query(text, parameters_, &result);
    if (status.ok() && (result.columns().size() != 1 || result.rowCount() != 1)) {
        status = Status::invalidArgument("the value must be a single expression");
    }
    if (!status.ok()) {
        printQueryError(status, text, err_, TextOrigin{-1, 0});
        fail(kExitQueryError);
        return;
    }
    const std::string key(name);
    parameters_[key] = result.row(0)[0];
    parameterLiterals_[key] = result.toCypherLiteral(result.row(0)[0]);
    refreshVocabulary();
}

void ShellSession::params(std::string_view /*arguments*/) {
    if (parameterLiterals_.empty()) {
        err_ << "no parameters are set (:param NAME => VALUE sets one)\n";
    }
    for (const auto& [name, literal] : parameterLiterals_) {
        out_ << "$" << name << " => " << literal << "\n";
    }
}

void ShellSession::exportDiagram(std::string_view arguments) {
    std::string kind;
    std::string file;
    std::string error;
    if (!takeWord(&arguments, &kind, &error) || kind != "dot" ||
        !takeWord(&arguments, &file, &error)) {
        err_ << "error: " << (error.empty() ? "usage: :export dot FILE [QUERY]" : error) << "\n";
        fail(kExitQueryError);
        return;
    }
    const std::string_view query = trimmed(arguments);
    QueryResult result;
    if (!query.empty()) {
        Status status = db_.query(query, parameters_, &result);
        if (!status.ok()) {
            printQueryError(status, query, err_);
            fail(kExitQueryError);
            return;
        }
        for (const std::string& warning : result.warnings()) {
            err_ << "warning: " << warning << "\n";
        }
    }
    Status status = exportDot(db_, query.empty() ? nullptr : &result, file);
    if (!status.ok()) {
        err_ << "error: " << status.toString() << "\n";
        fail(kExitQueryError);
        return;
    }
    err_ << "wrote " << file << "\n";
}

void ShellSession::timing(std::string_view arguments) {
    if (arguments.empty()) {
        out_ << "timing is " << (timing_ ? "on" : "off") << "\n";
    } else if (arguments == "on" || arguments == "off") {
        timing_ = arguments == "on";
    } else {
        err_ << "error: usage: :timing on|off\n";
        fail(kExitQueryError);
    }
}

void ShellSession::quit(std::string_view /*arguments*/) {
    quit_ = true;
}

} // namespace steppe::cli
