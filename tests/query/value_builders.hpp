// Short builders, a strict identity for Value, and an error check, shared by the operator and
// function tests.
#ifndef STEPPE_TESTS_QUERY_VALUE_BUILDERS_HPP_
#define STEPPE_TESTS_QUERY_VALUE_BUILDERS_HPP_

#include <cmath>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <string>
#include <utility>

#include <gtest/gtest.h>

#include "query/ast.hpp"
#include "query/query_error.hpp"
#include "steppe/status.hpp"
#include "steppe/value.hpp"

namespace steppe::testing::values {

using steppe::Value;
using steppe::ValueKind;
using steppe::ValueList;
using steppe::ValueMap;

inline Value n() {
    return Value::null();
}
inline Value b(bool x) {
    return Value::boolean(x);
}
inline Value i(std::int64_t x) {
    return Value::integer(x);
}
inline Value f(double x) {
    return Value::floating(x);
}
inline Value s(std::string x) {
    return Value::string(std::move(x));
}
inline Value list(ValueList items) {
    return Value::list(std::move(items));
}
inline Value map(ValueMap entries) {
    return Value::map(std::move(entries));
}
inline ValueList ints(std::initializer_list<std::int64_t> xs) {
    ValueList out;
    for (std::int64_t x : xs) {
        out.push_back(i(x));
    }
    return out;
}
inline ValueList strings(std::initializer_list<const char*> xs) {
    ValueList out;
    for (const char* x : xs) {
        out.push_back(s(x));
    }
    return out;
}

// Structural identity, stricter than `=`: kinds must match (1 is not 1.0), NaN is identical to
// NaN, and 0.0 is not -0.0.
inline bool identical(const Value& a, const Value& c) {
    if (a.kind() != c.kind()) {
        return false;
    }
    switch (a.kind()) {
    case ValueKind::kNull:
        return true;
    case ValueKind::kBoolean:
        return a.asBoolean() == c.asBoolean();
    case ValueKind::kInteger:
        return a.asInteger() == c.asInteger();
    case ValueKind::kFloat:
        if (std::isnan(a.asFloat()) || std::isnan(c.asFloat())) {
            return std::isnan(a.asFloat()) && std::isnan(c.asFloat());
        }
        return a.asFloat() == c.asFloat() && std::signbit(a.asFloat()) == std::signbit(c.asFloat());
    case ValueKind::kString:
        return a.asString() == c.asString();
    case ValueKind::kList: {
        const ValueList& x = a.asList();
        const ValueList& y = c.asList();
        if (x.size() != y.size()) {
            return false;
        }
        for (std::size_t k = 0; k < x.size(); ++k) {
            if (!identical(x[k], y[k])) {
                return false;
            }
        }
        return true;
    }
    case ValueKind::kMap: {
        const ValueMap& x = a.asMap();
        const ValueMap& y = c.asMap();
        if (x.size() != y.size()) {
            return false;
        }
        for (std::size_t k = 0; k < x.size(); ++k) {
            if (x[k].first != y[k].first || !identical(x[k].second, y[k].second)) {
                return false;
            }
        }
        return true;
    }
    default:
        return steppe::equivalent(a, c);
    }
}

inline std::string show(const Value& v) {
    return v.toCypherLiteral() + " (" + steppe::valueKindName(v.kind()) + ")";
}

// Checks that `body` throws a QueryError with the given code and detail, located at `span`.
inline ::testing::AssertionResult failsAt(const std::function<void()>& body, StatusCode code,
                                          const std::string& detail, query::ast::SourceSpan span) {
    try {
        body();
    } catch (const query::QueryError& error) {
        const Status& status = error.status();
        if (status.code() != code || status.detail() != detail) {
            return ::testing::AssertionFailure()
                   << "threw " << statusCodeName(status.code()) << " '" << status.detail()
                   << "': " << status.message();
        }
        if (status.location().offset != span.offset || status.location().length != span.length) {
            return ::testing::AssertionFailure() << "error not located at the span given";
        }
        if (status.message().empty()) {
            return ::testing::AssertionFailure() << "error without a message";
        }
        return ::testing::AssertionSuccess();
    }
    return ::testing::AssertionFailure() << "did not throw";
}

} // namespace steppe::testing::values

#endif // STEPPE_TESTS_QUERY_VALUE_BUILDERS_HPP_
