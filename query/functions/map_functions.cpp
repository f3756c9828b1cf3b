#include "query/functions/map_functions.hpp"

#include "query/functions/argument_errors.hpp"

namespace steppe::query::functions {

Value mapKeys(const Value& map, ast::SourceSpan span) {
    if (map.isNull()) {
        return map;
    }
    if (map.kind() != ValueKind::kMap) {
        throwBadArgument("keys", "a MAP, a NODE or a RELATIONSHIP", map, span);
    }
    ValueList keys;
    keys.reserve(map.asMap().size());
    for (const auto& entry : map.asMap()) {
        keys.push_back(Value::string(entry.first));
    }
    return Value::list(std::move(keys));
}

Value mapProperties(const Value& map, ast::SourceSpan span) {
    if (map.isNull() || map.kind() == ValueKind::kMap) {
        return map;
    }
    throwBadArgument("properties", "a MAP, a NODE or a RELATIONSHIP", map, span);
}

} // namespace steppe::query::functions
