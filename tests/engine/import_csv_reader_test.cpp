// Tests of the RFC 4180 reader behind the Neo4j CSV import: quoting (commas, quotes, line
// breaks inside fields), line endings (LF, CRLF, CR), the byte-order mark, blank lines, the
// position of every field, and each malformed input with its exact message and position.
//
// Positions are worked out by hand from the texts below; columns count code points.

#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "engine/import/csv_reader.hpp"
#include "engine/input_stream.hpp"

namespace steppe::engine {
namespace {

// Every record of `text` as its fields' texts; fails the test on a reader error.
std::vector<std::vector<std::string>> records(std::string_view text) {
    InputStream stream(text);
    CsvReader reader(stream, "t.csv");
    std::vector<std::vector<std::string>> all;
    CsvRecord record;
    while (reader.next(&record)) {
        std::vector<std::string>& fields = all.emplace_back();
        for (const CsvField& field : record.fields) {
            fields.push_back(field.text);
        }
    }
    EXPECT_TRUE(reader.status().ok()) << reader.status().toString();
    return all;
}

// The records of `text` with each field's line:column, e.g. "a@1:1".
std::vector<std::string> positions(std::string_view text) {
    InputStream stream(text);
    CsvReader reader(stream, "t.csv");
    std::vector<std::string> all;
    CsvRecord record;
    while (reader.next(&record)) {
        for (const CsvField& field : record.fields) {
            all.push_back(field.text + "@" + std::to_string(field.at.line) + ":" +
                          std::to_string(field.at.column));
        }
    }
    EXPECT_TRUE(reader.status().ok()) << reader.status().toString();
    return all;
}

// The error that reading all of `text` ends with, as toString() renders it.
std::string readError(std::string_view text) {
    InputStream stream(text);
    CsvReader reader(stream, "t.csv");
    CsvRecord record;
    while (reader.next(&record)) {
    }
    EXPECT_FALSE(reader.status().ok()) << "no error in: " << text;
    EXPECT_EQ(reader.status().code(), StatusCode::kLoadError);
    return reader.status().toString();
}

using Records = std::vector<std::vector<std::string>>;

TEST(CsvReaderTest, PlainFieldsAndRecords) {
    EXPECT_EQ(records("a,b\nc,d\n"), (Records{{"a", "b"}, {"c", "d"}}));
    EXPECT_EQ(records("a,b\nc,d"), (Records{{"a", "b"}, {"c", "d"}})); // no final line break
    EXPECT_EQ(records("one\n"), (Records{{"one"}}));
    EXPECT_EQ(records(""), Records{});
}

TEST(CsvReaderTest, EmptyFieldsAndTrailingComma) {
    EXPECT_EQ(records("a,,c\n,\n"), (Records{{"a", "", "c"}, {"", ""}}));
    EXPECT_EQ(records("a,\n"), (Records{{"a", ""}}));
    EXPECT_EQ(records("a,"), (Records{{"a", ""}}));
}

TEST(CsvReaderTest, QuotedFieldsHoldCommasQuotesAndLineBreaks) {
    EXPECT_EQ(records("\"x,y\",\"say \"\"hi\"\"\",\"\"\"\"\n"),
              (Records{{"x,y", "say \"hi\"", "\""}}));
    // A line break inside quotes is part of the field, as written (LF or CRLF).
    EXPECT_EQ(records("\"line 1\nline 2\",b\n\"crlf\r\nkept\",c\r\n"),
              (Records{{"line 1\nline 2", "b"}, {"crlf\r\nkept", "c"}}));
    EXPECT_EQ(records("\"\",\"\"\n"), (Records{{"", ""}}));
}

TEST(CsvReaderTest, QuotedAndUnquotedEmptyFieldsAreToldApart) {
    InputStream stream(std::string_view("\"\",\n"));
    CsvReader reader(stream, "t.csv");
    CsvRecord record;
    ASSERT_TRUE(reader.next(&record));
    ASSERT_EQ(record.fields.size(), 2u);
    EXPECT_TRUE(record.fields[0].quoted);
    EXPECT_FALSE(record.fields[1].quoted);
}

TEST(CsvReaderTest, LineEndings) {
    EXPECT_EQ(records("a,b\r\nc,d\r\n"), (Records{{"a", "b"}, {"c", "d"}}));
    EXPECT_EQ(records("a,b\rc,d\r"), (Records{{"a", "b"}, {"c", "d"}})); // old Mac files
    EXPECT_EQ(records("a\r\nb\nc\rd"), (Records{{"a"}, {"b"}, {"c"}, {"d"}}));
}

TEST(CsvReaderTest, BlankLinesAreSkipped) {
    EXPECT_EQ(records("\n\na\n\r\n\nb\n\n"), (Records{{"a"}, {"b"}}));
    EXPECT_EQ(positions("a\n\r\n\nb\n"), (std::vector<std::string>{"a@1:1", "b@4:1"}));
}

TEST(CsvReaderTest, ByteOrderMarkIsSkippedAndTakesNoColumn) {
    EXPECT_EQ(records("\xEF\xBB\xBF:ID,name\n"), (Records{{":ID", "name"}}));
    EXPECT_EQ(positions("\xEF\xBB\xBFx,y"), (std::vector<std::string>{"x@1:1", "y@1:3"}));
}

TEST(CsvReaderTest, FieldPositionsCountCodePointsAndLines) {
    // "Қаз" is three characters in six bytes; a quoted field spans two lines.
    EXPECT_EQ(
        positions("Қаз,x,\"y\"\n\"a\nb\",c\r\nd"),
        (std::vector<std::string>{"Қаз@1:1", "x@1:5", "y@1:7", "a\nb@2:1", "c@3:4", "d@4:1"}));
}

TEST(CsvReaderTest, RecordEndIsWhereAMissingFieldWouldBe) {
    InputStream stream(std::string_view("ab,c\r\nx"));
    CsvReader reader(stream, "t.csv");
    CsvRecord record;
    ASSERT_TRUE(reader.next(&record));
    EXPECT_EQ(record.end.line, 1u);
    EXPECT_EQ(record.end.column, 5u);
    EXPECT_EQ(record.end.offset, 4u);
    ASSERT_TRUE(reader.next(&record));
    EXPECT_EQ(record.end.line, 2u);
    EXPECT_EQ(record.end.column, 2u);
}

TEST(CsvReaderTest, UnterminatedQuotedField) {
    EXPECT_EQ(readError("a,b\nc,\"open\nnever closed\n"),
              "t.csv:2:3: a quoted field has no closing quote");
}

TEST(CsvReaderTest, TextAfterClosingQuote) {
    EXPECT_EQ(readError("a,\"quoted\"tail,b\n"),
              "t.csv:1:11: text after the closing quote of a field (a quote inside a quoted "
              "field is written twice: \"\")");
    EXPECT_EQ(readError("\"a\" ,b\n"), "t.csv:1:4: text after the closing quote of a field (a "
                                       "quote inside a quoted field is written twice: \"\")");
}

TEST(CsvReaderTest, QuoteInsideUnquotedField) {
    EXPECT_EQ(readError("a,say \"hi\"\n"),
              "t.csv:1:7: a quote inside an unquoted field (quote the whole field and write the "
              "quote twice: \"\")");
    // A space before the opening quote makes the field unquoted.
    EXPECT_EQ(readError("a, \"b\"\n"), "t.csv:1:4: a quote inside an unquoted field (quote the "
                                       "whole field and write the quote twice: \"\")");
}

TEST(CsvReaderTest, InvalidUtf8IsReportedAtItsField) {
    EXPECT_EQ(readError("ok,fine\nok,\xC3\x28,x\n"),
              "t.csv:2:4: the field is not valid UTF-8 text");
    EXPECT_EQ(readError("\"\xFF\"\n"), "t.csv:1:1: the field is not valid UTF-8 text");
    // A sequence cut short at the end of the field.
    EXPECT_EQ(readError("a,\xE2\x82\n"), "t.csv:1:3: the field is not valid UTF-8 text");
}

TEST(CsvReaderTest, NulByteIsRefused) {
    const std::string_view unquoted("ab\0c\n", 5);
    EXPECT_EQ(readError(unquoted), "t.csv:1:3: a NUL byte is not allowed in CSV text (if the "
                                   "file is UTF-16, save it as UTF-8)");
    const std::string_view quoted("x,\"\0\"\n", 6);
    EXPECT_EQ(readError(quoted), "t.csv:1:4: a NUL byte is not allowed in CSV text (if the "
                                 "file is UTF-16, save it as UTF-8)");
}

TEST(CsvReaderTest, ReadsAcrossChunkBoundaries) {
    // A file read in chunks of 4 bytes: fields, quotes and CRLF fall across chunk edges.
    const std::string text = "id,\"na,me\"\r\n\"x\"\"y\",\"multi\nline\"\r\nlast,one";
    std::FILE* file = std::tmpfile();
    ASSERT_NE(file, nullptr);
    std::fwrite(text.data(), 1, text.size(), file);
    std::rewind(file);
    InputStream stream(file, 4);
    CsvReader reader(stream, "t.csv");
    Records all;
    CsvRecord record;
    while (reader.next(&record)) {
        std::vector<std::string>& fields = all.emplace_back();
        for (const CsvField& field : record.fields) {
            fields.push_back(field.text);
        }
    }
    std::fclose(file);
    EXPECT_TRUE(reader.status().ok()) << reader.status().toString();
    EXPECT_EQ(all, (Records{{"id", "na,me"}, {"x\"y", "multi\nline"}, {"last", "one"}}));
}

} // namespace
} // namespace steppe::engine
