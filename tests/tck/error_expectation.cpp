#include "tests/tck/error_expectation.hpp"

#include <algorithm>
#include <vector>

namespace steppe::tck {

namespace {

using Codes = std::vector<StatusCode>;

const Codes kCompileTime = {StatusCode::kSyntaxError, StatusCode::kSemanticError};
const Codes kRuntime = {StatusCode::kTypeError, StatusCode::kArgumentError};

bool contains(const Codes& codes, StatusCode code) {
    return std::find(codes.begin(), codes.end(), code) != codes.end();
}

Codes codesOfType(const std::string& type) {
    if (type == "SyntaxError") {
        return kCompileTime;
    }
    if (type == "SemanticError") {
        return {StatusCode::kSemanticError};
    }
    if (type == "TypeError") {
        return {StatusCode::kTypeError};
    }
    if (type == "ArgumentError") {
        return {StatusCode::kArgumentError};
    }
    return {};
}

// std::nullopt for "any time".
std::optional<Codes> codesOfPhase(const std::string& phase) {
    if (phase == "compile time") {
        return kCompileTime;
    }
    if (phase == "runtime") {
        return kRuntime;
    }
    return std::nullopt;
}

} // namespace

std::optional<ExpectedError> parseErrorStep(std::string_view text) {
    // ^an? (.+) should be raised at (.+): (.+)$
    std::string_view rest;
    if (text.starts_with("an ")) {
        rest = text.substr(3);
    } else if (text.starts_with("a ")) {
        rest = text.substr(2);
    } else {
        return std::nullopt;
    }
    constexpr std::string_view kMiddle = " should be raised at ";
    const std::size_t middle = rest.find(kMiddle);
    if (middle == std::string_view::npos || middle == 0) {
        return std::nullopt;
    }
    const std::string_view tail = rest.substr(middle + kMiddle.size());
    const std::size_t colon = tail.rfind(": ");
    if (colon == std::string_view::npos || colon == 0 || colon + 2 >= tail.size()) {
        return std::nullopt;
    }
    return ExpectedError{std::string(rest.substr(0, middle)), std::string(tail.substr(0, colon)),
                         std::string(tail.substr(colon + 2))};
}

ErrorVerdict judgeError(const ExpectedError& expected, const Status& status) {
    ErrorVerdict verdict;
    const Codes typeCodes = codesOfType(expected.type);
    if (typeCodes.empty()) {
        verdict.mismatch = "the runner has no Steppe status code for " + expected.type;
        return verdict;
    }
    if (expected.phase != "compile time" && expected.phase != "runtime" &&
        expected.phase != "any time") {
        verdict.mismatch = "unknown error phase '" + expected.phase + "'";
        return verdict;
    }
    const std::optional<Codes> phaseCodes = codesOfPhase(expected.phase);
    const bool consistent =
        !phaseCodes || std::any_of(typeCodes.begin(), typeCodes.end(),
                                   [&](StatusCode c) { return contains(*phaseCodes, c); });
    // Consistent: the code must carry both the type and the phase. Contradictory (TypeError at
    // compile time, SyntaxError at runtime): no code can carry both, so either one will do.
    verdict.typeMatches =
        contains(typeCodes, status.code()) || (!consistent && contains(*phaseCodes, status.code()));
    const bool phaseMatches = !consistent || !phaseCodes || contains(*phaseCodes, status.code());
    const bool detailMatches = expected.detail == "*" || expected.detail == status.detail();
    if (verdict.typeMatches && phaseMatches && detailMatches) {
        return verdict;
    }
    verdict.mismatch =
        "expected " + describeExpectedError(expected) + ", got " + describeStatus(status);
    return verdict;
}

std::string describeExpectedError(const ExpectedError& expected) {
    return expected.type + " at " + expected.phase + ": " + expected.detail;
}

std::string describeStatus(const Status& status) {
    std::string text = statusCodeName(status.code());
    if (!status.detail().empty()) {
        text += " [" + status.detail() + "]";
    }
    return text + ": " + status.toString();
}

} // namespace steppe::tck
