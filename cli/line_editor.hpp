// Line editing on a terminal with libedit: prompts, cursor movement, history (recalled with
// the arrow keys, kept in a file) and Tab completion. Nothing outside this file sees libedit.
#ifndef STEPPE_CLI_LINE_EDITOR_HPP_
#define STEPPE_CLI_LINE_EDITOR_HPP_

#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "cli/completion.hpp"

namespace steppe::cli {

class LineEditor {
public:
    // Given the line up to the cursor, says what could complete the word there.
    using Completer = std::function<Completion(std::string_view line)>;

    // Edits lines read from the terminal `in`, drawing on `out`.
    LineEditor(const char* program, std::FILE* in, std::FILE* out, Completer completer);
    ~LineEditor();
    LineEditor(const LineEditor&) = delete;
    LineEditor& operator=(const LineEditor&) = delete;

    enum class Read { kLine, kInterrupted, kEnd };
    // Shows `prompt` and reads one line (without its line break) into *line. Returns kEnd at
    // the end of input (Ctrl-D on an empty line), kInterrupted when the user pressed Ctrl-C.
    Read readLine(const std::string& prompt, std::string* line);

    // Keeps the history in `path`: reads what it holds now, and rewrites it after every new
    // entry (so a killed shell loses nothing). Returns false when the file exists but cannot
    // be read.
    bool useHistoryFile(const std::string& path);

    // Adds an entry to the history (and to its file, if any). On failure to write the file,
    // returns false; the entry is still in the history of this session.
    bool addHistory(const std::string& entry);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace steppe::cli

#endif // STEPPE_CLI_LINE_EDITOR_HPP_
