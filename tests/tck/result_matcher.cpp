#include "tests/tck/result_matcher.hpp"

#include <algorithm>

#include "tests/tck/value_conversion.hpp"

namespace steppe::tck {

namespace {

// At most this many rows are quoted in one message; the rest are counted.
constexpr std::size_t kRowsQuoted = 3;

std::string renderHeader(const std::vector<std::string>& columns) {
    std::string text = "|";
    for (const std::string& column : columns) {
        text += " " + column + " |";
    }
    return text;
}

bool rowsMatch(const std::vector<TckValue>& a, const std::vector<TckValue>& b, ListOrder lists) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [&](const TckValue& x, const TckValue& y) { return matches(x, y, lists); });
}

std::string quoteRows(const std::vector<const std::vector<TckValue>*>& rows) {
    std::string text;
    for (std::size_t i = 0; i < rows.size() && i < kRowsQuoted; ++i) {
        text += (i == 0 ? " " : ", ") + renderRow(*rows[i]);
    }
    if (rows.size() > kRowsQuoted) {
        text += ", ...";
    }
    return text;
}

std::string compareInOrder(const ResultTable& expected, const ResultTable& actual,
                           ListOrder lists) {
    const std::size_t common = std::min(expected.rows.size(), actual.rows.size());
    for (std::size_t i = 0; i < common; ++i) {
        if (!rowsMatch(expected.rows[i], actual.rows[i], lists)) {
            return "row " + std::to_string(i + 1) + " differs: expected " +
                   renderRow(expected.rows[i]) + ", got " + renderRow(actual.rows[i]);
        }
    }
    if (expected.rows.size() != actual.rows.size()) {
        std::string text = "expected " + std::to_string(expected.rows.size()) + " rows, got " +
                           std::to_string(actual.rows.size());
        if (actual.rows.size() > common) {
            text += "; first extra row " + renderRow(actual.rows[common]);
        } else {
            text += "; first missing row " + renderRow(expected.rows[common]);
        }
        return text;
    }
    return {};
}

// Multiset comparison. Greedy pairing is exact because row matching is an equivalence.
std::string compareAnyOrder(const ResultTable& expected, const ResultTable& actual,
                            ListOrder lists) {
    std::vector<bool> used(actual.rows.size(), false);
    std::vector<const std::vector<TckValue>*> missing;
    for (const std::vector<TckValue>& want : expected.rows) {
        bool found = false;
        for (std::size_t j = 0; j < actual.rows.size() && !found; ++j) {
            if (!used[j] && rowsMatch(want, actual.rows[j], lists)) {
                used[j] = found = true;
            }
        }
        if (!found) {
            missing.push_back(&want);
        }
    }
    std::vector<const std::vector<TckValue>*> extra;
    for (std::size_t j = 0; j < actual.rows.size(); ++j) {
        if (!used[j]) {
            extra.push_back(&actual.rows[j]);
        }
    }
    if (missing.empty() && extra.empty()) {
        return {};
    }
    std::string text = "expected " + std::to_string(expected.rows.size()) + " rows, got " +
                       std::to_string(actual.rows.size());
    if (!missing.empty()) {
        text += "; " + std::to_string(missing.size()) + " missing:" + quoteRows(missing);
    }
    if (!extra.empty()) {
        text += "; " + std::to_string(extra.size()) + " unexpected:" + quoteRows(extra);
    }
    return text;
}

} // namespace

std::optional<ResultTable> parseExpectedTable(const DataTable& table, std::string* error) {
    if (table.empty()) {
        *error = "the expected result has no header row";
        return std::nullopt;
    }
    ResultTable expected;
    expected.columns = table.front();
    for (std::size_t r = 1; r < table.size(); ++r) {
        if (table[r].size() != expected.columns.size()) {
            *error = "expected row " + std::to_string(r) + " has " +
                     std::to_string(table[r].size()) + " cells for " +
                     std::to_string(expected.columns.size()) + " columns";
            return std::nullopt;
        }
        std::vector<TckValue>& row = expected.rows.emplace_back();
        for (const std::string& cell : table[r]) {
            std::optional<TckValue> value = parseTckValue(cell, error);
            if (!value) {
                *error = "cannot read expected row " + std::to_string(r) + ": " + *error;
                return std::nullopt;
            }
            row.push_back(std::move(*value));
        }
    }
    return expected;
}

ResultTable convertResult(const QueryResult& result) {
    ResultTable table;
    table.columns = result.columns();
    table.rows.reserve(result.rowCount());
    for (std::size_t i = 0; i < result.rowCount(); ++i) {
        std::vector<TckValue>& row = table.rows.emplace_back();
        for (const Value& value : result.row(i)) {
            row.push_back(fromEngineValue(value, result));
        }
    }
    return table;
}

std::string compareResults(const ResultTable& expected, const ResultTable& actual, RowOrder rows,
                           ListOrder lists) {
    if (expected.columns != actual.columns) {
        return "columns differ: expected " + renderHeader(expected.columns) + ", got " +
               renderHeader(actual.columns);
    }
    return rows == RowOrder::kInOrder ? compareInOrder(expected, actual, lists)
                                      : compareAnyOrder(expected, actual, lists);
}

std::string renderRow(const std::vector<TckValue>& row) {
    std::string text = "|";
    for (const TckValue& value : row) {
        text += " " + render(value) + " |";
    }
    return text;
}

std::string renderTable(const ResultTable& table) {
    std::string text = renderHeader(table.columns) + "\n";
    for (const std::vector<TckValue>& row : table.rows) {
        text += renderRow(row) + "\n";
    }
    return text;
}

} // namespace steppe::tck
