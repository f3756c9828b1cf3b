// The columns of a CSV file in the bulk-import format of `neo4j-admin database import` (which
// Amazon Neptune's openCypher loader reads too): what the header line declares, and how a
// field of each column becomes a value.
//
// A header field is `name:type`. System columns: `:ID` (a node's id; `name:ID` also keeps it
// as the string property `name`, except `_id:ID`, the id column `steppe export` writes), `:LABEL`
// (labels joined by ';'), `:START_ID`, `:END_ID`,
// `:TYPE`, and `:IGNORE` (skipped). A relationships file may have an `:ID` column (Neptune
// writes relationship ids); Steppe relationships have no id, so it is skipped. Property types:
// string (the default), int/long/short/byte, float/double, boolean, char, and the temporal
// types, which are kept as their text (the graph format writes dates as ISO-8601 strings);
// `type[]` is a list whose elements are joined by ';'. Type names ignore case; system column
// names do not. ID spaces (`:ID(Person)`) and points are refused with a clear message.
#ifndef STEPPE_ENGINE_IMPORT_NEO4J_CSV_COLUMNS_HPP_
#define STEPPE_ENGINE_IMPORT_NEO4J_CSV_COLUMNS_HPP_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/graph_builder.hpp"
#include "engine/import/csv_reader.hpp"
#include "steppe/status.hpp"

namespace steppe::engine {

enum class CsvFileKind : std::uint8_t { kNodes, kRelationships };

enum class ColumnRole : std::uint8_t {
    kId,       // a node's id (with a name: also a string property)
    kLabels,   // a node's labels
    kStartId,  // a relationship's start node
    kEndId,    // a relationship's end node
    kType,     // a relationship's type
    kIgnored,  // :IGNORE, or a relationship's :ID
    kProperty, // a typed property
};

enum class FieldType : std::uint8_t {
    kString,
    kInteger,
    kFloat,
    kBoolean,
    kCharacter, // a string of exactly one character
};

struct CsvColumn {
    ColumnRole role = ColumnRole::kIgnored;
    std::string header;  // the header field as written, for messages
    std::string name;    // the part before the type: a property's name
    bool hasKey = false; // a property column, or a named :ID column
    KeyId key = 0;       // when hasKey
    FieldType type = FieldType::kString;
    int bits = 64;       // kInteger: 8, 16, 32 or 64
    bool isList = false; // `type[]`
};

// Reads the header record of a file of `kind`, interning property keys in `builder`. Fails at
// the header field at fault, or at the start of the header when a required column is missing.
Status parseNeo4jHeader(const CsvRecord& header, CsvFileKind kind, const CsvReader& reader,
                        GraphBuilder& builder, std::vector<CsvColumn>* columns);

// The value a property field holds, or nullopt for "no such property" (an empty field). On
// bad text returns a failure whose message says what is wrong (the caller adds where).
Status readFieldValue(const CsvColumn& column, const CsvField& field, std::optional<Value>* out);

// The labels of a `:LABEL` field, split at ';' (empty parts are skipped).
std::vector<LabelId> readLabels(const CsvField& field, GraphBuilder& builder);

} // namespace steppe::engine

#endif // STEPPE_ENGINE_IMPORT_NEO4J_CSV_COLUMNS_HPP_
