#include "engine/import/graphml_keys.hpp"

#include <cstring>

#include "engine/import/typed_text.hpp"
#include "engine/spelling.hpp"

namespace steppe::engine {

namespace {

struct TypeName {
    const char* name;
    KeyType type;
};

constexpr TypeName kTypes[] = {
    {"string", KeyType::kString}, {"boolean", KeyType::kBoolean}, {"int", KeyType::kInteger},
    {"long", KeyType::kInteger},  {"float", KeyType::kFloat},     {"double", KeyType::kFloat},
};

} // namespace

bool parseKeyDomain(const char* value, KeyDomain* domain) {
    if (value == nullptr || std::strcmp(value, "all") == 0) {
        *domain = KeyDomain::kAll;
    } else if (std::strcmp(value, "node") == 0) {
        *domain = KeyDomain::kNode;
    } else if (std::strcmp(value, "edge") == 0) {
        *domain = KeyDomain::kEdge;
    } else if (std::strcmp(value, "graph") == 0 || std::strcmp(value, "graphml") == 0 ||
               std::strcmp(value, "hyperedge") == 0 || std::strcmp(value, "port") == 0 ||
               std::strcmp(value, "endpoint") == 0) {
        *domain = KeyDomain::kIgnored; // nothing in a Steppe graph corresponds
    } else {
        return false;
    }
    return true;
}

bool parseKeyType(const char* value, KeyType* type, std::string* hint) {
    if (value == nullptr) {
        *type = KeyType::kString;
        return true;
    }
    NearestName nearest(value);
    for (const TypeName& t : kTypes) {
        if (std::strcmp(value, t.name) == 0) {
            *type = t.type;
            return true;
        }
        nearest.consider(t.name);
    }
    *hint = nearest.hint();
    return false;
}

std::optional<Value> readKeyValue(KeyType type, std::string_view text, std::string* error) {
    switch (type) {
    case KeyType::kBoolean:
        return parseBoolean(trimmed(text), true, error);
    case KeyType::kInteger:
        return parseInteger(trimmed(text), 64, error);
    case KeyType::kFloat:
        return parseFloat(trimmed(text), error);
    case KeyType::kString:
        break;
    }
    return Value::string(std::string(text));
}

std::string describeKey(const GraphmlKey& key) {
    std::string description = "key " + inQuotes(key.id);
    if (key.name != key.id) {
        description += " (" + inQuotes(key.name) + ")";
    }
    return description;
}

} // namespace steppe::engine
