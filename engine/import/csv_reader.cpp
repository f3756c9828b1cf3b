#include "engine/import/csv_reader.hpp"

#include <cerrno>
#include <cstring>
#include <utility>

#include <rapidjson/encodings.h>
#include <rapidjson/memorystream.h>

namespace steppe::engine {

namespace {

// Where RapidJSON's validator copies what it reads; the copy is not needed.
struct DiscardStream {
    void Put(char) {}
};

bool isValidUtf8(const std::string& text) {
    rapidjson::MemoryStream in(text.data(), text.size());
    DiscardStream out;
    while (in.Tell() < text.size()) {
        if (!rapidjson::UTF8<char>::Validate(in, out)) {
            return false;
        }
    }
    return true;
}

bool isUtf8Continuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

} // namespace

CsvReader::CsvReader(InputStream& stream, std::string fileName)
    : stream_(stream), fileName_(std::move(fileName)) {}

CsvPosition CsvReader::position() const {
    return CsvPosition{line_, column_, stream_.Tell()};
}

char CsvReader::take() {
    const char c = stream_.Take();
    if (c == '\n' || (c == '\r' && stream_.Peek() != '\n')) {
        ++line_;
        column_ = 1;
    } else if (c != '\r' && !isUtf8Continuation(c)) {
        ++column_;
    }
    return c;
}

Status CsvReader::errorAt(const CsvPosition& at, std::string message) const {
    return Status::loadError(std::move(message),
                             SourceLocation{fileName_, at.line, at.column, at.offset, 0});
}

bool CsvReader::fail(const CsvPosition& at, std::string message) {
    status_ = errorAt(at, std::move(message));
    return false;
}

bool CsvReader::failNul() {
    // Text files do not hold NUL bytes; UTF-16 text holds one in every ASCII character.
    return fail(position(), "a NUL byte is not allowed in CSV text (if the file is UTF-16, "
                            "save it as UTF-8)");
}

bool CsvReader::next(CsvRecord* record) {
    record->fields.clear();
    if (!status_.ok()) {
        return false;
    }
    while (!stream_.atEnd() && (stream_.Peek() == '\n' || stream_.Peek() == '\r')) {
        take(); // a blank line holds no record
    }
    if (stream_.atEnd()) {
        if (stream_.readFailed()) {
            status_ = Status::ioError("cannot read \"" + fileName_ + "\": " + std::strerror(errno));
        }
        return false;
    }
    while (true) {
        CsvField& field = record->fields.emplace_back();
        if (!readField(&field)) {
            return false;
        }
        if (stream_.atEnd() || stream_.Peek() != ',') {
            break;
        }
        take();
    }
    record->end = position();
    if (!stream_.atEnd() && take() == '\r' && stream_.Peek() == '\n') {
        take();
    }
    return true;
}

bool CsvReader::readField(CsvField* field) {
    field->at = position();
    field->quoted = stream_.Peek() == '"' && !stream_.atEnd();
    if (field->quoted) {
        take();
        while (true) {
            if (stream_.atEnd()) {
                return fail(field->at, "a quoted field has no closing quote");
            }
            if (stream_.Peek() == '\0') {
                return failNul();
            }
            const char c = take();
            if (c != '"') {
                field->text += c;
            } else if (!stream_.atEnd() && stream_.Peek() == '"') {
                field->text += take(); // a doubled quote stands for one
            } else {
                break;
            }
        }
        if (!stream_.atEnd() && stream_.Peek() != ',' && stream_.Peek() != '\r' &&
            stream_.Peek() != '\n') {
            return fail(position(), "text after the closing quote of a field (a quote inside a "
                                    "quoted field is written twice: \"\")");
        }
    } else {
        while (!stream_.atEnd() && stream_.Peek() != ',' && stream_.Peek() != '\r' &&
               stream_.Peek() != '\n') {
            if (stream_.Peek() == '"') {
                return fail(position(), "a quote inside an unquoted field (quote the whole field "
                                        "and write the quote twice: \"\")");
            }
            if (stream_.Peek() == '\0') {
                return failNul();
            }
            field->text += take();
        }
    }
    if (!isValidUtf8(field->text)) {
        return fail(field->at, "the field is not valid UTF-8 text");
    }
    return true;
}

} // namespace steppe::engine
