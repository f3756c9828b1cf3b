#include "cli/table_printer.hpp"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "cli/text_width.hpp"

namespace steppe::cli {

namespace {

using Row = std::vector<std::string>;

// Box drawing on a terminal: corners and joints of the top, middle and bottom rules.
struct BoxRule {
    const char* left;
    const char* joint;
    const char* right;
};
constexpr BoxRule kTop = {"┌", "┬", "┐"};
constexpr BoxRule kMiddle = {"├", "┼", "┤"};
constexpr BoxRule kBottom = {"└", "┴", "┘"};

std::string repeated(const char* piece, std::size_t times) {
    std::string out;
    for (std::size_t i = 0; i < times; ++i) {
        out += piece;
    }
    return out;
}

std::string footer(std::size_t rows, double elapsedMs) {
    std::string text = std::to_string(rows) + (rows == 1 ? " row" : " rows");
    if (elapsedMs >= 0) {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, elapsedMs < 1000 ? " (%.1f ms)" : " (%.2f s)",
                      elapsedMs < 1000 ? elapsedMs : elapsedMs / 1000);
        text += buffer;
    }
    return text;
}

std::vector<std::size_t> columnWidths(const Row& header, const std::vector<Row>& rows) {
    std::vector<std::size_t> widths;
    for (const std::string& name : header) {
        widths.push_back(displayWidth(name));
    }
    for (const Row& row : rows) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            widths[c] = std::max(widths[c], displayWidth(row[c]));
        }
    }
    return widths;
}

// Cuts long cells, unless the table fits a terminal that is wide enough for it whole.
void fitCells(Row& header, std::vector<Row>& rows, const TableStyle& style) {
    const std::vector<std::size_t> widths = columnWidths(header, rows);
    std::size_t total = 0;
    for (std::size_t width : widths) {
        total += width + 3; // the cell, a space either side and one rule
    }
    if (style.terminalWidth > 0 && total + 1 <= style.terminalWidth) {
        return;
    }
    const char* ellipsis = style.unicode ? "…" : "...";
    auto cut = [&](std::string& cell) { cell = truncateToWidth(cell, kMaxCellWidth, ellipsis); };
    std::for_each(header.begin(), header.end(), cut);
    for (Row& row : rows) {
        std::for_each(row.begin(), row.end(), cut);
    }
}

void printBoxRule(std::ostream& out, const std::vector<std::size_t>& widths, const BoxRule& rule) {
    out << rule.left;
    for (std::size_t c = 0; c < widths.size(); ++c) {
        out << (c ? rule.joint : "") << repeated("─", widths[c] + 2);
    }
    out << rule.right << "\n";
}

// ASCII draws only the rule under the header, "----+----".
void printAsciiRule(std::ostream& out, const std::vector<std::size_t>& widths) {
    for (std::size_t c = 0; c < widths.size(); ++c) {
        out << (c ? "-+-" : "") << std::string(widths[c], '-');
    }
    out << "\n";
}

void printCells(std::ostream& out, const Row& row, const std::vector<std::size_t>& widths,
                bool unicode) {
    if (unicode) {
        out << "│";
    }
    for (std::size_t c = 0; c < row.size(); ++c) {
        const std::string padding(widths[c] - displayWidth(row[c]), ' ');
        if (unicode) {
            out << " " << row[c] << padding << " │";
        } else {
            // Nothing follows the last column, so it is not padded: no trailing spaces.
            out << (c ? " | " : "") << row[c] << (c + 1 < row.size() ? padding : "");
        }
    }
    out << "\n";
}

std::string markdownCell(std::string text) {
    std::string out;
    for (char c : text) {
        if (c == '|') {
            out += "\\|";
        } else if (c == '\n') {
            out += "<br>";
        } else if (c != '\r') {
            out += c;
        }
    }
    return out;
}

} // namespace

std::string plainCellText(const Value& v, const QueryResult& result) {
    if (v.isNull()) {
        return {};
    }
    if (v.kind() == ValueKind::kString) {
        return v.asString();
    }
    return result.toCypherLiteral(v);
}

void printTable(const QueryResult& result, const TableStyle& style, std::ostream& out) {
    Row header = result.columns();
    std::vector<Row> rows;
    for (std::size_t r = 0; r < result.rowCount(); ++r) {
        Row row;
        for (const Value& v : result.row(r)) {
            row.push_back(result.toCypherLiteral(v));
        }
        rows.push_back(std::move(row));
    }
    fitCells(header, rows, style);
    const std::vector<std::size_t> widths = columnWidths(header, rows);
    if (!header.empty()) {
        if (style.unicode) {
            printBoxRule(out, widths, kTop);
        }
        printCells(out, header, widths, style.unicode);
        if (style.unicode) {
            printBoxRule(out, widths, kMiddle);
        } else {
            printAsciiRule(out, widths);
        }
        for (const Row& row : rows) {
            printCells(out, row, widths, style.unicode);
        }
        if (style.unicode) {
            printBoxRule(out, widths, kBottom);
        }
    }
    out << footer(result.rowCount(), style.elapsedMs) << "\n";
}

void printMarkdown(const QueryResult& result, std::ostream& out) {
    const auto& columns = result.columns();
    if (columns.empty()) {
        return;
    }
    out << "|";
    for (const std::string& name : columns) {
        out << " " << markdownCell(name) << " |";
    }
    out << "\n|";
    for (std::size_t c = 0; c < columns.size(); ++c) {
        bool numeric = result.rowCount() > 0;
        bool anyNumber = false;
        for (std::size_t r = 0; r < result.rowCount(); ++r) {
            const Value& v = result.row(r)[c];
            numeric = numeric && (v.isNumber() || v.isNull());
            anyNumber = anyNumber || v.isNumber();
        }
        out << (numeric && anyNumber ? " ---: |" : " --- |");
    }
    out << "\n";
    for (std::size_t r = 0; r < result.rowCount(); ++r) {
        out << "|";
        for (const Value& v : result.row(r)) {
            out << " " << markdownCell(plainCellText(v, result)) << " |";
        }
        out << "\n";
    }
}

} // namespace steppe::cli
