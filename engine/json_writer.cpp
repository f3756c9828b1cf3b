#include "engine/json_writer.hpp"

#include <cmath>
#include <span>
#include <string_view>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace steppe::engine {

namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void writeString(JsonWriter& w, std::string_view s) {
    w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

Status writeValue(JsonWriter& w, const Value& v) {
    switch (v.kind()) {
    case ValueKind::kBoolean:
        w.Bool(v.asBoolean());
        return Status::OK();
    case ValueKind::kInteger:
        w.Int64(v.asInteger());
        return Status::OK();
    case ValueKind::kFloat:
        if (!std::isfinite(v.asFloat())) {
            return Status::invalidArgument("the JSON format cannot hold the float " +
                                           v.toCypherLiteral());
        }
        w.Double(v.asFloat());
        return Status::OK();
    case ValueKind::kString:
        writeString(w, v.asString());
        return Status::OK();
    case ValueKind::kList:
        w.StartArray();
        for (const Value& item : v.asList()) {
            if (Status s = writeValue(w, item); !s.ok()) {
                return s;
            }
        }
        w.EndArray();
        return Status::OK();
    default:
        return Status::invalidArgument(std::string("the JSON format cannot hold a ") +
                                       valueKindName(v.kind()) + " as a property value");
    }
}

Status writeProperties(JsonWriter& w, const GraphStore& g, std::span<const PropertyEntry> props) {
    if (props.empty()) {
        return Status::OK();
    }
    w.Key("properties");
    w.StartObject();
    for (const PropertyEntry& p : props) {
        writeString(w, g.keyNames().name(p.key));
        if (Status s = writeValue(w, p.value); !s.ok()) {
            return s;
        }
    }
    w.EndObject();
    return Status::OK();
}

void writeCitation(JsonWriter& w, const GraphStore& g, const Citation& c) {
    w.StartObject();
    w.Key("doc");
    writeString(w, g.sources()[c.source].id);
    w.Key("quote");
    writeString(w, c.quote);
    w.EndObject();
}

// One citation is written as "source", several as "sources".
void writeCitations(JsonWriter& w, const GraphStore& g, std::span<const Citation> citations) {
    if (citations.size() == 1) {
        w.Key("source");
        writeCitation(w, g, citations.front());
    } else if (citations.size() > 1) {
        w.Key("sources");
        w.StartArray();
        for (const Citation& c : citations) {
            writeCitation(w, g, c);
        }
        w.EndArray();
    }
}

// Writes the elements of one top-level array, each on its own line.
template <typename WriteOne>
Status writeSection(std::ostream& out, const char* name, std::size_t count, bool last,
                    WriteOne writeOne) {
    out << "  \"" << name << "\": [";
    rapidjson::StringBuffer buffer;
    for (std::size_t i = 0; i < count; ++i) {
        buffer.Clear();
        JsonWriter w(buffer);
        if (Status s = writeOne(w, i); !s.ok()) {
            return s;
        }
        out << (i == 0 ? "\n    " : ",\n    ") << buffer.GetString();
    }
    out << (count == 0 ? "]" : "\n  ]") << (last ? "\n" : ",\n");
    return Status::OK();
}

} // namespace

Status writeGraphJson(const GraphStore& g, std::ostream& out) {
    out << "{\n";
    Status s = writeSection(out, "sources", g.sources().size(), false, [&](JsonWriter& w, auto i) {
        const SourceDocument& doc = g.sources()[i];
        w.StartObject();
        w.Key("id");
        writeString(w, doc.id);
        for (auto [key, value] : {std::pair{"title", &doc.title}, std::pair{"file", &doc.file},
                                  std::pair{"url", &doc.url}}) {
            if (!value->empty()) {
                w.Key(key);
                writeString(w, *value);
            }
        }
        w.EndObject();
        return Status::OK();
    });
    if (s.ok()) {
        s = writeSection(out, "nodes", g.nodeCount(), false, [&](JsonWriter& w, auto i) {
            const auto node = static_cast<NodeIndex>(i);
            w.StartObject();
            w.Key("id");
            writeString(w, g.nodeId(node));
            w.Key("labels");
            w.StartArray();
            for (LabelId label : g.labels(node)) {
                writeString(w, g.labelNames().name(label));
            }
            w.EndArray();
            if (Status p = writeProperties(w, g, g.nodeProperties().of(node)); !p.ok()) {
                return p;
            }
            writeCitations(w, g, g.nodeCitations(node));
            w.EndObject();
            return Status::OK();
        });
    }
    if (s.ok()) {
        s = writeSection(out, "edges", g.relCount(), true, [&](JsonWriter& w, auto i) {
            const auto rel = static_cast<RelIndex>(i);
            w.StartObject();
            w.Key("from");
            writeString(w, g.nodeId(g.relSource(rel)));
            w.Key("to");
            writeString(w, g.nodeId(g.relTarget(rel)));
            w.Key("type");
            writeString(w, g.typeNames().name(g.relType(rel)));
            if (Status p = writeProperties(w, g, g.relProperties().of(rel)); !p.ok()) {
                return p;
            }
            writeCitations(w, g, g.relCitations(rel));
            w.EndObject();
            return Status::OK();
        });
    }
    if (s.ok()) {
        out << "}\n";
    }
    return s;
}

} // namespace steppe::engine
