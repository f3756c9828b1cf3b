#include "cli/result_printer.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "cli/table_printer.hpp"
#include "steppe/export.hpp"

namespace steppe::cli {

namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void writeString(JsonWriter& w, const std::string& s) {
    w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

void writeJson(JsonWriter& w, const Value& v, const QueryResult& result);

void writeProperties(JsonWriter& w, const ValueMap& properties, const QueryResult& result) {
    w.StartObject();
    for (const auto& [key, value] : properties) {
        writeString(w, key);
        writeJson(w, value, result);
    }
    w.EndObject();
}

void writeNode(JsonWriter& w, NodeRef node, const QueryResult& result) {
    NodeDescription d = result.describe(node);
    w.StartObject();
    w.Key("id");
    writeString(w, d.id);
    w.Key("labels");
    w.StartArray();
    for (const std::string& label : d.labels) {
        writeString(w, label);
    }
    w.EndArray();
    w.Key("properties");
    writeProperties(w, d.properties, result);
    w.EndObject();
}

void writeRelationship(JsonWriter& w, RelRef rel, const QueryResult& result) {
    RelationshipDescription d = result.describe(rel);
    w.StartObject();
    w.Key("type");
    writeString(w, d.type);
    w.Key("from");
    writeString(w, d.startId);
    w.Key("to");
    writeString(w, d.endId);
    w.Key("properties");
    writeProperties(w, d.properties, result);
    w.EndObject();
}

// Values as cli.md describes: JSON scalars, arrays, objects; graph elements as objects.
void writeJson(JsonWriter& w, const Value& v, const QueryResult& result) {
    switch (v.kind()) {
    case ValueKind::kNull:
        w.Null();
        break;
    case ValueKind::kBoolean:
        w.Bool(v.asBoolean());
        break;
    case ValueKind::kInteger:
        w.Int64(v.asInteger());
        break;
    case ValueKind::kFloat:
        if (std::isfinite(v.asFloat())) {
            w.Double(v.asFloat());
        } else {
            w.Null(); // JSON has no NaN or infinity
        }
        break;
    case ValueKind::kString:
        writeString(w, v.asString());
        break;
    case ValueKind::kList:
        w.StartArray();
        for (const Value& item : v.asList()) {
            writeJson(w, item, result);
        }
        w.EndArray();
        break;
    case ValueKind::kMap:
        writeProperties(w, v.asMap(), result);
        break;
    case ValueKind::kNode:
        writeNode(w, v.asNode(), result);
        break;
    case ValueKind::kRelationship:
        writeRelationship(w, v.asRelationship(), result);
        break;
    case ValueKind::kPath:
        w.StartObject();
        w.Key("nodes");
        w.StartArray();
        for (NodeRef n : v.asPath().nodes) {
            writeNode(w, n, result);
        }
        w.EndArray();
        w.Key("relationships");
        w.StartArray();
        for (RelRef r : v.asPath().relationships) {
            writeRelationship(w, r, result);
        }
        w.EndArray();
        w.EndObject();
        break;
    }
}

std::string csvField(const std::string& s) {
    if (s.find_first_of(",\"\r\n") == std::string::npos) {
        return s;
    }
    std::string quoted = "\"";
    for (char c : s) {
        quoted += c == '"' ? "\"\"" : std::string(1, c);
    }
    return quoted + "\"";
}

std::string tsvField(const std::string& s) {
    std::string escaped;
    for (char c : s) {
        escaped += c == '\t' ? "\\t" : c == '\n' ? "\\n" : c == '\\' ? "\\\\" : std::string(1, c);
    }
    return escaped;
}

Value fromJson(const rapidjson::Value& json) {
    if (json.IsNull()) {
        return Value();
    }
    if (json.IsBool()) {
        return Value::boolean(json.GetBool());
    }
    if (json.IsInt64()) {
        return Value::integer(json.GetInt64());
    }
    if (json.IsNumber()) {
        return Value::floating(json.GetDouble());
    }
    if (json.IsString()) {
        return Value::string(std::string(json.GetString(), json.GetStringLength()));
    }
    if (json.IsArray()) {
        ValueList items;
        for (const auto& item : json.GetArray()) {
            items.push_back(fromJson(item));
        }
        return Value::list(std::move(items));
    }
    ValueMap entries;
    for (const auto& member : json.GetObject()) {
        entries.emplace_back(member.name.GetString(), fromJson(member.value));
    }
    return Value::map(std::move(entries));
}

} // namespace

const std::vector<std::string>& resultFormats() {
    static const std::vector<std::string> kFormats{"table", "csv",      "tsv", "json",
                                                   "jsonl", "markdown", "dot"};
    return kFormats;
}

bool parseParameter(const std::string& assignment, Parameters* parameters, std::string* error) {
    const std::size_t equals = assignment.find('=');
    if (equals == std::string::npos || equals == 0) {
        *error = "expected NAME=JSON";
        return false;
    }
    rapidjson::Document document;
    const std::string json = assignment.substr(equals + 1);
    document.Parse(json.c_str());
    if (document.HasParseError()) {
        *error = "the value is not JSON (a string needs quotes: name='\"Georgia\"')";
        return false;
    }
    (*parameters)[assignment.substr(0, equals)] = fromJson(document);
    return true;
}

void printResult(const QueryResult& result, const std::string& format, std::ostream& out) {
    PrintOptions options;
    options.format = format;
    printResult(result, options, out);
}

void printResult(const QueryResult& result, const PrintOptions& options, std::ostream& out) {
    const std::string& format = options.format;
    const auto& columns = result.columns();
    if (format == "table") {
        printTable(result, options.table, out);
        return;
    }
    if (format == "markdown") {
        printMarkdown(result, out);
        return;
    }
    if (format == "dot") {
        // The default options (LR, no clusters) are always valid: nothing here can fail but
        // the stream, which the caller checks.
        (void)writeDot(result, DotOptions(), out);
        return;
    }
    if (format == "csv" || format == "tsv") {
        const bool csv = format == "csv";
        auto field = [&](const std::string& s) { return csv ? csvField(s) : tsvField(s); };
        for (std::size_t c = 0; c < columns.size(); ++c) {
            out << (c ? (csv ? "," : "\t") : "") << field(columns[c]);
        }
        out << (csv ? "\r\n" : "\n");
        for (std::size_t r = 0; r < result.rowCount(); ++r) {
            for (std::size_t c = 0; c < columns.size(); ++c) {
                out << (c ? (csv ? "," : "\t") : "")
                    << field(plainCellText(result.row(r)[c], result));
            }
            out << (csv ? "\r\n" : "\n");
        }
        return;
    }
    // json and jsonl stream row by row, so big results never sit in memory twice.
    rapidjson::StringBuffer buffer;
    auto flush = [&]() {
        out << buffer.GetString();
        buffer.Clear();
    };
    if (format == "json") {
        JsonWriter header(buffer);
        header.StartArray();
        for (const std::string& c : columns) {
            writeString(header, c);
        }
        header.EndArray();
        out << "{\"columns\": ";
        flush();
        out << ",\n \"rows\": [";
        for (std::size_t r = 0; r < result.rowCount(); ++r) {
            JsonWriter w(buffer);
            w.StartArray();
            for (const Value& v : result.row(r)) {
                writeJson(w, v, result);
            }
            w.EndArray();
            out << (r ? ",\n  " : "\n  ");
            flush();
        }
        out << (result.rowCount() ? "\n ]}\n" : "]}\n");
        return;
    }
    for (std::size_t r = 0; r < result.rowCount(); ++r) {
        JsonWriter w(buffer);
        w.StartObject();
        for (std::size_t c = 0; c < columns.size(); ++c) {
            writeString(w, columns[c]);
            writeJson(w, result.row(r)[c], result);
        }
        w.EndObject();
        flush();
        out << "\n";
    }
}

} // namespace steppe::cli
