#include "engine/import/neo4j_csv_importer.hpp"

#include <optional>
#include <utility>
#include <vector>

#include "engine/import/csv_reader.hpp"
#include "engine/import/import_target.hpp"
#include "engine/import/input_file.hpp"
#include "engine/import/neo4j_csv_columns.hpp"
#include "engine/input_stream.hpp"
#include "engine/spelling.hpp"

namespace steppe::engine {

namespace {

std::string fieldCount(std::size_t n) {
    return std::to_string(n) + (n == 1 ? " field" : " fields");
}

// Reads the records of one file, after its header, into the target.
class RecordReader {
public:
    RecordReader(const std::string& path, const CsvReader& reader,
                 const std::vector<CsvColumn>& columns, ImportTarget& target)
        : path_(path), reader_(reader), columns_(columns), target_(target) {
        for (const CsvColumn& column : columns) {
            names_.push_back("column " + inQuotes(column.header));
        }
    }

    Status add(const CsvRecord& record, CsvFileKind kind) {
        const std::size_t expected = columns_.size();
        if (record.fields.size() != expected) {
            const CsvPosition& at =
                record.fields.size() > expected ? record.fields[expected].at : record.end;
            return reader_.errorAt(at, "this record has " + fieldCount(record.fields.size()) +
                                           ", the header has " + std::to_string(expected));
        }
        return kind == CsvFileKind::kNodes ? addNode(record) : addRelationship(record);
    }

private:
    Status error(std::size_t column, const CsvField& field, const std::string& message) const {
        return reader_.errorAt(field.at, names_[column] + ": " + message);
    }

    // Appends the value of a property field to properties_, if the field holds one.
    Status readProperty(std::size_t column, const CsvField& field) {
        std::optional<Value> value;
        Status status = readFieldValue(columns_[column], field, &value);
        if (!status.ok()) {
            return error(column, field, status.message());
        }
        if (value) {
            properties_.push_back({columns_[column].key, std::move(*value)});
        }
        return Status::OK();
    }

    Status addNode(const CsvRecord& record) {
        properties_.clear();
        labels_.clear();
        std::size_t idColumn = 0;
        for (std::size_t i = 0; i < columns_.size(); ++i) {
            const CsvField& field = record.fields[i];
            Status status;
            switch (columns_[i].role) {
            case ColumnRole::kId:
                if (field.text.empty()) {
                    return error(i, field, "a node needs an id");
                }
                idColumn = i;
                if (columns_[i].hasKey) {
                    properties_.push_back({columns_[i].key, Value::string(field.text)});
                }
                break;
            case ColumnRole::kLabels:
                for (LabelId label : readLabels(field, target_.builder())) {
                    labels_.push_back(label);
                }
                break;
            case ColumnRole::kProperty:
                status = readProperty(i, field);
                break;
            default:
                break;
            }
            if (!status.ok()) {
                return status;
            }
        }
        const CsvField& id = record.fields[idColumn];
        if (!target_.addNode(id.text, labels_, std::move(properties_))) {
            return error(idColumn, id, "duplicate node id " + inQuotes(id.text));
        }
        properties_.clear();
        return Status::OK();
    }

    Status addRelationship(const CsvRecord& record) {
        properties_.clear();
        std::size_t ends[2] = {0, 0}; // the :START_ID and :END_ID columns
        TypeId type = 0;
        for (std::size_t i = 0; i < columns_.size(); ++i) {
            const CsvField& field = record.fields[i];
            Status status;
            switch (columns_[i].role) {
            case ColumnRole::kStartId:
            case ColumnRole::kEndId: {
                const bool isStart = columns_[i].role == ColumnRole::kStartId;
                if (field.text.empty()) {
                    return error(i, field,
                                 isStart ? "a relationship needs a start node id"
                                         : "a relationship needs an end node id");
                }
                ends[isStart ? 0 : 1] = i;
                break;
            }
            case ColumnRole::kType:
                if (field.text.empty()) {
                    return error(i, field, "a relationship needs a type");
                }
                type = target_.builder().internType(field.text);
                break;
            case ColumnRole::kProperty:
                status = readProperty(i, field);
                break;
            default:
                break;
            }
            if (!status.ok()) {
                return status;
            }
        }
        auto endpoint = [&](std::size_t column) {
            const CsvField& field = record.fields[column];
            return Endpoint{field.text,    names_[column],  path_,
                            field.at.line, field.at.column, field.at.offset};
        };
        target_.addRelationship(endpoint(ends[0]), endpoint(ends[1]), type, std::move(properties_));
        properties_.clear();
        return Status::OK();
    }

    const std::string& path_;
    const CsvReader& reader_;
    const std::vector<CsvColumn>& columns_;
    ImportTarget& target_;
    std::vector<std::string> names_; // `column "header"`, per column, for messages
    // Reused from record to record.
    std::vector<PropertyEntry> properties_;
    std::vector<LabelId> labels_;
};

Status readFile(const std::string& path, CsvFileKind kind, ImportTarget& target,
                ReadProgress& progress, std::uint64_t* bytes) {
    FilePointer file(nullptr, &std::fclose);
    if (Status status = openInputFile(path, &file); !status.ok()) {
        return status;
    }
    InputStream stream(file.get(), &progress);
    CsvReader reader(stream, path);
    CsvRecord record;
    if (!reader.next(&record)) {
        if (!reader.status().ok()) {
            return reader.status();
        }
        return reader.errorAt(CsvPosition{},
                              kind == CsvFileKind::kNodes
                                  ? "the file is empty; a nodes file starts with a header "
                                    "line such as \":ID,:LABEL,name\""
                                  : "the file is empty; a relationships file starts with a "
                                    "header line such as \":START_ID,:END_ID,:TYPE\"");
    }
    std::vector<CsvColumn> columns;
    Status status = parseNeo4jHeader(record, kind, reader, target.builder(), &columns);
    RecordReader records(path, reader, columns, target);
    while (status.ok() && reader.next(&record)) {
        status = records.add(record, kind);
    }
    if (status.ok()) {
        status = reader.status();
    }
    *bytes += stream.Tell();
    return status;
}

} // namespace

Status importNeo4jCsv(const std::string& nodesPath, const std::string& relationshipsPath,
                      GraphBuilder& builder, ReadProgress& progress, LoadReport* report) {
    ImportTarget target(builder);
    std::uint64_t bytes = 0;
    Status status = readFile(nodesPath, CsvFileKind::kNodes, target, progress, &bytes);
    if (status.ok()) {
        status = readFile(relationshipsPath, CsvFileKind::kRelationships, target, progress, &bytes);
    }
    if (status.ok()) {
        progress.finish();
        status = target.checkEndpoints();
    }
    if (status.ok() && report != nullptr) {
        *report = LoadReport();
        report->files = 2;
        report->bytes = bytes;
        target.countInto(report);
    }
    return status;
}

} // namespace steppe::engine
