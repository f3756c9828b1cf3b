#include "tests/tck/step_catalog.hpp"

#include <string_view>

#include "tests/tck/error_expectation.hpp"

namespace steppe::tck {

namespace {

enum class Argument { kNone, kDocString, kTable };

struct Phrase {
    std::string_view text;
    StepKind kind;
    Argument argument;
    bool inOrder = false;
    bool ignoreListOrder = false;
};

constexpr Phrase kPhrases[] = {
    {"an empty graph", StepKind::kEmptyGraph, Argument::kNone},
    {"any graph", StepKind::kAnyGraph, Argument::kNone},
    {"having executed:", StepKind::kHavingExecuted, Argument::kDocString},
    {"parameters are:", StepKind::kParameters, Argument::kTable},
    {"executing query:", StepKind::kExecutingQuery, Argument::kDocString},
    {"executing control query:", StepKind::kExecutingControlQuery, Argument::kDocString},
    {"the result should be, in any order:", StepKind::kResult, Argument::kTable, false, false},
    {"the result should be, in order:", StepKind::kResult, Argument::kTable, true, false},
    {"the result should be (ignoring element order for lists):", StepKind::kResult,
     Argument::kTable, false, true},
    {"the result should be, in order (ignoring element order for lists):", StepKind::kResult,
     Argument::kTable, true, true},
    {"the result should be empty", StepKind::kResultEmpty, Argument::kNone},
    {"no side effects", StepKind::kNoSideEffects, Argument::kNone},
    {"the side effects should be:", StepKind::kSideEffects, Argument::kTable},
};

std::string checkArgument(const Step& step, Argument argument) {
    switch (argument) {
    case Argument::kNone:
        return step.docString || step.table ? "the step takes no doc string or table" : "";
    case Argument::kDocString:
        return step.docString ? "" : "the step needs a doc string";
    case Argument::kTable:
        return step.table ? "" : "the step needs a table";
    }
    return {};
}

} // namespace

ClassifiedStep classifyStep(const Step& step) {
    ClassifiedStep c;
    const std::string_view text = step.text;
    for (const Phrase& phrase : kPhrases) {
        if (text == phrase.text) {
            c.kind = phrase.kind;
            c.inOrder = phrase.inOrder;
            c.ignoreListOrder = phrase.ignoreListOrder;
            c.problem = checkArgument(step, phrase.argument);
            return c;
        }
    }
    if (text.starts_with("the ") && text.ends_with(" graph") && text.size() > 10) {
        c.kind = StepKind::kNamedGraph;
        c.graphName = std::string(text.substr(4, text.size() - 10));
        c.problem = checkArgument(step, Argument::kNone);
        return c;
    }
    if (text.starts_with("there exists a procedure ") && text.ends_with(":")) {
        c.kind = StepKind::kProcedure;
        c.problem = checkArgument(step, Argument::kTable);
        return c;
    }
    if (parseErrorStep(text)) {
        c.kind = StepKind::kError;
        c.problem = checkArgument(step, Argument::kNone);
        return c;
    }
    c.problem = "unknown step \"" + step.text + "\"";
    return c;
}

} // namespace steppe::tck
