// The step phrases of the TCK (README "Step phrases"), recognised from a step's text. The keyword
// (Given/When/Then/And) does not matter.
#ifndef STEPPE_TESTS_TCK_STEP_CATALOG_HPP_
#define STEPPE_TESTS_TCK_STEP_CATALOG_HPP_

#include <string>

#include "tests/tck/feature_model.hpp"

namespace steppe::tck {

enum class StepKind {
    kEmptyGraph,            // an empty graph
    kAnyGraph,              // any graph
    kNamedGraph,            // the <name> graph
    kHavingExecuted,        // having executed: + doc string
    kParameters,            // parameters are: + table
    kProcedure,             // there exists a procedure <signature>: + table
    kExecutingQuery,        // executing query: + doc string
    kExecutingControlQuery, // executing control query: + doc string
    kResult,                // the result should be ...: + table (see ResultStep)
    kResultEmpty,           // the result should be empty
    kError,                 // a/an <Type> should be raised at <phase>: <Detail>
    kNoSideEffects,         // no side effects
    kSideEffects,           // the side effects should be: + table
    kUnknown,
};

struct ClassifiedStep {
    StepKind kind = StepKind::kUnknown;
    std::string graphName;        // kNamedGraph
    bool inOrder = false;         // kResult: rows compared as a sequence
    bool ignoreListOrder = false; // kResult: lists compared as multisets
    // "" when the step has the argument its kind needs (doc string or table), else what is
    // missing; kUnknown always has a problem.
    std::string problem;
};

ClassifiedStep classifyStep(const Step& step);

} // namespace steppe::tck

#endif // STEPPE_TESTS_TCK_STEP_CATALOG_HPP_
