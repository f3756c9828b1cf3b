#include "cli/query_output.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string>
#include <sys/ioctl.h>
#include <unistd.h>

namespace steppe::cli {

void printQueryError(const Status& status, std::string_view text, std::ostream& err,
                     TextOrigin origin) {
    const SourceLocation& at = status.location();
    const int line = static_cast<int>(at.line) + origin.lines;
    const int column = static_cast<int>(at.column) + (at.line == 1 ? origin.columns : 0);
    const bool located = status.hasLocation() && line >= 1 && column >= 1;
    err << "error: " << statusCodeName(status.code());
    if (located) {
        err << " at " << line << ":" << column;
    }
    err << ": " << status.message();
    if (!status.hint().empty()) {
        err << " (" << status.hint() << ")";
    }
    err << "\n";
    if (!located) {
        return;
    }
    std::size_t lineStart = 0;
    for (std::uint32_t l = 1; l < at.line && lineStart != std::string_view::npos; ++l) {
        lineStart = text.find('\n', lineStart);
        lineStart = lineStart == std::string_view::npos ? lineStart : lineStart + 1;
    }
    if (lineStart == std::string_view::npos) {
        return;
    }
    const std::string_view faulty = text.substr(lineStart, text.find('\n', lineStart) - lineStart);
    err << "  " << faulty << "\n  " << std::string(at.column - 1, ' ') << "^\n";
}

bool startsWithExplain(std::string_view text) {
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos || text.size() - first < 7) {
        return false;
    }
    std::string word(text.substr(first, 7));
    for (char& c : word) {
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    return word == "EXPLAIN";
}

TableStyle tableStyleForStandardOutput(double elapsedMs) {
    TableStyle style;
    style.elapsedMs = elapsedMs;
    if (::isatty(STDOUT_FILENO) == 0) {
        return style;
    }
    style.unicode = true;
    winsize size{};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
        style.terminalWidth = size.ws_col;
    } else if (const char* columns = std::getenv("COLUMNS"); columns != nullptr) {
        style.terminalWidth = static_cast<std::size_t>(std::max(0, std::atoi(columns)));
    }
    return style;
}

} // namespace steppe::cli
