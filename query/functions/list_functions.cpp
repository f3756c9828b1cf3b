// List functions: size, head, last, tail, range. (reverse is with the string functions.)
#include <cstdint>
#include <string>

#include "query/functions/argument_errors.hpp"
#include "query/functions/function_groups.hpp"
#include "query/functions/utf8.hpp"
#include "query/query_error.hpp"

namespace steppe::query::functions {

namespace {

// size(): code points of a string, items of a list. Not patterns or paths (List6 [5], [6]:
// the binder rejects those before evaluation).
Value size(std::span<const Value> args, ast::SourceSpan span) {
    const Value& v = args[0];
    switch (v.kind()) {
    case ValueKind::kNull:
        return v;
    case ValueKind::kString:
        return Value::integer(static_cast<std::int64_t>(utf8::length(v.asString())));
    case ValueKind::kList:
        return Value::integer(static_cast<std::int64_t>(v.asList().size()));
    default:
        throwBadArgument("size", "a STRING or a LIST", v, span);
    }
}

const ValueList* listArgument(const Value& v, const char* function, ast::SourceSpan span) {
    if (v.isNull()) {
        return nullptr;
    }
    if (v.kind() != ValueKind::kList) {
        throwBadArgument(function, "a LIST", v, span);
    }
    return &v.asList();
}

// head() and last() of an empty list are null.
Value head(std::span<const Value> args, ast::SourceSpan span) {
    const ValueList* list = listArgument(args[0], "head", span);
    return list == nullptr || list->empty() ? Value::null() : list->front();
}

Value last(std::span<const Value> args, ast::SourceSpan span) {
    const ValueList* list = listArgument(args[0], "last", span);
    return list == nullptr || list->empty() ? Value::null() : list->back();
}

// tail() of an empty list is the empty list.
Value tail(std::span<const Value> args, ast::SourceSpan span) {
    const ValueList* list = listArgument(args[0], "tail", span);
    if (list == nullptr) {
        return Value::null();
    }
    return Value::list(list->empty() ? ValueList() : ValueList(list->begin() + 1, list->end()));
}

// range()'s arguments must be integers; the TCK classes a float or any other kind as an
// ArgumentError "InvalidArgumentType" (List11 [5]), unlike the other functions' TypeError.
std::int64_t rangeArgument(const Value& v, const char* what, ast::SourceSpan span) {
    if (v.kind() != ValueKind::kInteger) {
        throwArgumentError(std::string("invalid argument for range(): the ") + what +
                               " must be an INTEGER, got " + describeValue(v),
                           "InvalidArgumentType", span);
    }
    return v.asInteger();
}

// range(start, end [, step]): start, start + step, ... up to and including end when the step
// reaches it; empty when the step points away from end (List11).
Value range(std::span<const Value> args, ast::SourceSpan span) {
    if (anyNull(args)) {
        return Value::null();
    }
    std::int64_t start = rangeArgument(args[0], "start", span);
    std::int64_t end = rangeArgument(args[1], "end", span);
    std::int64_t step = args.size() == 3 ? rangeArgument(args[2], "step", span) : 1;
    if (step == 0) {
        throwBadValue("range(): the step must not be zero", "NumberOutOfRange", span);
    }
    if ((step > 0 && start > end) || (step < 0 && start < end)) {
        return Value::list({});
    }
    // 128-bit arithmetic: end - start and the running item can exceed int64 in between.
    __int128 length = (static_cast<__int128>(end) - start) / step + 1;
    if (length > kMaxRangeLength) {
        throwBadValue("range(): the list would have more than " + std::to_string(kMaxRangeLength) +
                          " items",
                      "NumberOutOfRange", span);
    }
    ValueList items;
    items.reserve(static_cast<std::size_t>(length));
    __int128 item = start;
    for (__int128 i = 0; i < length; ++i, item += step) {
        items.push_back(Value::integer(static_cast<std::int64_t>(item)));
    }
    return Value::list(std::move(items));
}

constexpr ScalarFunction kFunctions[] = {
    {"size", 1, 1, size, true}, {"head", 1, 1, head, true},   {"last", 1, 1, last, true},
    {"tail", 1, 1, tail, true}, {"range", 2, 3, range, true},
};

} // namespace

std::span<const ScalarFunction> listFunctions() {
    return kFunctions;
}

} // namespace steppe::query::functions
