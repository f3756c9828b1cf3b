#include "engine/import/graphml_keys.hpp"

#include <cstring>

#include <rapidjson/document.h>

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

namespace {

std::optional<Value> readScalar(KeyType type, std::string_view text, std::string* error) {
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

// One item of a JSON array, of the list's type (integers fit a list of floats).
std::optional<Value> readListItem(KeyType type, const rapidjson::Value& item) {
    switch (type) {
    case KeyType::kBoolean:
        return item.IsBool() ? std::optional(Value::boolean(item.GetBool())) : std::nullopt;
    case KeyType::kInteger:
        return item.IsInt64() ? std::optional(Value::integer(item.GetInt64())) : std::nullopt;
    case KeyType::kFloat:
        return item.IsNumber() ? std::optional(Value::floating(item.GetDouble())) : std::nullopt;
    case KeyType::kString:
        break;
    }
    if (!item.IsString()) {
        return std::nullopt;
    }
    return Value::string(std::string(item.GetString(), item.GetStringLength()));
}

// "an integer", as a message names what a list item should be.
const char* itemWords(KeyType type) {
    switch (type) {
    case KeyType::kBoolean:
        return "a boolean";
    case KeyType::kInteger:
        return "an integer";
    case KeyType::kFloat:
        return "a number";
    case KeyType::kString:
        break;
    }
    return "a string";
}

std::optional<Value> readList(KeyType type, std::string_view text, std::string* error) {
    rapidjson::Document json;
    json.Parse(text.data(), text.size());
    const std::string shown = inQuotes(std::string(trimmed(text)));
    if (json.HasParseError() || !json.IsArray()) {
        *error = shown + " is not a JSON array (the key has attr.list)";
        return std::nullopt;
    }
    ValueList items;
    for (const rapidjson::Value& item : json.GetArray()) {
        std::optional<Value> value = readListItem(type, item);
        if (!value) {
            *error =
                shown + ": item " + std::to_string(items.size() + 1) + " is not " + itemWords(type);
            return std::nullopt;
        }
        items.push_back(std::move(*value));
    }
    return Value::list(std::move(items));
}

} // namespace

std::optional<Value> readKeyValue(const GraphmlKey& key, std::string_view text,
                                  std::string* error) {
    return key.listType ? readList(*key.listType, text, error) : readScalar(key.type, text, error);
}

std::string describeKey(const GraphmlKey& key) {
    std::string description = "key " + inQuotes(key.id);
    if (key.name != key.id) {
        description += " (" + inQuotes(key.name) + ")";
    }
    return description;
}

} // namespace steppe::engine
