// Where the shell keeps its history: in the user's state folder (XDG Base Directory
// Specification), never in the working directory.
#ifndef STEPPE_CLI_HISTORY_FILE_HPP_
#define STEPPE_CLI_HISTORY_FILE_HPP_

#include <string>

namespace steppe::cli {

// Returns $XDG_STATE_HOME/steppe/history, else $HOME/.local/state/steppe/history, given the
// values of those variables (null when unset). Relative values are ignored, as the
// specification asks. Returns "" when neither gives a place.
std::string historyFilePath(const char* xdgStateHome, const char* home);

// Creates the folders above `file` that are missing, readable by the user only (histories
// hold queries, which may be private). On failure returns false with the reason in *error.
bool createHistoryFolder(const std::string& file, std::string* error);

} // namespace steppe::cli

#endif // STEPPE_CLI_HISTORY_FILE_HPP_
