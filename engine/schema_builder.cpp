#include "engine/schema_builder.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <utility>

namespace steppe::engine {

namespace {

struct KeyTally {
    std::uint64_t nodes = 0;
    std::uint64_t relationships = 0;
    std::set<std::string> types;
};

void tallyProperties(std::span<const PropertyEntry> props, bool onNode,
                     std::vector<KeyTally>& tally) {
    for (const PropertyEntry& p : props) {
        KeyTally& t = tally[p.key];
        ++(onNode ? t.nodes : t.relationships);
        t.types.insert(valueKindName(p.value.kind()));
    }
}

template <typename T>
void sortByName(std::vector<T>& items) {
    std::sort(items.begin(), items.end(), [](const T& a, const T& b) { return a.name < b.name; });
}

} // namespace

Schema describeSchema(const GraphStore& g) {
    Schema schema;
    schema.nodes = g.nodeCount();
    schema.relationships = g.relCount();
    schema.citations = g.citationCount();

    for (LabelId label = 0; label < g.labelNames().size(); ++label) {
        schema.labels.push_back({g.labelNames().name(label), g.nodesWithLabel(label).size()});
    }
    sortByName(schema.labels);

    std::vector<KeyTally> keys(g.keyNames().size());
    for (NodeIndex n = 0; n < g.nodeCount(); ++n) {
        tallyProperties(g.nodeProperties().of(n), true, keys);
    }

    // (type, from label, to label) -> relationships; an unlabelled end counts as "".
    std::vector<std::map<std::pair<std::string, std::string>, std::uint64_t>> endpoints(
        g.typeNames().size());
    const std::vector<LabelId> unlabelled{kNoId};
    auto labelsOrNone = [&](NodeIndex n) {
        auto labels = g.labels(n);
        return labels.empty() ? std::span<const LabelId>(unlabelled) : labels;
    };
    auto labelName = [&](LabelId l) { return l == kNoId ? std::string() : g.labelNames().name(l); };
    for (RelIndex r = 0; r < g.relCount(); ++r) {
        tallyProperties(g.relProperties().of(r), false, keys);
        for (LabelId from : labelsOrNone(g.relSource(r))) {
            for (LabelId to : labelsOrNone(g.relTarget(r))) {
                ++endpoints[g.relType(r)][{labelName(from), labelName(to)}];
            }
        }
    }
    for (TypeId type = 0; type < g.typeNames().size(); ++type) {
        RelTypeSummary summary{g.typeNames().name(type), g.relCountByType()[type], {}};
        for (const auto& [labels, count] : endpoints[type]) {
            summary.endpoints.push_back({labels.first, labels.second, count});
        }
        schema.relationshipTypes.push_back(std::move(summary));
    }
    sortByName(schema.relationshipTypes);

    for (KeyId key = 0; key < keys.size(); ++key) {
        KeyTally& t = keys[key];
        if (t.nodes == 0 && t.relationships == 0) {
            continue; // a key that was only ever given null is absent everywhere
        }
        schema.propertyKeys.push_back({g.keyNames().name(key), t.nodes, t.relationships,
                                       std::vector<std::string>(t.types.begin(), t.types.end())});
    }
    sortByName(schema.propertyKeys);
    return schema;
}

} // namespace steppe::engine
