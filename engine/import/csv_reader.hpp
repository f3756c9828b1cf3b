// CsvReader: reads the records of an RFC 4180 file one at a time, with the line and column
// where each field starts, so that an importer can point at the field it rejects.
//
// Fields are separated by commas and records by CRLF or LF (a lone CR ends a record too). A
// field holding a comma, a quote or a line break is quoted, with each quote inside it doubled.
// Blank lines are skipped, and so is a UTF-8 byte-order mark at the start. Every field must be
// valid UTF-8 without NUL bytes. Columns count Unicode code points, like every other position
// Steppe reports.
#ifndef STEPPE_ENGINE_IMPORT_CSV_READER_HPP_
#define STEPPE_ENGINE_IMPORT_CSV_READER_HPP_

#include <cstdint>
#include <string>
#include <vector>

#include "engine/input_stream.hpp"
#include "steppe/status.hpp"

namespace steppe::engine {

// A place in the file: 1-based line and column, and the byte offset.
struct CsvPosition {
    std::uint32_t line = 1;
    std::uint32_t column = 1;
    std::uint64_t offset = 0;
};

struct CsvField {
    std::string text;
    // A quoted field can say "an empty string" where an unquoted empty field says "nothing".
    bool quoted = false;
    CsvPosition at; // of its first character (the opening quote of a quoted field)
};

struct CsvRecord {
    std::vector<CsvField> fields;
    CsvPosition end; // just past the last field, where a missing field would have been
};

class CsvReader {
public:
    // Reads from `stream`; `fileName` names the file in messages.
    CsvReader(InputStream& stream, std::string fileName);

    // Reads the next record into *record. Returns false at the end of the input and on an
    // error, which status() then holds.
    bool next(CsvRecord* record);
    // OK, or the first error: a malformed field (kLoadError) or a failed read (kIoError).
    const Status& status() const { return status_; }

    // A load error at `at` in this file: "file:line:column: message".
    Status errorAt(const CsvPosition& at, std::string message) const;

private:
    // Consumes one byte and moves the position past it.
    char take();
    CsvPosition position() const;
    bool readField(CsvField* field);
    bool fail(const CsvPosition& at, std::string message);
    bool failNul();

    InputStream& stream_;
    std::string fileName_;
    std::uint32_t line_ = 1;
    std::uint32_t column_ = 1;
    Status status_;
};

} // namespace steppe::engine

#endif // STEPPE_ENGINE_IMPORT_CSV_READER_HPP_
