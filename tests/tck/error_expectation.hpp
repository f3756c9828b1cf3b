// The `a/an <Type> should be raised at <phase>: <Detail>` step, and how an engine Status is
// judged against it.
//
// Steppe has no separate error phase: the StatusCode carries it (kSyntaxError and
// kSemanticError are found before anything runs, kTypeError and kArgumentError while running).
// Types map to codes as SyntaxError -> kSyntaxError or kSemanticError, SemanticError ->
// kSemanticError, TypeError -> kTypeError, ArgumentError -> kArgumentError; the other TCK types
// (EntityNotFound, ProcedureError, ...) have no counterpart and never match.
#ifndef STEPPE_TESTS_TCK_ERROR_EXPECTATION_HPP_
#define STEPPE_TESTS_TCK_ERROR_EXPECTATION_HPP_

#include <optional>
#include <string>
#include <string_view>

#include "steppe/status.hpp"

namespace steppe::tck {

struct ExpectedError {
    std::string type;   // e.g. "SyntaxError"
    std::string phase;  // "compile time", "runtime" or "any time"
    std::string detail; // e.g. "UndefinedVariable", or "*" for any
};

// Parses the step text (after the keyword), e.g.
// "a SyntaxError should be raised at compile time: UndefinedVariable". Returns std::nullopt when
// the text is not an error step.
std::optional<ExpectedError> parseErrorStep(std::string_view text);

struct ErrorVerdict {
    bool typeMatches = false; // the error type alone is right
    std::string mismatch;     // "" when type, phase and detail all match, else what differs
};

// Judges a failed query's status: its code must stand for the expected type and phase, and its
// detail must equal the expected one (unless that is `*`). When type and phase contradict each
// other under the code mapping (TypeError at compile time, SyntaxError or SemanticError at
// runtime) no code stands for both, so a code standing for either one is accepted: for
// "SyntaxError at runtime: NegativeIntegerArgument", kSyntaxError and kArgumentError both do.
ErrorVerdict judgeError(const ExpectedError& expected, const Status& status);

// E.g. "SyntaxError at compile time: UndefinedVariable".
std::string describeExpectedError(const ExpectedError& expected);

// E.g. "semantic error [UndefinedVariable]: 1:8: variable `x` is not defined".
std::string describeStatus(const Status& status);

} // namespace steppe::tck

#endif // STEPPE_TESTS_TCK_ERROR_EXPECTATION_HPP_
