// The argument checks shared by the function groups (declared in function_groups.hpp).
#include <algorithm>

#include "query/functions/argument_errors.hpp"
#include "query/functions/function_groups.hpp"

namespace steppe::query::functions {

bool anyNull(std::span<const Value> args) noexcept {
    return std::any_of(args.begin(), args.end(), [](const Value& v) { return v.isNull(); });
}

const std::string& stringArgument(const Value& v, const char* function, ast::SourceSpan span) {
    if (v.kind() != ValueKind::kString) {
        throwBadArgument(function, "a STRING", v, span);
    }
    return v.asString();
}

std::int64_t integerArgument(const Value& v, const char* function, ast::SourceSpan span) {
    if (v.kind() != ValueKind::kInteger) {
        throwBadArgument(function, "an INTEGER", v, span);
    }
    return v.asInteger();
}

double numberArgument(const Value& v, const char* function, ast::SourceSpan span) {
    if (!v.isNumber()) {
        throwBadArgument(function, "an INTEGER or a FLOAT", v, span);
    }
    return v.asNumber();
}

std::int64_t countArgument(const Value& v, const char* function, const char* what,
                           ast::SourceSpan span) {
    std::int64_t count = integerArgument(v, function, span);
    if (count < 0) {
        throwBadValue(std::string(function) + "(): " + what + " must not be negative, got " +
                          std::to_string(count),
                      "NumberOutOfRange", span);
    }
    return count;
}

} // namespace steppe::query::functions
