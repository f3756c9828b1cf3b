// The table printer: box drawing, cutting long values unless the terminal is wide, timing.
#include <sstream>

#include <gtest/gtest.h>

#include "cli/table_printer.hpp"
#include "steppe/database.hpp"

namespace steppe::cli {
namespace {

std::string tableOf(const std::string& query, const TableStyle& style) {
    Database db;
    QueryResult result;
    Status status = db.query(query, &result);
    EXPECT_TRUE(status.ok()) << status.toString();
    std::ostringstream out;
    printTable(result, style, out);
    return out.str();
}

const std::string kLong = std::string(40, 'a') + "é" + std::string(39, 'b'); // 80 code points

std::string repeated(const std::string& piece, int times) {
    std::string out;
    for (int i = 0; i < times; ++i) {
        out += piece;
    }
    return out;
}

TEST(TablePrinter, CutsLongValuesOnANarrowTerminalWithAnEllipsis) {
    TableStyle style;
    style.unicode = true;
    style.terminalWidth = 80;
    style.elapsedMs = 0.3;
    const std::string cut = "'" + std::string(40, 'a') + "é" + std::string(17, 'b') + "…";
    const std::string rule = repeated("─", 62);
    EXPECT_EQ(tableOf("RETURN '" + kLong + "' AS v", style),
              "┌" + rule + "┐\n│ v" + std::string(59, ' ') + " │\n├" + rule + "┤\n│ " + cut +
                  " │\n└" + rule + "┘\n1 row (0.3 ms)\n");
}

TEST(TablePrinter, KeepsLongValuesWholeWhenTheTerminalIsWide) {
    TableStyle style;
    style.unicode = true;
    style.terminalWidth = 200;
    const std::string table = tableOf("RETURN '" + kLong + "' AS v", style);
    EXPECT_NE(table.find("│ '" + kLong + "' │\n"), std::string::npos) << table;
    EXPECT_TRUE(table.ends_with("\n1 row\n")) << "no time given, none shown";
}

TEST(TablePrinter, AlignsColumnsByCharactersNotBytes) {
    const std::string table = tableOf("RETURN 'Türkiye' AS a, 'x' AS b", TableStyle());
    EXPECT_EQ(table, "a         | b\n----------+----\n'Türkiye' | 'x'\n1 row\n");
}

TEST(TablePrinter, ShowsLongTimesInSeconds) {
    TableStyle style;
    style.elapsedMs = 1534;
    EXPECT_TRUE(tableOf("RETURN 1 AS one", style).ends_with("\n1 row (1.53 s)\n"));
}

} // namespace
} // namespace steppe::cli
