#include "engine/import/neo4j_csv_columns.hpp"

#include <algorithm>
#include <string_view>

#include "engine/import/typed_text.hpp"
#include "engine/spelling.hpp"
#include "steppe/export.hpp"

namespace steppe::engine {

namespace {

struct SystemColumn {
    std::string_view name;
    ColumnRole role;
};

constexpr SystemColumn kSystemColumns[] = {
    {"ID", ColumnRole::kId},
    {"LABEL", ColumnRole::kLabels},
    {"START_ID", ColumnRole::kStartId},
    {"END_ID", ColumnRole::kEndId},
    {"TYPE", ColumnRole::kType},
    {"IGNORE", ColumnRole::kIgnored},
};

struct PropertyType {
    std::string_view name;
    FieldType type;
    int bits;
};

// Neo4j's names, Neptune's ("bool"), and the temporal types, which stay text: the graph
// format has no temporal values and writes dates as ISO-8601 strings.
constexpr PropertyType kPropertyTypes[] = {
    {"string", FieldType::kString, 0},   {"int", FieldType::kInteger, 32},
    {"long", FieldType::kInteger, 64},   {"short", FieldType::kInteger, 16},
    {"byte", FieldType::kInteger, 8},    {"float", FieldType::kFloat, 0},
    {"double", FieldType::kFloat, 0},    {"boolean", FieldType::kBoolean, 0},
    {"bool", FieldType::kBoolean, 0},    {"char", FieldType::kCharacter, 0},
    {"date", FieldType::kString, 0},     {"localtime", FieldType::kString, 0},
    {"time", FieldType::kString, 0},     {"localdatetime", FieldType::kString, 0},
    {"datetime", FieldType::kString, 0}, {"duration", FieldType::kString, 0},
};

std::string lowerCase(std::string_view s) {
    std::string lower(s);
    for (char& c : lower) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return lower;
}

// Why a system column cannot be in a file of this kind, or nullptr when it can.
const char* misplaced(ColumnRole role, CsvFileKind kind) {
    const bool relationshipColumn =
        role == ColumnRole::kStartId || role == ColumnRole::kEndId || role == ColumnRole::kType;
    if (kind == CsvFileKind::kNodes && relationshipColumn) {
        return "belongs in a relationships file, not in a nodes file";
    }
    if (kind == CsvFileKind::kRelationships && role == ColumnRole::kLabels) {
        return "belongs in a nodes file, not in a relationships file";
    }
    return nullptr;
}

// Parses one header field into *column; returns an error message, or "" when it is valid.
std::string parseColumn(const std::string& header, CsvFileKind kind, std::string* hint,
                        CsvColumn* column) {
    column->header = header;
    if (header.empty()) {
        return "a column needs a header; name it, or write \":IGNORE\" to skip it";
    }
    // A point's defaults ("location:point{crs:WGS-84}") hold colons of their own.
    const std::size_t colon = header.rfind(':', header.find('{'));
    const std::string name = header.substr(0, colon == std::string::npos ? header.size() : colon);
    const std::string spec = colon == std::string::npos ? "string" : header.substr(colon + 1);
    for (const SystemColumn& system : kSystemColumns) {
        if (spec == system.name) {
            if (const char* why = misplaced(system.role, kind)) {
                return inQuotes(":" + spec) + " " + why;
            }
            column->role = system.role;
            if (system.role == ColumnRole::kId && kind == CsvFileKind::kRelationships) {
                column->role = ColumnRole::kIgnored; // Neptune's relationship ids
            }
            // `_id:ID` is how `steppe export` names the id column, so that Neo4j keeps the
            // id as a property to match nodes by; in Steppe the id is the node's own.
            column->hasKey =
                column->role == ColumnRole::kId && !name.empty() && name != kExportIdProperty;
            column->name = name;
            return {};
        }
    }
    const std::string base = spec.substr(0, spec.find('('));
    if (base != spec && (base == "ID" || base == "START_ID" || base == "END_ID")) {
        return "ID spaces are not supported (" + inQuotes(header) +
               "): node ids are global in Steppe, so write \":" + base +
               "\" when the ids are unique across all nodes";
    }
    const bool isList = spec.size() > 2 && spec.ends_with("[]");
    const std::string type = lowerCase(isList ? spec.substr(0, spec.size() - 2) : spec);
    if (type.starts_with("point")) {
        return "point values are not supported (" + inQuotes(header) + ")";
    }
    const auto known = std::find_if(std::begin(kPropertyTypes), std::end(kPropertyTypes),
                                    [&](const PropertyType& t) { return t.name == type; });
    if (known == std::end(kPropertyTypes)) {
        NearestName nearest(spec);
        for (const SystemColumn& system : kSystemColumns) {
            nearest.consider(system.name);
        }
        for (const PropertyType& t : kPropertyTypes) {
            nearest.consider(t.name);
        }
        *hint = nearest.hint();
        return "unknown column type " + inQuotes(spec) + " in " + inQuotes(header);
    }
    if (name.empty()) {
        return "a property column needs a name before " + inQuotes(":" + spec);
    }
    column->role = ColumnRole::kProperty;
    column->hasKey = true;
    column->name = name;
    column->type = known->type;
    column->bits = known->bits;
    column->isList = isList;
    return {};
}

std::string_view systemName(ColumnRole role) {
    for (const SystemColumn& system : kSystemColumns) {
        if (system.role == role) {
            return system.name;
        }
    }
    return {};
}

// One value of a property column: the whole field, or one element of a list.
std::optional<Value> readScalar(const CsvColumn& column, std::string_view text,
                                std::string* error) {
    switch (column.type) {
    case FieldType::kInteger:
        return parseInteger(text, column.bits, error);
    case FieldType::kFloat:
        return parseFloat(text, error);
    case FieldType::kBoolean:
        return parseBoolean(text, false, error);
    case FieldType::kCharacter: {
        const auto characters = std::count_if(text.begin(), text.end(), [](char c) {
            return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        });
        if (characters != 1) {
            *error = shownText(text) + " is not a single character";
            return std::nullopt;
        }
        return Value::string(std::string(text));
    }
    case FieldType::kString:
        break;
    }
    return Value::string(std::string(text));
}

} // namespace

Status parseNeo4jHeader(const CsvRecord& header, CsvFileKind kind, const CsvReader& reader,
                        GraphBuilder& builder, std::vector<CsvColumn>* columns) {
    columns->clear();
    std::vector<std::string> propertyNames;
    for (const CsvField& field : header.fields) {
        CsvColumn column;
        std::string hint;
        std::string error = parseColumn(field.text, kind, &hint, &column);
        if (error.empty() && column.role != ColumnRole::kProperty &&
            column.role != ColumnRole::kIgnored) {
            const auto first =
                std::find_if(columns->begin(), columns->end(),
                             [&](const CsvColumn& before) { return before.role == column.role; });
            if (first != columns->end()) {
                error = "a second " + inQuotes(":" + std::string(systemName(column.role))) +
                        " column; the first is " + inQuotes(first->header);
            }
        }
        if (error.empty() && column.hasKey) {
            if (std::find(propertyNames.begin(), propertyNames.end(), column.name) !=
                propertyNames.end()) {
                error = "two columns hold the property " + inQuotes(column.name);
            } else {
                propertyNames.push_back(column.name);
                column.key = builder.internKey(column.name);
            }
        }
        if (!error.empty()) {
            Status status = reader.errorAt(field.at, std::move(error));
            return hint.empty() ? status : status.withHint(hint);
        }
        columns->push_back(std::move(column));
    }
    const auto has = [&](ColumnRole role) {
        return std::any_of(columns->begin(), columns->end(),
                           [&](const CsvColumn& c) { return c.role == role; });
    };
    const char* missing = nullptr;
    if (kind == CsvFileKind::kNodes) {
        missing = has(ColumnRole::kId) ? nullptr : "a nodes file needs an \":ID\" column";
    } else {
        missing = !has(ColumnRole::kStartId) ? "a relationships file needs a \":START_ID\" column"
                  : !has(ColumnRole::kEndId) ? "a relationships file needs an \":END_ID\" column"
                  : !has(ColumnRole::kType)  ? "a relationships file needs a \":TYPE\" column"
                                             : nullptr;
    }
    if (missing != nullptr) {
        return reader.errorAt(header.fields.front().at, missing);
    }
    return Status::OK();
}

Status readFieldValue(const CsvColumn& column, const CsvField& field, std::optional<Value>* out) {
    out->reset();
    const std::string& text = field.text;
    if (text.empty()) {
        // Only a quoted empty field ("") says "an empty string" (or an empty list); an
        // unquoted one says "no such property", as in neo4j-admin.
        if (field.quoted && column.isList) {
            *out = Value::list({});
        } else if (field.quoted && column.type == FieldType::kString) {
            *out = Value::string("");
        }
        return Status::OK();
    }
    std::string error;
    if (!column.isList) {
        *out = readScalar(column, text, &error);
        return error.empty() ? Status::OK() : Status::invalidArgument(std::move(error));
    }
    ValueList items;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = std::min(text.find(';', start), text.size());
        std::optional<Value> item =
            readScalar(column, std::string_view(text).substr(start, end - start), &error);
        if (!item) {
            return Status::invalidArgument("element " + std::to_string(items.size() + 1) + ": " +
                                           error);
        }
        items.push_back(std::move(*item));
        if (end == text.size()) {
            break;
        }
        start = end + 1;
    }
    *out = Value::list(std::move(items));
    return Status::OK();
}

std::vector<LabelId> readLabels(const CsvField& field, GraphBuilder& builder) {
    std::vector<LabelId> labels;
    std::size_t start = 0;
    while (start <= field.text.size()) {
        const std::size_t end = std::min(field.text.find(';', start), field.text.size());
        if (end > start) {
            labels.push_back(
                builder.internLabel(std::string_view(field.text).substr(start, end - start)));
        }
        start = end + 1;
    }
    return labels;
}

} // namespace steppe::engine
