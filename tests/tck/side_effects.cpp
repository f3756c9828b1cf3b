#include "tests/tck/side_effects.hpp"

#include <algorithm>
#include <array>
#include <charconv>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace steppe::tck {

namespace {

struct Counter {
    std::string_view key;
    std::int64_t SideEffects::*field;
};

constexpr std::array<Counter, 8> kCounters = {{
    {"+nodes", &SideEffects::addedNodes},
    {"-nodes", &SideEffects::removedNodes},
    {"+relationships", &SideEffects::addedRelationships},
    {"-relationships", &SideEffects::removedRelationships},
    {"+labels", &SideEffects::addedLabels},
    {"-labels", &SideEffects::removedLabels},
    {"+properties", &SideEffects::addedProperties},
    {"-properties", &SideEffects::removedProperties},
}};

std::string compactJson(const rapidjson::Value& value) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    value.Accept(writer);
    return std::string(buffer.GetString(), buffer.GetSize());
}

std::string stringMember(const rapidjson::Value& object, const char* key) {
    const auto it = object.FindMember(key);
    if (it == object.MemberEnd() || !it->value.IsString()) {
        return {};
    }
    return std::string(it->value.GetString(), it->value.GetStringLength());
}

PropertyList propertiesOf(const rapidjson::Value& object) {
    PropertyList properties;
    const auto it = object.FindMember("properties");
    if (it != object.MemberEnd() && it->value.IsObject()) {
        for (const auto& member : it->value.GetObject()) {
            properties.emplace_back(member.name.GetString(), compactJson(member.value));
        }
    }
    std::sort(properties.begin(), properties.end());
    return properties;
}

const rapidjson::Value* arrayMember(const rapidjson::Value& object, const char* key) {
    const auto it = object.FindMember(key);
    return it != object.MemberEnd() && it->value.IsArray() ? &it->value : nullptr;
}

// Entity-key-value triples, each joined into one string for set arithmetic.
using TripleSet = std::set<std::string>;

void addTriples(const std::string& entity, const PropertyList& properties, TripleSet& triples) {
    for (const auto& [key, value] : properties) {
        std::string triple = entity;
        triple.append(1, '\x1f').append(key).append(1, '\x1f').append(value);
        triples.insert(std::move(triple));
    }
}

template <typename Set>
std::int64_t countMissingFrom(const Set& a, const Set& b) { // |a \ b|
    std::int64_t n = 0;
    for (const auto& x : a) {
        n += b.count(x) == 0 ? 1 : 0;
    }
    return n;
}

// Relationships of one (from, to, type) group, by their index in the snapshot.
struct Group {
    std::vector<std::size_t> before;
    std::vector<std::size_t> after;
};

} // namespace

bool parseGraphSnapshot(std::string_view json, GraphSnapshot* snapshot, std::string* error) {
    rapidjson::Document doc;
    // Full precision, so a float property reads back as the very double that was written.
    doc.Parse<rapidjson::kParseFullPrecisionFlag>(json.data(), json.size());
    if (doc.HasParseError()) {
        *error = std::string("the graph dump is not valid JSON: ") +
                 rapidjson::GetParseError_En(doc.GetParseError()) + " at offset " +
                 std::to_string(doc.GetErrorOffset());
        return false;
    }
    if (!doc.IsObject()) {
        *error = "the graph dump is not a JSON object";
        return false;
    }
    *snapshot = GraphSnapshot();
    if (const rapidjson::Value* nodes = arrayMember(doc, "nodes")) {
        for (const rapidjson::Value& node : nodes->GetArray()) {
            if (!node.IsObject()) {
                continue;
            }
            snapshot->nodes[stringMember(node, "id")] = propertiesOf(node);
            if (const rapidjson::Value* labels = arrayMember(node, "labels")) {
                for (const rapidjson::Value& label : labels->GetArray()) {
                    if (label.IsString()) {
                        snapshot->labels.insert(label.GetString());
                    }
                }
            }
        }
    }
    if (const rapidjson::Value* edges = arrayMember(doc, "edges")) {
        for (const rapidjson::Value& edge : edges->GetArray()) {
            if (edge.IsObject()) {
                snapshot->relationships.push_back({stringMember(edge, "from"),
                                                   stringMember(edge, "to"),
                                                   stringMember(edge, "type"), propertiesOf(edge)});
            }
        }
    }
    return true;
}

SideEffects diffSnapshots(const GraphSnapshot& before, const GraphSnapshot& after) {
    SideEffects effects;
    TripleSet triplesBefore;
    TripleSet triplesAfter;
    std::set<std::string> idsBefore;
    std::set<std::string> idsAfter;
    for (const auto& [id, properties] : before.nodes) {
        idsBefore.insert(id);
        addTriples("n:" + id, properties, triplesBefore);
    }
    for (const auto& [id, properties] : after.nodes) {
        idsAfter.insert(id);
        addTriples("n:" + id, properties, triplesAfter);
    }
    effects.addedNodes = countMissingFrom(idsAfter, idsBefore);
    effects.removedNodes = countMissingFrom(idsBefore, idsAfter);
    effects.addedLabels = countMissingFrom(after.labels, before.labels);
    effects.removedLabels = countMissingFrom(before.labels, after.labels);

    std::map<std::string, Group> groups;
    const auto groupKey = [](const GraphSnapshot::Relationship& r) {
        return r.from + '\x1f' + r.to + '\x1f' + r.type;
    };
    for (std::size_t i = 0; i < before.relationships.size(); ++i) {
        groups[groupKey(before.relationships[i])].before.push_back(i);
    }
    for (std::size_t i = 0; i < after.relationships.size(); ++i) {
        groups[groupKey(after.relationships[i])].after.push_back(i);
    }
    for (const auto& [key, group] : groups) {
        // The entity name of a relationship is "r:" plus its index in `before`; a created one
        // is "r+" plus its index in `after`.
        std::vector<bool> afterPaired(group.after.size(), false);
        std::vector<std::string> afterEntity(group.after.size());
        std::vector<std::size_t> unpairedBefore;
        for (std::size_t b : group.before) {
            bool paired = false;
            for (std::size_t k = 0; k < group.after.size() && !paired; ++k) {
                if (!afterPaired[k] && after.relationships[group.after[k]].properties ==
                                           before.relationships[b].properties) {
                    afterPaired[k] = true;
                    afterEntity[k] = "r:" + std::to_string(b);
                    paired = true;
                }
            }
            if (!paired) {
                unpairedBefore.push_back(b);
            }
            addTriples("r:" + std::to_string(b), before.relationships[b].properties, triplesBefore);
        }
        std::size_t next = 0; // pairs the rest in order: same relationship, properties changed
        for (std::size_t k = 0; k < group.after.size(); ++k) {
            if (afterPaired[k]) {
                continue;
            }
            if (next < unpairedBefore.size()) {
                afterEntity[k] = "r:" + std::to_string(unpairedBefore[next++]);
            } else {
                afterEntity[k] = "r+" + std::to_string(group.after[k]);
                ++effects.addedRelationships;
            }
        }
        effects.removedRelationships += static_cast<std::int64_t>(unpairedBefore.size() - next);
        for (std::size_t k = 0; k < group.after.size(); ++k) {
            addTriples(afterEntity[k], after.relationships[group.after[k]].properties,
                       triplesAfter);
        }
    }
    effects.addedProperties = countMissingFrom(triplesAfter, triplesBefore);
    effects.removedProperties = countMissingFrom(triplesBefore, triplesAfter);
    return effects;
}

std::optional<SideEffects> parseSideEffectsTable(const DataTable& table, std::string* error) {
    SideEffects effects;
    for (const std::vector<std::string>& row : table) {
        if (row.size() != 2) {
            *error = "a side-effects row needs 2 cells, not " + std::to_string(row.size());
            return std::nullopt;
        }
        const Counter* counter = nullptr;
        for (const Counter& c : kCounters) {
            if (c.key == row[0]) {
                counter = &c;
            }
        }
        std::int64_t count = 0;
        const std::string& text = row[1];
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), count);
        if (counter == nullptr) {
            *error = "unknown side-effects key '" + row[0] + "'";
            return std::nullopt;
        }
        if (ec != std::errc() || end != text.data() + text.size() || count < 0) {
            *error = "bad side-effects count '" + text + "' for " + row[0];
            return std::nullopt;
        }
        effects.*(counter->field) = count;
    }
    return effects;
}

std::string describeSideEffects(const SideEffects& effects) {
    std::string text;
    for (const Counter& c : kCounters) {
        if (effects.*(c.field) != 0) {
            text += (text.empty() ? "" : ", ") + std::string(c.key) + " " +
                    std::to_string(effects.*(c.field));
        }
    }
    return text.empty() ? "none" : text;
}

} // namespace steppe::tck
