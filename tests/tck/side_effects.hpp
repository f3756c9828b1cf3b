// Side effects of a query, counted the way the TCK counts them: set differences between graph
// snapshots taken before and after the query (README "And the side effects should be").
//
// A snapshot comes from Database::toJson(). Nodes have ids there, relationships do not, so a
// relationship is identified by (from, to, type) plus its position among the relationships
// with the same endpoints and type; see diffSnapshots for how before and after are paired.
#ifndef STEPPE_TESTS_TCK_SIDE_EFFECTS_HPP_
#define STEPPE_TESTS_TCK_SIDE_EFFECTS_HPP_

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tests/tck/feature_model.hpp"

namespace steppe::tck {

// A property as (key, value), the value written as compact JSON so that equal values have equal
// text and the integer 1 differs from the float 1.0.
using PropertyList = std::vector<std::pair<std::string, std::string>>;

struct GraphSnapshot {
    struct Relationship {
        std::string from;
        std::string to;
        std::string type;
        PropertyList properties;
    };

    std::map<std::string, PropertyList> nodes; // by node id
    std::set<std::string> labels;              // distinct label names present on any node
    std::vector<Relationship> relationships;   // in dump order
};

// Reads a graph in the loading format (docs/data-format.md). Returns false and sets *error when
// the text is not such a document.
bool parseGraphSnapshot(std::string_view json, GraphSnapshot* snapshot, std::string* error);

struct SideEffects {
    std::int64_t addedNodes = 0;
    std::int64_t removedNodes = 0;
    std::int64_t addedRelationships = 0;
    std::int64_t removedRelationships = 0;
    std::int64_t addedLabels = 0;
    std::int64_t removedLabels = 0;
    std::int64_t addedProperties = 0;
    std::int64_t removedProperties = 0;

    bool operator==(const SideEffects&) const = default;
};

// Counts what changed from `before` to `after`:
//   nodes by id; labels as the set of label names in use; properties as the set of
//   (entity, key, value) triples.
// Relationships are paired within each (from, to, type) group: first those whose properties are
// identical, then the rest in dump order (their properties changed). Unpaired ones were created
// or deleted. This is exact unless one query both deletes a relationship and changes the
// properties of a parallel one with the same type, which no TCK scenario does.
SideEffects diffSnapshots(const GraphSnapshot& before, const GraphSnapshot& after);

// Reads the 2-column table of a side-effects step, e.g. `| +nodes | 1 |`. Keys not listed are
// zero. Returns std::nullopt and sets *error on an unknown key or a malformed count.
std::optional<SideEffects> parseSideEffectsTable(const DataTable& table, std::string* error);

// E.g. "+nodes 2, +labels 1", or "none".
std::string describeSideEffects(const SideEffects& effects);

} // namespace steppe::tck

#endif // STEPPE_TESTS_TCK_SIDE_EFFECTS_HPP_
