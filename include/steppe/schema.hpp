// Schema: what a loaded graph contains, summarised for users (`steppe schema`) and tools.
//
// A Schema is a plain snapshot: it does not change when the database does.

#ifndef STEPPE_INCLUDE_SCHEMA_HPP_
#define STEPPE_INCLUDE_SCHEMA_HPP_

#include <cstdint>
#include <string>
#include <vector>

namespace steppe {

struct LabelSummary {
    std::string name;
    std::uint64_t nodes = 0; // nodes carrying this label
};

// One (from-label, to-label) combination of a relationship type. A relationship between
// multi-labelled nodes counts once for every label pair; an unlabelled end is named "".
struct EndpointSummary {
    std::string fromLabel;
    std::string toLabel;
    std::uint64_t relationships = 0;
};

struct RelTypeSummary {
    std::string name;
    std::uint64_t relationships = 0;
    std::vector<EndpointSummary> endpoints; // sorted by fromLabel, then toLabel
};

struct PropertyKeySummary {
    std::string name;
    std::uint64_t nodes = 0;         // nodes that have the key
    std::uint64_t relationships = 0; // relationships that have the key
    // Kinds of the values seen, as openCypher type names ("STRING", "INTEGER", "LIST", ...),
    // sorted.
    std::vector<std::string> valueTypes;
};

struct Schema {
    std::uint64_t nodes = 0;
    std::uint64_t relationships = 0;
    std::uint64_t citations = 0;                   // citations on nodes and relationships together
    std::vector<LabelSummary> labels;              // sorted by name
    std::vector<RelTypeSummary> relationshipTypes; // sorted by name
    std::vector<PropertyKeySummary> propertyKeys;  // sorted by name
};

} // namespace steppe

#endif // STEPPE_INCLUDE_SCHEMA_HPP_
