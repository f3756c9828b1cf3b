#include "query/functions/scalar_functions.hpp"

#include <vector>

#include "query/functions/function_groups.hpp"

namespace steppe::query::functions {

namespace {

char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool sameNameIgnoringCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (asciiLower(a[i]) != asciiLower(b[i])) {
            return false;
        }
    }
    return true;
}

const std::vector<ScalarFunction>& registry() {
    static const std::vector<ScalarFunction> all = [] {
        std::vector<ScalarFunction> functions;
        for (auto group :
             {conversionFunctions(), stringFunctions(), listFunctions(), mathFunctions()}) {
            functions.insert(functions.end(), group.begin(), group.end());
        }
        return functions;
    }();
    return all;
}

} // namespace

const ScalarFunction* findScalarFunction(std::string_view name) {
    // A linear scan of some sixty names: this runs once per call site, at bind time.
    for (const ScalarFunction& function : registry()) {
        if (sameNameIgnoringCase(function.name, name)) {
            return &function;
        }
    }
    return nullptr;
}

std::span<const ScalarFunction> scalarFunctions() {
    return registry();
}

} // namespace steppe::query::functions
