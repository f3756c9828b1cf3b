// The <key> declarations of a GraphML file: which attribute each key id stands for, for which
// elements, of which type, with which default, and how the text of a <data> element becomes a
// value of that type.
//
// Types are GraphML's: boolean ("true"/"false" in any case, "1"/"0"), int and long (both read
// as 64-bit integers: NetworkX writes every Python int as one of them), float and double (both
// 64-bit), and string (the default). Keys that tools use for drawing (yEd's `yfiles.type`) and
// keys of the graph itself are ignored: Steppe has no place for them. A key with `attr.list`
// (Neo4j's APOC writes one for an array property, and so does `steppe export`) holds lists:
// each value is a JSON array of items of the type attr.list names.
#ifndef STEPPE_ENGINE_IMPORT_GRAPHML_KEYS_HPP_
#define STEPPE_ENGINE_IMPORT_GRAPHML_KEYS_HPP_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/ids.hpp"
#include "steppe/status.hpp"
#include "steppe/value.hpp"

namespace steppe::engine {

enum class KeyDomain : std::uint8_t { kNode, kEdge, kAll, kIgnored };
enum class KeyType : std::uint8_t { kString, kBoolean, kInteger, kFloat };

struct GraphmlKey {
    std::string id;
    std::string name; // attr.name, or the id when there is none
    KeyDomain domain = KeyDomain::kAll;
    KeyType type = KeyType::kString;
    std::optional<KeyType> listType;        // from attr.list: values are lists of this type
    KeyId property = 0;                     // the property key it fills
    std::optional<std::string> defaultText; // from <default>, checked against the type

    bool appliesToNodes() const { return domain == KeyDomain::kNode || domain == KeyDomain::kAll; }
    bool appliesToEdges() const { return domain == KeyDomain::kEdge || domain == KeyDomain::kAll; }
};

// Reads the `for` attribute (absent means "all"). Returns false for a value GraphML does not
// define.
bool parseKeyDomain(const char* value, KeyDomain* domain);

// Reads the `attr.type` attribute (absent means "string"). Returns false, with a did-you-mean
// hint when one is close, for a type GraphML does not define.
bool parseKeyType(const char* value, KeyType* type, std::string* hint);

// The value of a <data> or <default> text for this key. Numbers and booleans may be
// surrounded by white space (XML Schema collapses it); strings are kept exactly.
std::optional<Value> readKeyValue(const GraphmlKey& key, std::string_view text, std::string* error);

// `key "d3" ("age")`, as messages name a key.
std::string describeKey(const GraphmlKey& key);

} // namespace steppe::engine

#endif // STEPPE_ENGINE_IMPORT_GRAPHML_KEYS_HPP_
