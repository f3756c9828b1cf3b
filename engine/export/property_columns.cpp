#include "engine/export/property_columns.hpp"

#include <algorithm>
#include <map>
#include <optional>

namespace steppe::engine {

namespace {

// An empty list fits any list kind, so it is only noted while the other values decide.
struct Scan {
    std::optional<ColumnKind> kind;
    bool emptyList = false;

    ColumnKind result() const {
        if (!kind) {
            return ColumnKind::kStringList; // only empty lists: no item type to go by
        }
        return emptyList && !isListKind(*kind) ? ColumnKind::kMixed : *kind;
    }
};

std::optional<ColumnKind> scalarKind(const Value& v) {
    switch (v.kind()) {
    case ValueKind::kBoolean:
        return ColumnKind::kBoolean;
    case ValueKind::kInteger:
        return ColumnKind::kInteger;
    case ValueKind::kFloat:
        return ColumnKind::kFloat;
    case ValueKind::kString:
        return ColumnKind::kString;
    default:
        return std::nullopt;
    }
}

ColumnKind listOf(ColumnKind item) {
    switch (item) {
    case ColumnKind::kBoolean:
        return ColumnKind::kBooleanList;
    case ColumnKind::kInteger:
        return ColumnKind::kIntegerList;
    case ColumnKind::kFloat:
        return ColumnKind::kFloatList;
    case ColumnKind::kString:
        return ColumnKind::kStringList;
    default:
        return ColumnKind::kMixed;
    }
}

ColumnKind merge(ColumnKind a, ColumnKind b) {
    if (a == b) {
        return a;
    }
    auto either = [&](ColumnKind x, ColumnKind y) {
        return (a == x && b == y) || (a == y && b == x);
    };
    if (either(ColumnKind::kInteger, ColumnKind::kFloat)) {
        return ColumnKind::kFloat;
    }
    if (either(ColumnKind::kIntegerList, ColumnKind::kFloatList)) {
        return ColumnKind::kFloatList;
    }
    return ColumnKind::kMixed;
}

// The kind of one value; nullopt for an empty list, which fits any list kind.
std::optional<ColumnKind> kindOf(const Value& v) {
    if (v.kind() != ValueKind::kList) {
        return scalarKind(v).value_or(ColumnKind::kMixed);
    }
    std::optional<ColumnKind> items;
    for (const Value& item : v.asList()) {
        std::optional<ColumnKind> kind = scalarKind(item);
        if (!kind) {
            return ColumnKind::kMixed;
        }
        items = items ? merge(*items, *kind) : *kind;
    }
    if (!items) {
        return std::nullopt;
    }
    return *items == ColumnKind::kMixed ? ColumnKind::kMixed : listOf(*items);
}

void add(Scan& scan, const Value& v) {
    if (std::optional<ColumnKind> kind = kindOf(v)) {
        scan.kind = scan.kind ? merge(*scan.kind, *kind) : *kind;
    } else {
        scan.emptyList = true;
    }
}

std::vector<PropertyColumn> columns(const ExportSelection& selection, bool nodes) {
    const GraphStore& g = *selection.graph;
    const PropertyTable& table = nodes ? g.nodeProperties() : g.relProperties();
    std::map<KeyId, Scan> scans;
    auto scanEntity = [&](std::uint32_t entity) {
        for (const PropertyEntry& p : table.of(entity)) {
            add(scans[p.key], p.value);
        }
    };
    if (nodes) {
        std::for_each(selection.nodes.begin(), selection.nodes.end(), scanEntity);
    } else {
        std::for_each(selection.rels.begin(), selection.rels.end(), scanEntity);
    }
    std::vector<PropertyColumn> result;
    for (const auto& [key, scan] : scans) {
        result.push_back({key, g.keyNames().name(key), scan.result()});
    }
    std::sort(result.begin(), result.end(),
              [](const PropertyColumn& a, const PropertyColumn& b) { return a.name < b.name; });
    return result;
}

} // namespace

std::vector<PropertyColumn> nodePropertyColumns(const ExportSelection& selection) {
    return columns(selection, true);
}

std::vector<PropertyColumn> relPropertyColumns(const ExportSelection& selection) {
    return columns(selection, false);
}

} // namespace steppe::engine
