// The property keys of the exported nodes (or relationships) and the one type each can be
// declared with in formats that type their columns: GraphML keys and Neo4j CSV headers.
#ifndef STEPPE_ENGINE_EXPORT_PROPERTY_COLUMNS_HPP_
#define STEPPE_ENGINE_EXPORT_PROPERTY_COLUMNS_HPP_

#include <string>
#include <vector>

#include "engine/export/export_selection.hpp"

namespace steppe::engine {

// What all the values of one key have in common. Integers and floats together are kFloat;
// lists are typed by their items (empty lists fit any list type); anything else is kMixed.
enum class ColumnKind {
    kBoolean,
    kInteger,
    kFloat,
    kString,
    kBooleanList,
    kIntegerList,
    kFloatList,
    kStringList,
    kMixed,
};

inline bool isListKind(ColumnKind kind) {
    return kind >= ColumnKind::kBooleanList && kind <= ColumnKind::kStringList;
}

struct PropertyColumn {
    KeyId key;
    std::string name;
    ColumnKind kind;
};

// One column per key that a selected node (or relationship) has, sorted by name.
std::vector<PropertyColumn> nodePropertyColumns(const ExportSelection& selection);
std::vector<PropertyColumn> relPropertyColumns(const ExportSelection& selection);

} // namespace steppe::engine

#endif // STEPPE_ENGINE_EXPORT_PROPERTY_COLUMNS_HPP_
