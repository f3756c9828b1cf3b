#include "engine/json_writer.hpp"

#include <cmath>
#include <span>
#include <string_view>
#include <vector>

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

// The sources the given nodes and relationships cite, in source order.
std::vector<SourceIndex> citedSources(const GraphStore& g, const std::vector<NodeIndex>& nodes,
                                      const std::vector<RelIndex>& rels) {
    std::vector<bool> cited(g.sources().size(), false);
    for (NodeIndex node : nodes) {
        for (const Citation& c : g.nodeCitations(node)) {
            cited[c.source] = true;
        }
    }
    for (RelIndex rel : rels) {
        for (const Citation& c : g.relCitations(rel)) {
            cited[c.source] = true;
        }
    }
    std::vector<SourceIndex> sources;
    for (SourceIndex s = 0; s < cited.size(); ++s) {
        if (cited[s]) {
            sources.push_back(s);
        }
    }
    return sources;
}

// Writes the document; null lists stand for every source, node or relationship.
Status writeDocument(const GraphStore& g, const std::vector<SourceIndex>* sources,
                     const std::vector<NodeIndex>* nodes, const std::vector<RelIndex>* rels,
                     std::ostream& out) {
    out << "{\n";
    const std::size_t sourceCount = sources ? sources->size() : g.sources().size();
    Status s = writeSection(out, "sources", sourceCount, false, [&](JsonWriter& w, auto i) {
        const SourceDocument& doc = g.sources()[sources ? (*sources)[i] : i];
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
    const std::size_t nodeCount = nodes ? nodes->size() : g.nodeCount();
    if (s.ok()) {
        s = writeSection(out, "nodes", nodeCount, false, [&](JsonWriter& w, auto i) {
            const auto node = nodes ? (*nodes)[i] : static_cast<NodeIndex>(i);
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
    const std::size_t relCount = rels ? rels->size() : g.relCount();
    if (s.ok()) {
        s = writeSection(out, "edges", relCount, true, [&](JsonWriter& w, auto i) {
            const auto rel = rels ? (*rels)[i] : static_cast<RelIndex>(i);
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

} // namespace

Status writeGraphJson(const GraphStore& g, std::ostream& out) {
    return writeDocument(g, nullptr, nullptr, nullptr, out);
}

Status writeGraphJson(const ExportSelection& selection, std::ostream& out) {
    const GraphStore& g = *selection.graph;
    if (selection.wholeGraph) {
        return writeDocument(g, nullptr, nullptr, nullptr, out);
    }
    const std::vector<SourceIndex> sources = citedSources(g, selection.nodes, selection.rels);
    return writeDocument(g, &sources, &selection.nodes, &selection.rels, out);
}

std::string jsonText(const Value& value) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer, rapidjson::UTF8<>, rapidjson::UTF8<>,
                      rapidjson::CrtAllocator, rapidjson::kWriteNanAndInfFlag>
        w(buffer);
    auto write = [&w](const Value& v, auto& self) -> void {
        switch (v.kind()) {
        case ValueKind::kBoolean:
            w.Bool(v.asBoolean());
            break;
        case ValueKind::kInteger:
            w.Int64(v.asInteger());
            break;
        case ValueKind::kFloat:
            w.Double(v.asFloat());
            break;
        case ValueKind::kString:
            w.String(v.asString().data(), static_cast<rapidjson::SizeType>(v.asString().size()));
            break;
        case ValueKind::kList:
            w.StartArray();
            for (const Value& item : v.asList()) {
                self(item, self);
            }
            w.EndArray();
            break;
        case ValueKind::kMap:
            w.StartObject();
            for (const auto& [key, item] : v.asMap()) {
                w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
                self(item, self);
            }
            w.EndObject();
            break;
        default: // null, and graph elements, which properties never hold
            w.Null();
        }
    };
    write(value, write);
    return std::string(buffer.GetString(), buffer.GetSize());
}

} // namespace steppe::engine
