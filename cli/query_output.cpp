#include "cli/query_output.hpp"

#include <cctype>
#include <string>

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

} // namespace steppe::cli
